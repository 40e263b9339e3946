/**
 * A hearing's new day said in other words than "reset to" / "continued to" (try-out 11 Q2, p16, R3,
 * R11): "will instead begin at T on <weekday>, D2", "will now commence at T on D2", "shall be held
 * instead on D2", "will take place on D2 at T, not D1", "…, rather than D1", "instead of D1" — the
 * hour before or after the day, a weekday or none, the old setting named in the sentence
 * ("noticed for D1", "set for D1") or only by the day it is "not". Whatever the words, one hearing
 * moved: D2 as a move (or set with D1 struck, which the record reads as the same move), D1 off,
 * never two hearings. Also: the court saying it "will take up" a motion "at a hearing on D" sets
 * that hearing; a hearing named in a condition ("whose bond hearing has not been held within that
 * period shall be released") is neither held nor cancelled. Texts are hand-written in several
 * courts' styles (fictional names; none in the try-out's courts).
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';
import { sentences } from './text.ts';

const analyze = (court: string, dateFiled: string, text: string) =>
  analyzeEntry({ number: '44', dateFiled, text }, { court });

/** [court, the order's words, old day (or null: named by no day), new day, new time] */
const NEW_DAYS: [string, string, string | null, string, string][] = [
  [
    'mad',
    'ELECTRONIC ORDER entered. The motion hearing on the motion for a temporary restraining order (doc. no. 4), noticed for June 8, 2027, at 2:00 p.m., will instead begin at 9:30 a.m. on Wednesday, June 9, 2027, in Courtroom 11. (Quintero-Haas, J.) (lmb)',
    '2027-06-08',
    '2027-06-09',
    '09:30',
  ],
  [
    'ded',
    'ORAL ORDER: The status conference set for June 8, 2027 at 10:00 AM will now commence at 2:00 PM on June 10, 2027. Ordered by Judge Imelda R. Voskuijlen on 6/1/2027. (rjk)',
    '2027-06-08',
    '2027-06-10',
    '14:00',
  ],
  [
    'dcd',
    'MINUTE ORDER: The motion hearing set for June 8, 2027 will now take place on Tuesday, June 15, 2027 at 10:00 AM in Courtroom 22A. Signed by Judge Aurelio P. Mendonca on 6/1/2027. (lcapm)',
    '2027-06-08',
    '2027-06-15',
    '10:00',
  ],
  [
    'flsd',
    'PAPERLESS ORDER. The hearing on the Motion to Dismiss [12] will begin at 1:30 p.m. on Thursday, June 10, 2027, instead of June 9, 2027. Signed by Magistrate Judge Odessa T. Banerji-Holt on 6/1/2027. (ab)',
    '2027-06-09',
    '2027-06-10',
    '13:30',
  ],
  [
    'nmd',
    'ORDER by Magistrate Judge Paloma R. Esquibel: the settlement conference will be held on June 22, 2027 at 9:00 a.m., rather than June 15, 2027, as previously noticed. (jrm)',
    '2027-06-15',
    '2027-06-22',
    '09:00',
  ],
  [
    'cob',
    'MINUTE ORDER: The Court’s Order of June 1, 2027 [31] is AMENDED to reflect that the hearing on Defendants’ motion to dismiss will take place on June 29, 2027 at 1:30 PM, not June 22, 2027. All other provisions of [31] remain unchanged. By Magistrate Judge Tobias R. Lindqvist on 6/2/2027. (trlsec)',
    '2027-06-22',
    '2027-06-29',
    '13:30',
  ],
  [
    'scd',
    'TEXT ORDER: The motions hearing on ECF Nos. 8 and 9 will now be held on July 2, 2027, at 10:00 a.m., not June 28, 2027. IT IS SO ORDERED. Signed by Honorable Delphine K. Achebe-Ross on 6/2/2027. (egra)',
    '2027-06-28',
    '2027-07-02',
    '10:00',
  ],
  [
    'mowd',
    'ORDER: The evidentiary hearing on the motion for preliminary injunction (Doc. 4) shall be held instead on Friday, June 11, 2027, at 9:00 a.m. Signed on 6/2/2027 by District Judge Corwin T. Lasko. (ctl)',
    null,
    '2027-06-11',
    '09:00',
  ],
];

