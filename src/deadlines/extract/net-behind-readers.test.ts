/**
 * Issue #14, nineteenth session: the `needs review` net behind the readers. On courts and words the
 * readers were never written for, a reader misses what a clerk keeps; the net must then flag the
 * entry for it. Each case reads an entry, takes away what a reader found (as if it had missed it) and
 * reviews the rest (`reviewReading`, the review `analyzeEntry` ends with): the flag must name the
 * day, or the words when no day is written. Hand-written texts in several courts' styles (names
 * fictional).
 */
import { describe, expect, it } from 'vitest';
import type { Analysis, AnalyzeInput } from '../types.ts';
import { analyzeEntry, reviewReading } from './index.ts';

type Kind = 'deadlines' | 'hearings' | 'stays';

/** The entry's review flags' words when the readers had missed what `missed` picks of `kind`. */
function triggersWithout(
  dateFiled: string,
  text: string,
  kind: Kind,
  missed: (date: string | null) => boolean,
) {
  const input: AnalyzeInput = { number: '12', dateFiled, text };
  const a = analyzeEntry(input);
  const reading: Analysis = structuredClone(a);
  delete reading.needsReview;
  const dateOf = (f: Analysis[Kind][number]) =>
    'dueDate' in f ? f.dueDate : 'date' in f ? f.date : 'expires' in f ? f.expires : null;
  const kept: Analysis[Kind][number][] = reading[kind].filter((f) => !missed(dateOf(f)));
  // The case must take a finding away: a reader that finds nothing here tests nothing.
  expect(kept.length, `no ${kind} to take away in: ${text}`).toBeLessThan(reading[kind].length);
  Object.assign(reading, { [kind]: kept });
  return reviewReading(input, reading).flatMap((f) => f.triggers);
}

const flagsOf = (dateFiled: string, text: string) =>
  analyzeEntry({ number: '12', dateFiled, text }).needsReview ?? [];

describe('a proceeding the minutes record as held, when the held hearing is not read', () => {
  it.each([
    // S.D. Cal.: "<event> as to <defendant> held on D", beside a setting read
    [
      '2019-07-08',
      'Minute Entry for proceedings held before Judge Ann B. Roe: Status Hearing as to Cy Doe held on 7/8/2019. Defendant not appearing. Further Status Hearing set for 8/5/2019 11:00 AM in Courtroom 13B before Judge Ann B. Roe.',
      /hearing as to cy doe held on 7\/8\/2019/,
    ],
    // N.D.N.Y.: a slash in the event's name and initials in the defendant's
    [
      '2017-11-22',
      'TEXT Minute Entry for Arraignment/Waiver and Plea Hearing as to Bo A. Poe held on 11/22/2017 before U.S. District Judge Mae A. Lee: Plea of guilty entered. Sentencing set for 3/22/2018 at 10:00 AM in Albany.',
      /hearing as to bo a\. poe held on 11\/22\/2017/,
    ],
    // D.N.J.: what the hearing was on, between the event and "held"
    [
      '2018-02-02',
      "Minute Entry for proceedings held before Judge Dee Fox: Hearing on the petitioner's application for a TRO held on 2/2/2018. Ordered application granted. Response due by 2/9/2018.",
      /hearing on the petitioner's application for a tro held on 2\/2\/2018/,
    ],
    // D. Neb.: a trial's proceedings, their day in the minutes' head
    [
      '2016-05-23',
      'TEXT MINUTE ENTRY for bench trial proceedings held before Senior Judge Ray Kopp in Lincoln on 05/23/2016 as to defendant Jo Benn. Evidence by Government. Trial not concluded. Trial continued to 9:00 a.m. on 05/24/2016 in Courtroom 1.',
      /trial proceedings held on 05\/23\/2016/,
    ],
  ])('%s: %s', (dateFiled, text, words) => {
    const held = (d: string | null) => d === dateFiled;
    expect(triggersWithout(dateFiled, text, 'hearings', held).join(' | ')).toMatch(words);
  });

  it('two proceedings held, one read: the other is flagged (S.D. Cal. change of plea and sentence)', () => {
    const text =
      'Minute Entry for proceedings held before Magistrate Judge Lu Park: Change of Plea Hearing as to Al Ruiz held on 2/12/2015. Guilty plea entered. PSR Waived, Sentence Without PSR Hearing held on 2/12/2015.';
    const input: AnalyzeInput = { number: '12', dateFiled: '2015-02-12', text };
    const a = analyzeEntry(input);
    const reading = structuredClone(a);
    delete reading.needsReview;
    reading.hearings = reading.hearings.slice(0, 1);
    const flags = reviewReading(input, reading);
    expect(flags.map((f) => f.reason)).toEqual(['partly_read']);
    expect(flags[0]!.triggers.join(' | ')).toMatch(/held on 2\/12\/2015/);
  });

  it("a court of appeals' 'CASE argued' with nothing read is flagged (1st Cir.)", () => {
    const text =
      'CASE argued. Panel: Ann Lee, Appellate Judge; Bo Kim, Appellate Judge. Arguing attorneys: Cy Doe for Dee Fox.';
    const input: AnalyzeInput = { number: null, dateFiled: '2016-09-13', text };
    const a = analyzeEntry(input);
    const reading: Analysis = { ...structuredClone(a), hearings: [], deadlines: [], stays: [] };
    delete reading.needsReview;
    expect(reviewReading(input, reading).flatMap((f) => f.triggers)).toContain('case argued');
  });
});

