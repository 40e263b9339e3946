/**
 * Interim orders and TROs: what they bar, for whom, and until when, as orders in several courts write
 * them (hand-written entries; names fictional):
 * - an interim order behind CM/ECF's "(TEXT ONLY ENTRY)" mark, "Pending the Court's ruling on [3]";
 * - the persons it protects named with the role in lower case ("respondents shall not remove
 *   petitioners A, B, or C"), or as "any Petitioner" (the named parties, never the class);
 * - its end by a later order that vacates it by its number, its day, or in a numbered paragraph
 *   ("The endorsed order of D (doc. no. 4) is vacated as moot"), never by one that vacates a
 *   hearing it set;
 * - a TRO's end in a sentence of its own: "The restraint in paragraph 2 lapses at 5:00 p.m. Central
 *   Time on D", "shall dissolve of its own force at the close of business on D" (an hour written in
 *   another zone read on the court's clock), and an extension "by fourteen days, to and including D,
 *   at 5:00 p.m.".
 */
import { describe, expect, it } from 'vitest';
import { trackedUpTo } from '../../tests/support/tracked.ts';
import { analyzeEntry } from './extract/index.ts';
import { termWords } from './tracker/words.ts';

type Entry = { number: string; dateFiled: string; text: string; documentText?: string };

const read = (court: string, dateFiled: string, text: string, documentText?: string) =>
  analyzeEntry({ number: '8', dateFiled, text, ...(documentText ? { documentText } : {}) }, { court });
const tros = (a: ReturnType<typeof read>) => a.injunctions.filter((f) => f.type === 'TRO');

/** The entries filed by `day` applied in order: the stays in force on `day`, and every event told. */
function replay(entries: Entry[], court: string) {
  const upTo = trackedUpTo(court, entries);
  return {
    events: upTo('2099-12-31').events,
    stays: (day: string) =>
      upTo(day)
        .tracker.posture(day)
        .inForce.filter((f) => f.kind === 'stay'),
  };
}

describe('an interim order: what it bars, for whom, until when', () => {
  it.each([
    [
      'nmd',
      "(TEXT ONLY ENTRY) ORDER: Pending the Court's ruling on [3], Respondents shall not transfer Petitioners Okafor-Lind, Tzul Cac, or Brandvold out of the District of New Mexico, and shall not remove any of them from the United States. Respondents shall file a response to [3] within three days. Ordered by Judge Leonora B. Castellano-Reyes on 4/6/2027. (lbc)",
      'removal and transfer out of the district',
      /ruling on \[3\]/,
      ['Okafor-Lind', 'Tzul Cac', 'Brandvold'],
    ],
    [
      'mad',
      '(Text Only Entry) ORDER: Until the Court rules on [2], Respondents shall not remove Petitioner Ama Boateng-Fritz from the United States. (jlr)',
      'removal',
      /rules on \[2\]/,
      ['Ama Boateng-Fritz'],
    ],
    [
      'flsd',
      "ENDORSED ORDER re: [3] Emergency MOTION for Temporary Restraining Order. Text of Order: To preserve the court's jurisdiction, respondents shall not remove petitioners Ferreira Lobo, Nwachukwu, or Sandoval Ixcoy from the United States pending further order of the court. So Ordered by Judge Marisa T. Okonedo. (mto)",
      'removal',
      /further_order/,
      ['Ferreira Lobo', 'Nwachukwu', 'Sandoval Ixcoy'],
    ],
    [
      'dcd',
      'COURTROOM MINUTES for Motion Hearing held before Judge Renata Villalobos-Grant on 6/2/2027. Argument heard on [3] Motion for Temporary Restraining Order. ORDERED: [3] is TAKEN UNDER ADVISEMENT. Respondents shall not remove any Petitioner from the United States until the Court rules on [3]. (rvg)',
      'removal',
      /rules on \[3\]/,
      ['the named petitioners'],
    ],
    [
      'scd',
      'TEXT ORDER: Until further order of the Court, defendants shall not transfer either of the Plaintiffs outside the District of South Carolina. (cra1)',
      'transfer out of the district',
      /further_order/,
      ['the named plaintiffs'],
    ],
  ])('%s: a stay of what it bars, for the named parties only', (court, text, what, until, parties) => {
    const a = read(court, '2027-04-06', text);
    expect(a.injunctions).toEqual([]);
    expect(a.stays.map((s) => [s.action, s.what])).toEqual([['granted', what]]);
    expect(a.stays[0]!.until).toMatch(until);
    expect(a.stays[0]!.covers).toEqual({ who: 'named', parties });
  });

  it.each([
    [
      'mad',
      'ORDER: Pending further order of the Court, Respondents shall not remove any member of the proposed class from the United States. (jlr)',
      { who: 'class', proposed: true },
    ],
    [
      'dcd',
      'MINUTE ORDER: Respondents shall not remove Petitioner from the United States pending further order of the Court. (rvg)',
      undefined,
    ],
  ])('%s: the class, or everyone an individual case is about, is not narrowed', (court, text, covers) => {
    const [stay] = read(court, '2027-04-06', text).stays;
    expect(stay?.action).toBe('granted');
    expect(stay?.covers).toEqual(covers);
  });
});