describe('a hearing’s new day, in any of its wordings, is one hearing moved', () => {
  for (const [court, text, from, to, toTime] of NEW_DAYS)
    it(`${court}: ${text.slice(0, 100)}`, () => {
      const a = analyze(court, '2027-06-02', text);
      const onNewDay = a.hearings.filter((h) => h.date === to);
      // The new day and hour, once, as a setting or a move — never a second setting beside the old.
      expect(onNewDay.map((h) => [h.date, h.time])).toEqual([[to, toTime]]);
      expect(['set', 'reset']).toContain(onNewDay[0]!.change);
      if (from) {
        // The old day taken off; its setting never kept.
        expect(a.hearings.map((h) => [h.change, h.date])).toContainEqual(['cancelled', from]);
        expect(a.hearings.filter((h) => h.date === from && h.change !== 'cancelled')).toEqual([]);
      } else expect(onNewDay[0]!.change).toBe('reset');
      expect(a.hearings.filter((h) => h.date !== from && h.date !== to)).toEqual([]);
      // Nothing of it left for a person to read.
      expect(
        (a.needsReview ?? []).filter((r) => r.reason === 'partly_read' || r.reason === 'unread'),
      ).toEqual([]);
    });

  it('"not" before a day that is not the old setting’s moves nothing: "no later than D" is a deadline', () => {
    const a = analyze(
      'ned',
      '2027-06-02',
      'ORDER: A status conference is set for June 21, 2027 at 10:00 a.m. The parties shall file a joint status report not later than June 14, 2027. Ordered by Judge Corwin T. Lasko.',
    );
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['set', '2027-06-21']]);
  });

  it('a setting said for the first time with "will take place" stays a setting, not a move', () => {
    const a = analyze(
      'wawd',
      '2027-06-02',
      'MINUTE ORDER: A telephonic status conference will take place on June 16, 2027 at 9:00 a.m. The Clerk shall circulate dial-in information. (Signed by Judge Ingrid S. Halvorsen-Peake.) (jmh)',
    );
    expect(a.hearings.map((h) => [h.change, h.date, h.time])).toEqual([['set', '2027-06-16', '09:00']]);
  });
});

describe('a docket number written in lower case ends no sentence', () => {
  it.each([
    ['the motion (doc. no. 3), noticed for June 8, 2027, will instead begin on June 9, 2027.', 1],
    ['the objection (dkt. nos. 12, 14) is overruled. The hearing is set for June 9, 2027.', 2],
    ['Plaintiff’s answer was no. The hearing is set for June 9, 2027.', 2],
  ])('%s', (text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });
});

describe('the court saying it will take a motion up at a hearing on a day sets that hearing', () => {
  it.each([
    [
      'casd',
      'ORDER. The Court will consider the motion for class certification at a hearing on Thursday, July 8, 2027, at 2:00 p.m. in Courtroom 4C. Signed by Judge Marisela V. Dunleavy-Obi on 6/2/2027.',
      '2027-07-08',
      '14:00',
    ],
    [
      'wawd',
      'MINUTE ORDER: The Court will take up Plaintiffs’ motion for a preliminary injunction (Dkt. No. 3) at a hearing on July 9, 2027 at 9:00 AM. (Signed by Judge Ingrid S. Halvorsen-Peake.) (jmh)',
      '2027-07-09',
      '09:00',
    ],
    [
      'dcd',
      'MINUTE ORDER: The Court shall address the pending motions, together with any motion to intervene, at the status conference on July 12, 2027, at 11:00 AM. Signed by Judge Aurelio P. Mendonca on 6/2/2027.',
      '2027-07-12',
      '11:00',
    ],
  ])('%s: %s', (court, text, day, time) => {
    const a = analyze(court, '2027-06-02', text);
    expect(a.hearings.map((h) => [h.change, h.date, h.time])).toEqual([['set', day, time]]);
  });

  it('what the court did at a past hearing sets nothing', () => {
    const a = analyze(
      'dcd',
      '2027-06-02',
      'MINUTE ORDER: As the Court stated at the hearing on May 28, 2027, the motion is taken under advisement. Signed by Judge Aurelio P. Mendonca on 6/2/2027.',
    );
    expect(a.hearings.filter((h) => h.change === 'set' || h.change === 'reset')).toEqual([]);
  });
});

describe('a hearing named in a condition is neither held nor cancelled', () => {
  it.each([
    [
      'ded',
      'MEMORANDUM ORDER: (b) Any class member whose bond hearing has not been held within that period shall be released on reasonable conditions. Signed by Judge Imelda R. Voskuijlen on 6/2/2027.',
    ],
    [
      'cob',
      'ORDER: Any detainee whose custody hearing is not held by June 20, 2027 shall be released from custody. By Judge Tobias R. Lindqvist on 6/2/2027.',
    ],
    [
      'mad',
      'ELECTRONIC ORDER: Respondents shall release Petitioner unless a hearing is held within seven days of this Order. (Quintero-Haas, J.)',
    ],
  ])('%s: %s', (court, text) => {
    const a = analyze(court, '2027-06-02', text);
    expect(a.hearings).toEqual([]);
  });

  it('a hearing reported not held in the court’s own words is still taken off', () => {
    const a = analyzeEntry(
      {
        number: null,
        dateFiled: '2027-06-08',
        text: 'Minute Entry for proceedings held before Magistrate Judge Paloma R. Esquibel: The settlement conference set for 6/8/2027 was not held; Plaintiff did not appear. (jrm)',
      },
      { court: 'nmd' },
    );
    expect(a.hearings.map((h) => [h.change, h.date])).toContainEqual(['cancelled', '2027-06-08']);
  });
});