describe('a day to come in words that sound past', () => {
  it.each([
    // a bankruptcy notice: "to be held on D" is a meeting and a hearing to come (N.D. Ala. style)
    [
      '2016-12-20',
      'Meeting of Creditors with 341(a) meeting to be held on 01/31/2017 at 09:00 AM at 3rd Floor Courtroom. Confirmation hearing to be held on 03/08/2017 at 10:00 AM at 2nd Floor Courtroom.',
      'hearings' as const,
      '2017-03-08',
      '03/08/2017',
    ],
    // a court of appeals' clerk: papers that "must be submitted … on or before D" (1st Cir.)
    [
      '2016-05-03',
      "PETITIONER'S BRIEF filed by Petitioner Ana Roe. Certificate of service dated 05/02/2016. Nine paper copies identical to that of the electronically filed brief must be submitted so that they are received by the court on or before 05/10/2016. Brief due 06/06/2016 for RESPONDENT.",
      'deadlines' as const,
      '2016-05-10',
      '05/10/2016',
    ],
  ])('%s: %s', (dateFiled, text, kind, missed, day) => {
    const triggers = triggersWithout(dateFiled, text, kind, (d) => d === missed);
    expect(triggers.some((t) => t.startsWith(day))).toBe(true);
  });

  it('a past event stays past: "has been filed on D", "hearing held on D" read', () => {
    expect(flagsOf('2020-03-02', 'NOTICE by Ann Roe that the answer has been filed on 02/28/2020.')).toEqual(
      [],
    );
  });
});

describe('one day due or set for several things', () => {
  it.each([
    // a court of appeals' briefing notice: the brief's own words are not a summary of it (1st Cir.)
    [
      '2016-01-25',
      'BRIEFING schedule set. Brief due 03/02/2016 for petitioner Ana Roe. Appendix due 03/02/2016 for petitioner Ana Roe.',
      '03/02/2016',
    ],
    // a sentencing order's memoranda, "Deadline D" after each (N.D.N.Y. guideline order)
    [
      '2017-10-02',
      'GUIDELINE ORDER as to Bo Poe: Sentencing set for 1/4/2018 at 11:30 AM in Albany. Government Sentencing Memo Deadline 12/14/2017, Defendant Sentencing Memo Deadline 12/14/2017.',
      '12/14/2017',
    ],
    // a court of appeals' scheduling letter: two papers "set for" one day, no court event named (8th Cir.)
    [
      '2016-11-09',
      'SCHEDULING LETTER from USCA - 8th Circuit as to Notice of Appeal as to defendant Jo Benn. Transcript Designation set for 11/28/2016. Clerks Record of Designation set for 11/28/2016.',
      '11/28/2016',
    ],
  ])('%s: %s', (dateFiled, text, day) => {
    let once = false;
    const firstOnly = () => {
      if (once) return false;
      once = true;
      return true;
    };
    const triggers = triggersWithout(dateFiled, text, 'deadlines', firstOnly);
    expect(triggers.some((t) => t.startsWith(day))).toBe(true);
  });
});