describe('an interim order ended by a later order that vacates it by name', () => {
  const interim = (court: string): Entry[] => [
    {
      number: '3',
      dateFiled: '2027-05-03',
      text: 'Emergency MOTION to Stay Removal filed by Ama Boateng-Fritz, Lorcan Ibe-Marsh.',
    },
    {
      number: '5',
      dateFiled: '2027-05-03',
      text: `ENDORSED ORDER re: [3]. Text of Order: Respondents shall not remove petitioners Boateng-Fritz or Ibe-Marsh from the United States pending further order of the court. (${court})`,
    },
  ];

  it.each([
    ['mad', 'ORDER: The endorsed order of May 3, 2027 (doc. no. 5) is vacated.'],
    [
      'flsd',
      "ORDER: In light of Respondents' representation that no petitioner is scheduled for removal, the Court's Endorsed Order [5] is hereby VACATED.",
    ],
    [
      'dcd',
      'MINUTE ORDER: For the reasons stated on the record, the Court VACATES its Order of May 3, 2027.',
    ],
    ['nmd', 'ORDER VACATING [5] ENDORSED ORDER. Signed by Judge Leonora B. Castellano-Reyes on 5/20/2027.'],
  ])('%s: it ends that day (%s)', (court, vacatur) => {
    const { stays, events } = replay(
      [...interim(court), { number: '9', dateFiled: '2027-05-20', text: vacatur }],
      court,
    );
    expect(stays('2027-05-19')).toHaveLength(1);
    expect(stays('2027-05-20')).toEqual([]);
    expect(events.filter((e) => e.type === 'stay.lifted')).toHaveLength(1);
  });

  it('a numbered paragraph of the TRO that vacates it "as moot in light of paragraph 1": the TRO takes its place', () => {
    const { stays, events } = replay(
      [
        ...interim('mad'),
        {
          number: '9',
          dateFiled: '2027-05-20',
          text: 'ORDER granting in part [3] Emergency Motion for Temporary Restraining Order. So Ordered.',
          documentText:
            '1. Respondents are TEMPORARILY RESTRAINED from removing petitioners Boateng-Fritz and Ibe-Marsh from the United States.\n2. The request for classwide temporary relief is denied without prejudice.\n3. This temporary restraining order shall dissolve of its own force at the close of business on June 3, 2027, unless the court extends it.\n4. The endorsed order of May 3, 2027 (doc. no. 5) is vacated as moot in light of paragraph 1.',
        },
      ],
      'mad',
    );
    expect(stays('2027-05-21')).toEqual([]);
    expect(events.map((e) => e.type)).toContain('stay.superseded');
  });

  it.each([
    ['ned', 'ORDER: The motion hearing set by the Order of May 3, 2027 (ECF No. 5) is VACATED.'],
    ['mad', 'ORDER granting [7] Motion for Leave to File Excess Pages.'],
  ])('%s: an order that vacates something else, or names it only, leaves it in force', (court, text) => {
    const { stays } = replay([...interim(court), { number: '9', dateFiled: '2027-05-20', text }], court);
    expect(stays('2027-05-25')).toHaveLength(1);
  });
});

