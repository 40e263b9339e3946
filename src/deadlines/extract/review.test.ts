/**
 * No silent misses (issue #14): the `needs review` net as a rule of legal language, and the kinds
 * of CM/ECF events it depends on. Hand-written texts in several courts' styles (names fictional).
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';
import { REVIEW_THRESHOLD } from './review.ts';

const at = (dateFiled: string, text: string, court?: string) =>
  analyzeEntry({ number: '12', dateFiled, text }, court ? { court } : {});
const triggers = (dateFiled: string, text: string) =>
  (at(dateFiled, text).needsReview ?? []).flatMap((f) => f.triggers);

describe('the needs-review net', () => {
  it.each([
    // the court: a date or a period it names and the reader cannot place
    // ("shall appear for a settlement colloquy on D" is read now, a setting: the form left is one
    // with no event named)
    [
      'ORDER: The parties shall present themselves in chambers on 9/23/2022 before the undersigned.',
      '9/23/2022',
    ],
    ['ORDER: Counsel shall confer and the undersigned will revisit the matter in 45 days.', '45 days'],
    ['MINUTE ORDER: The Court will reconvene with the parties on March 3, 2023.', 'March 3, 2023'],
    // the court: words of a change to a hearing, a stay or an injunction, with no date
    ['ORDER: The matter is taken under advisement.', 'under advisement'],
    // an entry whose event name the reader does not know may be the court's
    ['PROBATION FORM 12 PROCEEDINGS: appearance required on 4/12/2023 at 10:00 AM.', '4/12/2023'],
    // a party's filing: only the court's or CM/ECF's words of a setting bind, and they are flagged
    ['MOTION to Compel by Acme Corp. Return Date set for 12/1/2003.', '12/1/2003'],
    ['NOTICE of Suggestion of Bankruptcy: this action is automatically stayed.', 'automatically stayed'],
  ])('flags what it cannot read: %s', (text, word) => {
    const a = at('2022-09-01', text);
    expect(a.deadlines.length + a.hearings.length + a.stays.length + a.injunctions.length).toBe(0);
    expect(triggers('2022-09-01', text).join(' | ').toLowerCase()).toContain(word.toLowerCase());
  });

  it.each([
    'MOTION for Extension of Time to File Answer until 10/1/2022 by Acme Corp.',
    'EXHIBIT LIST from hearing held on 5/23/2016 regarding the Frye Hearing.',
    'AUDIO FILE. Court Date & Time [ 05/23/2016 9:28:20 AM ]. (Non-Jury Trial Morning Session).',
    'NOTICE of Appearance by Jane Roe on behalf of Acme Corp. Date of service: 09/01/2022.',
    'ORDER ACCEPTING TRUSTEE’S REPORT. No objections to the report have been filed within 30 days thereafter.',
    'STIPULATION and ORDER as to Ray Dunn. Time excluded from 7/10/2022 until 8/9/2022.',
    'FINAL SCHEDULING ORDER. Jury Trial set for 6/20/2023 09:00 AM. Signed by Jane Roe, Courtroom Deputy for Honorable P. K. Holmes III on August 8, 2022.',
    'ORDER granting [12] Motion. Motion Hearing set for 10/8/2022 11:00 AM. Signed by Judge Dana M. Sabraw on 9/1/22.(rlu)(mam).',
    'Supreme Court Case Info Case number: 16-1540 Filed on: 08/26/2022 Cert Petition Action 1: Pending',
    'Amended Chapter 11 Monthly Operating Report for the Month Ending: 10/31/2022 Filed by Jane Roe on behalf of Acme LLC.',
  ])('does not flag past events, requests or the record of a proceeding: %s', (text) => {
    expect(triggers('2022-09-01', text)).toEqual([]);
  });

  it.each([
    'ORDER Extending Stay of Removal. The stay of removal previously set to expire on September 10, 2022 is extended through and including September 24, 2022.',
    'ORDER: The stay of proceedings, currently scheduled to end on 9/30/2022, is extended to 10/31/2022.',
  ])('the last day an extension replaces is read with it, not left for review: %s', (text) => {
    const a = at('2022-09-01', text);
    expect(a.stays.map((x) => x.action)).toEqual(['extended']);
    expect(a.needsReview ?? []).toEqual([]);
  });

  it('an entry read in full is not flagged; one read in part says what is left', () => {
    expect(at('2022-09-01', 'ORDER: Defendant shall answer by 10/3/2022.').needsReview ?? []).toEqual([]);
    const part = at(
      '2022-09-01',
      'ORDER: Defendant shall answer by 10/3/2022. The undersigned will revisit the matter with the parties on 11/7/2022.',
    );
    expect(part.deadlines.map((d) => d.dueDate)).toEqual(['2022-10-03']);
    expect(part.needsReview?.[0]?.reason).toBe('partly_read');
    expect(part.needsReview?.[0]?.triggers).toContain('11/7/2022');
  });

  it('a reading below the threshold is held back as uncertain, with why', () => {
    const a = at('2022-09-01', 'ORDER: Defendant shall answer by 10/3/2031.');
    expect(a.deadlines).toEqual([]);
    const flag = a.needsReview?.find((f) => f.reason === 'uncertain');
    expect(flag?.withheld?.[0]?.why.confidence).toBeLessThan(REVIEW_THRESHOLD);
    expect(flag?.withheld?.[0]?.why.doubts?.join(' ')).toMatch(/more than 5 years/);
  });

  it('every asserted finding says why: the rule, the words, a confidence at or above the threshold', () => {
    const a = at(
      '2022-09-01',
      'ORDER: Status Conference set for 10/4/2022 at 10:00 AM. Joint status report due by 9/30/2022. This case is now stayed pending further order.',
    );
    for (const f of [...a.deadlines, ...a.hearings, ...a.stays])
      expect(f.why).toEqual(
        expect.objectContaining({
          rule: expect.any(String),
          words: expect.stringMatching(/\S/),
          confidence: expect.any(Number),
        }),
      );
    for (const f of [...a.deadlines, ...a.hearings, ...a.stays])
      expect(f.why!.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });
});

describe('CM/ECF event names (who speaks decides what binds)', () => {
  it.each([
    ['So-Ordered Scheduling Notification FILED', 'order'],
    ['Certified Copy of Order', 'order'],
    ['CJA 20 Appointment of Attorney Ann Lowe for Ray Dunn.', 'order'],
    [
      'Determination of Adjournment Request Granted. Hearing will be adjourned to March 2, 2023 at 10:00 am.',
      'order',
    ],
    ['Memo-Endorsement on letter addressed to Judge Roe: granting the request for an extension.', 'order'],
    [
      'PROBATION JURISDICTION TRANSFERRED to the Northern District as to Ray Dunn. Signed by Judge Ann Lowe on 7/11/05.',
      'order',
    ],
    ['Unpublished per curiam opinion filed', 'opinion'],
    ['MISCELLANEOUS CASE DOCKETED. Petition for permission to appeal filed by Acme.', 'notice'],
    ['ATTORNEY DISCIPLINE CASE docketed. [22-8513]', 'notice'],
    ['JUDGMENT RETURNED executed as to Ray Dunn on 4/28/09.', 'notice'],
    ['PS executed on 6/21/04 as to Ray Dunn', 'notice'],
    ["Clerk's correspondence requesting Stipulation from attorney for plaintiff.", 'notice'],
    ['~Util - Set Motion and R&R Deadlines/Hearings', 'notice'],
    ['Update Other Deadlines (Bk)', 'notice'],
    ['Initial Appearance', 'minute_entry'],
    ['Voir Dire', 'minute_entry'],
    ['Bench Trial - Begun', 'minute_entry'],
    ['Order Scheduling Sentencing', 'order'],
    ['Notice of Motion to Vacate 2255', 'motion'],
    ['Letter Request filed by Jane Roe, Esq. requesting to withdraw as counsel for Defendant.', 'motion'],
    ['Superseding Indictment (Sealed)', 'pleading'],
    ['**SEALED DOCUMENT**Sealed Document-Response to the Defense’s Motion to Preclude', 'response'],
    ['BRIEF IN SUPPORT re [32] Order, Requesting that the Counterclaims Remain Consolidated', 'response'],
    ['Stipulation and Order', 'stipulation'],
    ['Proposed Pretrial Order', 'other'],
    ['Transcript Order', 'other'],
    [
      'MOTION(S) REFERRED: 38 MOTION to Substitute Document. This motion is now pending before the USMJ.',
      'other',
    ],
    ['Attorney Appearance - Entry of Appearance', 'notice'],
    ['RULE 7.1 CORPORATE DISCLOSURE STATEMENT. Identifying Corporate Parent Acme Group, Inc.', 'notice'],
    ['Certification of Interested Parties filed by Plaintiff Acme Corp.', 'notice'],
    ['CONSENT TO PROCEED BEFORE US MAGISTRATE JUDGE by Ray Dunn.', 'notice'],
    ['CONSENT MOTION to Extend Time by Acme Corp.', 'motion'],
    ['USCA Case Number 18-31050 for 9 Notice of Appeal filed by Ray Dunn.', 'notice'],
    [
      'Initial Case Management Scheduling Order with ADR Deadlines: Case Management Statement due by 12/1/2023.',
      'order',
    ],
    ['order on motion to appear pro hac vice', 'order'],
  ])('%s → %s', (text, kind) => {
    expect(at('2022-09-01', text).kind).toBe(kind);
  });
});

describe('injunctions in minutes', () => {
  it.each([
    [
      'njd',
      "Minute Entry: Hearing on the petitioner's application for a TRO held on 2/2/2018. Ordered application granted.",
      'granted',
    ],
    [
      'txsd',
      'Minute Entry: Hearing on Plaintiff’s Motion for Preliminary Injunction held. The motion is DENIED.',
      'denied',
    ],
  ])('%s: the ruling names the application the sentence before named', (court, text, action) => {
    const a = at('2018-02-02', text, court);
    expect(a.injunctions.map((j) => j.action)).toEqual([action]);
  });
});

describe('every operative day is accounted for, also beside other findings', () => {
  const found = (a: ReturnType<typeof at>) =>
    a.deadlines.length + a.hearings.length + a.stays.length + a.injunctions.length;

  it.each([
    // a deadline in words no reader foresaw, beside a hearing read
    [
      // ("Deadline to Object … is D" is read now, a labeled deadline)
      'Notice of Meeting of Creditors. Meeting of Creditors scheduled for 10/12/2022 at 09:00 AM at Room 4, Fargo. Complaints objecting to the discharge of certain debts will be barred after 12/12/2022. Proofs of Claim due by 1/9/2023.',
      '12/12/2022',
    ],
    // a corrected date the clerk wrote into a party's notice, beside the hearing first noticed
    [
      'Motion for Relief from Stay re: 12 Elm Street. Filed by Jane Roe on behalf of Acme Bank. Hearing scheduled for 10/20/2022 at 10:00 AM. Modified on 9/2/2022 TO REFLECT CORRECT RETURN DATE OF 10/13/2022 @ 10:00 AM (jd).',
      '10/13/2022',
    ],
    // a corrected conditional hearing day ("if an objection is filed: D" is no past filing): the
    // corrected day is read (the hearing is on it), the mistaken day printed first is left, flagged
    [
      'Notice of Abandonment re: 12 Elm Road filed by Barry Frost. Hearing date if Objection filed: 09/22/2022 at 11:00 a.m.. Objections due by 9/16/2022. (Frost, Barry) CORRECT HEARING DATE IF AN OBJECTION IS FILED: 10/3/2022 AT 11 AM',
      '09/22/2022',
    ],
    // the minutes of a proceeding held, beside a deadline read: the hearing is read held that day now
    // (the day after the ";" is not the sitting's), and what the grant runs "to" is left for a person
    ['Hearing Held; Granted (to 11/2/22). (related document(s) 47). Order due by 10/1/2022. (jd)', '11/2/22'],
    // minutes whose event name the clerk cut short ("Hearing He;"), beside a deadline read
    ['Hearing He; Granted. (related document(s), 30 ). Order due by 10/6/2022. (jd)', 'hearing he'],
    // an allowance counted in days, beside the meeting read
    [
      'Meeting of Creditors Held. Meeting of creditors concluded, 10 days for proof of income or motion to dismiss.',
      '10 days',
    ],
    // a stay granted on a motion that asked for it, beside the hearing read
    [
      'ORDER Re: 13 Motion filed by Plaintiff Ann Lee for Stay of Collection Actions. HEARING HELD. MOTION IS GRANTED. SEE SEPARATE ORDER.',
      'for stay of collection',
    ],
    // a duty with a time and no date, beside the hearing read
    [
      'Minute Entry for proceedings held before Magistrate Judge Ann Lee: Detention Hearing not held on 9/1/2022. Deft waives detention hearing. Gvt to prepare order by close of business.',
      'to prepare order by close of business',
    ],
  ])('flags what is left of an entry read in part: %s', (text, word) => {
    const a = at('2022-09-01', text);
    expect(found(a)).toBeGreaterThan(0);
    const flag = (a.needsReview ?? []).find((f) => f.reason === 'partly_read');
    expect(flag?.triggers.join(' | ').toLowerCase()).toContain(word.toLowerCase());
  });

  it.each([
    // a stamp, a paper named by its day, a party's request, Speedy Trial excluded time
    'ORDER granting 20 Motion to Continue. Status Conference set for 10/20/2022 at 10:00 AM. Modified on 9/6/2022 (jd).',
    'ORDER: Response to the Motion dated 9/10/2022 due by 10/3/2022.',
    "Trustee's Motion to Extend Objection to Discharge Date to November 28, 2022, 60 additional days. Response due by 09/22/2022.",
    'ORDER as to Ray Dunn: Jury Trial set for 11/7/2022. Time excluded from 9/1/2022 until 11/7/2022 and through 11/9/2022 under the Speedy Trial Act.',
  ])('does not flag a day shown not to be operative: %s', (text) => {
    expect(triggers('2022-09-01', text)).toEqual([]);
  });
});