describe('a change in the court words with nothing of its kind read', () => {
  it('"All future hearings and deadlines are stricken" (N.D. Ill. minute order)', () => {
    const text =
      'MINUTE entry before the Honorable Jo T. Park: Upon receipt of the notice of voluntary dismissal [28] this case is dismissed. All future hearings and deadlines are stricken. Mailed notice.';
    const triggers = triggersWithout('2017-02-01', text, 'hearings', () => true).join(' | ');
    expect(triggers).toMatch(/hearings and deadlines are stricken/);
  });

  it('"The Order to Show Cause is continued generally" beside a duty read (W.D. Pa. bankruptcy order)', () => {
    const text =
      'Order Regarding Order to Show Cause. The Order to Show Cause is continued generally. The Debtor shall file an amended schedule by 2/28/2023.';
    expect(triggersWithout('2023-01-30', text, 'hearings', () => true).join(' | ')).toMatch(
      /order to show cause is continued/,
    );
  });
});

describe('a paper that notices a day before a judge', () => {
  it.each([
    // N.D. Ill.: presentment, the judge's name with initials and "Jr."
    [
      '2020-08-10',
      'NOTICE of Motion by Jim Moe for presentment of motion for preliminary injunction 5 before Honorable Robert M. Dow Jr. on 8/28/2020 at 09:15 AM.',
      '8/28/2020',
    ],
  ])('%s: %s', (dateFiled, text, day) => {
    const triggers = triggersWithout(dateFiled, text, 'hearings', () => true);
    expect(triggers.some((t) => t.startsWith(day))).toBe(true);
  });

  it('another wording no reader reads is flagged by itself; a past day before a judge is not', () => {
    const flagged = flagsOf(
      '2021-04-01',
      'NOTICE OF MOTION by Ann Lee: the motion will be presented before Judge Bo Kim on 4/15/2021 at 10:00 a.m.',
    ).flatMap((f) => f.triggers);
    expect(flagged.some((t) => t.startsWith('4/15/2021'))).toBe(true);
    // a motion telling of a hearing already held before a judge: its day is past
    expect(
      flagsOf('2021-04-01', 'MOTION to Reconsider by Ann Lee, argued before Judge Bo Kim on 3/15/2021.'),
    ).toEqual([]);
  });

  it('a notice that motions "will not be heard on (D)" (E.D. Va. correction)', () => {
    const text =
      'Notice of Correction re 25 Notice of Hearing Date. The filing user has been notified that motions will not be heard on (8/30/2019) and has been instructed to re-notice the motion.';
    const input: AnalyzeInput = { number: null, dateFiled: '2019-08-09', text };
    const reading: Analysis = { ...structuredClone(analyzeEntry(input)), hearings: [] };
    delete reading.needsReview;
    expect(reviewReading(input, reading).flatMap((f) => f.triggers)).toContain('8/30/2019');
  });
});

describe('a date the grammar cannot read', () => {
  it('a mistyped year ("5/22/20107") beside a day read is flagged, never guessed (D. Ariz. style)', () => {
    const text =
      'ORDER as to Ann Roe: Sentencing set for 5/22/20107 is vacated and reset to 6/26/2017 at 9:00 AM before Judge Bo Kim.';
    expect(flagsOf('2017-05-15', text).flatMap((f) => f.triggers)).toContain('5/22/20107');
  });
});

describe('why a reading was held back is said where a person reads it', () => {
  it('an uncertain reading names its rule, confidence and doubts', () => {
    const flags = flagsOf('2022-09-01', 'ORDER: Defendant shall answer by 10/3/2031.');
    const uncertain = flags.find((f) => f.reason === 'uncertain')!;
    expect(uncertain.triggers[0]).toMatch(
      /^ORDER: Defendant shall answer by 10\/3\/2031 \(read by [\w-]+, confidence 0\.\d+: 2031-10-03 is more than/,
    );
  });
});