describe('a TRO’s end in a sentence of its own', () => {
  it.each([
    [
      'ned',
      '1. The motion [3] is GRANTED IN PART.\n2. Respondents are RESTRAINED from transferring Petitioners Ibe-Marsh and Tzul Cac out of the District of Nebraska.\n3. The restraint in paragraph 2 lapses at 5:00 p.m. Central Time on April 9, 2027, unless extended for good cause.',
      '2027-04-09',
      '17:00',
    ],
    [
      'scd',
      '1. Defendants are RESTRAINED from closing the Greenville shelter beds of the named Plaintiffs.\n2. The restraints in paragraph 1 lapse at 11:59 p.m. (Eastern Time) on May 20, 2027.',
      '2027-05-20',
      '23:59',
    ],
    [
      'mad',
      '1. Respondents are TEMPORARILY RESTRAINED from removing petitioners Boateng-Fritz and Ibe-Marsh from the United States.\n2. This temporary restraining order shall dissolve of its own force at the close of business on June 3, 2027, unless the court extends it.',
      '2027-06-03',
      undefined,
    ],
    [
      'dcd',
      'Respondents are ENJOINED from transferring Petitioner Lorcan Ibe-Marsh out of the District of Columbia. This Order dissolves of its own force at 11:59 p.m. on June 1, 2027.',
      '2027-06-01',
      '23:59',
    ],
    // An hour written in another zone is the court's own clock: 5:00 p.m. Eastern is 2:00 p.m. in San Diego.
    [
      'casd',
      '1. Respondents are RESTRAINED from transferring Petitioner Lorcan Ibe-Marsh out of the Southern District of California.\n2. This Order shall expire at 5:00 p.m. Eastern Time on June 1, 2027.',
      '2027-06-01',
      '14:00',
    ],
  ])('%s: until %s', (court, doc, until, time) => {
    const [tro] = tros(
      read(court, '2027-04-02', 'ORDER granting in part [3] Motion for Temporary Restraining Order.', doc),
    );
    expect(tro).toMatchObject({ action: 'granted', until });
    expect(tro?.untilTime).toBe(time);
  });

  it.each([
    [
      'mad',
      'ENDORSED ORDER re: [12] Temporary Restraining Order. Text of Order: For good cause, the temporary restraining order (doc. no. 12) is extended by fourteen days, to and including April 2, 2027, at 5:00 p.m. So Ordered by Judge Jonah L. Rusk. (jlr)',
    ],
    [
      'flsd',
      'ORDER: For good cause shown, the Temporary Restraining Order (ECF No. 12) is EXTENDED by fourteen (14) days, through and including April 2, 2027, at 5:00 p.m. Signed by Judge Marisa T. Okonedo on 3/19/2027. (mto)',
    ],
  ])('%s: extended by a length to a day and hour it writes out', (court, text) => {
    const [tro] = tros(read(court, '2027-03-19', text));
    expect(tro).toMatchObject({ action: 'extended', until: '2027-04-02', untilTime: '17:00' });
  });
});

describe('a term that waits for a ruling names the entry as the reader knows it', () => {
  it.each([
    ["the Court's ruling on 3", "the Court's ruling on ECF No. 3"],
    [
      "resolution of Petitioners' emergency motion 12",
      "resolution of Petitioners' emergency motion (ECF No. 12)",
    ],
    ['the Court rules on [2]', 'the Court rules on [2]'],
    ['the ruling on ECF No. 12', 'the ruling on ECF No. 12'],
    ['a ruling on the motion within 14 days', 'a ruling on the motion within 14 days'],
    ['the decision of October 8, 2027', 'the decision of October 8, 2027'],
  ])('%s → %s', (words, said) => {
    expect(termWords(words)).toBe(said);
  });
});
