/**
 * How long a TRO or an interim order lasts, and for whom, as orders in several courts write it
 * (names fictional): "for fourteen days from its entry" (FRCP 65(b)(2), counted from the entry), "(3)
 * This Order shall expire at 11:59 p.m. on D" (a numbered paragraph of its own, with its hour), "shall
 * remain in place until the Court decides the motion for preliminary injunction"; a motion granted
 * "insofar as it seeks a temporary restraining order"; relief for the class withheld (the TRO is the
 * named parties' alone); a request "HELD IN ABEYANCE" (no stay); an interim bar on transfer named
 * beside a motion for a TRO (a stay of transfer, not of removal); a duty to restore what was
 * "terminated on or after D" (set, not vacated).
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const read = (text: string, court: string, dateFiled: string, documentText?: string) =>
  analyzeEntry({ number: '8', dateFiled, text, ...(documentText ? { documentText } : {}) }, { court });
const tros = (a: ReturnType<typeof read>) => a.injunctions.filter((f) => f.type === 'TRO');

describe('a TRO granted "insofar as it seeks" one, for fourteen days from its entry', () => {
  it.each([
    [
      'ned',
      '2027-03-09',
      'TEMPORARY RESTRAINING ORDER. Signed by Judge Oskar P. Lindahl. (kjm)',
      'IT IS HEREBY ORDERED:\n1. The motion (ECF No. 2) is GRANTED IN PART insofar as it seeks a temporary restraining order for the named Petitioners, Ilse Varga-Moreno, Tendai Mukasa, and Rafael Quispe Aliaga. The request for relief on behalf of the proposed class is HELD IN ABEYANCE pending a decision on class certification.\n2. Respondents shall not remove any named Petitioner while this Order is in effect.\n3. This Order shall remain in effect for fourteen days from its entry, unless extended.',
      '2027-03-23',
      ['Ilse Varga-Moreno', 'Tendai Mukasa', 'Rafael Quispe Aliaga'],
    ],
    [
      'ctd',
      '2026-11-02',
      'ORDER. Signed by Judge Beatriz Onwuachi on 11/2/2026.',
      "Plaintiffs' motion [4] is GRANTED to the extent that it requests a temporary restraining order. Defendant shall not terminate the SNAP benefits of the named plaintiffs while this order is in effect. This Order shall remain in effect for fourteen (14) days from the date of its entry.",
      '2026-11-16',
      null,
    ],
    [
      'scd',
      '2027-01-14',
      'ORDER. Signed by Judge Calvert R. Ashby.',
      'The emergency motion (ECF No. 5) is GRANTED IN PART, insofar as it seeks a TRO for the named Plaintiffs, Noor Haddad-Levin and Emeka Strand. The Defendants are TEMPORARILY RESTRAINED from closing the Plaintiffs\u2019 shelter beds. This Order shall expire fourteen days from its entry unless extended for good cause.',
      '2027-01-28',
      ['Noor Haddad-Levin', 'Emeka Strand'],
    ],
  ])(
    '%s: granted through its fourteenth day, for the parties it names',
    (court, filed, text, doc, until, parties) => {
      const a = read(text, court, filed, doc);
      const t = tros(a);
      expect(t.map((f) => [f.action, f.until])).toEqual([['granted', until]]);
      if (parties) expect(t[0]!.parties).toEqual(parties);
      // Putting off the class's request stays nothing.
      expect(a.stays).toEqual([]);
    },
  );

  it('a motion denied "insofar as it seeks" a TRO grants none', () => {
    const a = read(
      'ORDER.',
      'nmd',
      '2026-09-01',
      'The motion (ECF No. 6) is DENIED insofar as it seeks a temporary restraining order, and is otherwise referred to the Magistrate Judge.',
    );
    expect(tros(a).map((f) => f.action)).toEqual(['denied']);
  });
});

describe('a last day in a numbered paragraph of its own keeps its day and hour', () => {
  it.each([
    [
      'flsd',
      '2027-04-06',
      '(3) This Order shall expire at 11:59 p.m. on April 20, 2027, unless extended by the Court for good cause.',
      '2027-04-20',
      '23:59',
    ],
    [
      'mad',
      '2026-08-12',
      '(c) This temporary restraining order shall expire at 5:00 p.m. on August 26, 2026.',
      '2026-08-26',
      '17:00',
    ],
    [
      'dcd',
      '2027-02-01',
      '4) The TRO expires on February 15, 2027 at 6:00 p.m. unless extended.',
      '2027-02-15',
      '18:00',
    ],
  ])('%s: %s', (court, filed, term, until, time) => {
    const a = read(
      'ORDER granting in part [3] Emergency Motion for Temporary Restraining Order.',
      court,
      filed,
      `(1) Respondents are TEMPORARILY RESTRAINED from removing Petitioner Odile Brandt-Nakamura or Petitioner Yusuf Ekwueme from the United States.\n(2) Insofar as Petitioners seek relief on behalf of the putative class, the motion is DENIED without prejudice.\n${term}`,
    );
    expect(tros(a).map((f) => [f.action, f.until, f.untilTime])).toEqual([['granted', until, time]]);
    expect(tros(a)[0]!.parties).toEqual(['Odile Brandt-Nakamura', 'Yusuf Ekwueme']);
  });
});

describe('relief for the class withheld: the TRO is the named parties’ alone', () => {
  it.each([
    [
      'nmd',
      'The Court declines, at this stage, to extend relief to the putative class.',
      'the named petitioners',
    ],
    [
      'laed',
      'Insofar as Petitioners seek relief on behalf of the proposed class, the motion is DENIED without prejudice to renewal.',
      'the named petitioners',
    ],
    ['ned', 'Class-wide relief is DENIED at this time.', 'the named petitioners'],
  ])('%s: %s', (court, withheld, who) => {
    const a = read(
      'ORDER granting in part [3] Motion for Temporary Restraining Order.',
      court,
      '2027-09-24',
      `1. Respondents shall not transfer any Petitioner outside the District or remove any Petitioner from the United States while this Order is in effect.\n2. This Temporary Restraining Order shall expire at 5:00 p.m. on October 8, 2027, unless extended.\n3. ${withheld}`,
    );
    expect(tros(a).map((f) => [f.action, f.until, f.untilTime, f.parties])).toEqual([
      ['granted', '2027-10-08', '17:00', [who]],
    ]);
  });

  it('a TRO that reaches the class is not narrowed by a later sentence about class certification', () => {
    const a = read(
      'ORDER granting [3] Motion for Temporary Restraining Order.',
      'nmd',
      '2027-09-24',
      'Respondents are ENJOINED from removing any member of the proposed class. The motion for class certification remains pending.',
    );
    expect(tros(a)[0]!.parties).toBeUndefined();
  });
});

describe('a TRO kept in place until the court decides the motion for a preliminary injunction', () => {
  it.each([
    [
      'ned',
      'MINUTES of MOTION HEARING held on 3/29/2027 re [8] motion for preliminary injunction; arguments heard; taken under advisement; with the consent of Respondents, the temporary restraining order (ECF No. 6) shall remain in place until the Court decides the motion for preliminary injunction (Court Reporter: Ines Farrow) (kjm)',
    ],
    [
      'scd',
      'Minute Entry for proceedings held before Judge Calvert R. Ashby: Motion Hearing held on 1/27/2027 re [9] Motion for Preliminary Injunction. Motion taken under advisement. The TRO [8] shall remain in place until the Court rules on the motion for preliminary injunction [9].',
    ],
  ])('%s: extended until that ruling', (court, text) => {
    const t = tros(read(text, court, '2027-03-29'));
    expect(t.map((f) => f.action)).toEqual(['extended']);
    expect(t[0]!.until).toMatch(/^the Court (?:decides|rules on) the motion for preliminary injunction/);
  });
});

describe('interim orders beside a motion for a TRO: what they bar, for whom, until when', () => {
  it.each([
    [
      'scd',
      'MINUTE ORDER by Judge Calvert R. Ashby on 5/4/2027. Respondents shall file a response to the [3] Motion for Temporary Restraining Order on or before 5/7/2027 at 5:00 PM. Until further order of the Court, Respondents shall not transfer Petitioners Amara Lindqvist-Obi, Teodoro Yupanqui, or Hyun-woo Castellanos outside the District of South Carolina. Text Only Entry.',
      'transfer out of the district',
      'further_order',
      ['Amara Lindqvist-Obi', 'Teodoro Yupanqui', 'Hyun-woo Castellanos'],
    ],
    [
      'ned',
      'ORDER: Pending resolution of the [2] Emergency Motion for Temporary Restraining Order, Respondents shall not remove Petitioners Ilse Varga-Moreno, Tendai Mukasa, and Rafael Quispe Aliaga from the United States, and shall not transfer any of them outside the District of Nebraska. Respondents shall respond to [2] by 10:00 a.m. on March 5, 2027. Ordered by Judge Oskar P. Lindahl. (kjm)',
      'removal and transfer out of the district',
      'resolution of the [2] Emergency Motion for Temporary Restraining Order',
      ['Ilse Varga-Moreno', 'Tendai Mukasa', 'Rafael Quispe Aliaga'],
    ],
    [
      'nmd',
      'COURTROOM MINUTES for Motion Hearing held before Judge Marisol Otero on 6/3/2025. Argument heard on [2] Motion for Temporary Restraining Order. ORDERED: [2] is TAKEN UNDER ADVISEMENT. Respondents shall not remove any Petitioner from the United States until the Court rules on [2]. Text Only Entry.',
      'removal',
      'the Court rules on [2]',
      null,
    ],
  ])('%s: a stay of what the order bars', (court, text, what, until, parties) => {
    const a = read(text, court, '2027-05-04');
    expect(a.injunctions).toEqual([]);
    expect(a.stays.map((s) => [s.action, s.what])).toEqual([['granted', what]]);
    expect(a.stays[0]!.until).toContain(until);
    if (parties) expect(a.stays[0]!.covers).toEqual({ who: 'named', parties });
  });

  it('an order granting the motion for a TRO is read as the TRO, not as a stay besides it', () => {
    const a = read(
      'ORDER granting [3] Motion for Temporary Restraining Order. Respondents shall not transfer Petitioner Greta Oyelaran outside the District until further order.',
      'scd',
      '2027-05-12',
    );
    expect(a.stays).toEqual([]);
    expect(tros(a).map((f) => f.action)).toEqual(['granted']);
  });
});

describe('a duty to restore what was "terminated on or after" a day is set, not vacated', () => {
  it.each([
    [
      'ned',
      'Defendant shall not terminate the Medicaid coverage of any named Plaintiff while this Order is in effect, and shall restore any such coverage terminated on or after December 1, 2027 within three business days.',
      '2028-01-21',
      '2028-01-26',
    ],
    [
      'ctd',
      'Defendants shall reinstate, within seven days, the benefits of each named Plaintiff cancelled on or after October 1, 2026.',
      '2026-11-02',
      '2026-11-09',
    ],
  ])('%s', (court, duty, filed, due) => {
    const d = read(`ORDER. ${duty}`, court, filed).deadlines;
    expect(d.map((x) => [x.change, x.dueDate])).toEqual([['set', due]]);
  });

  it('a deadline the order does take off is still vacated', () => {
    const d = read(
      'ORDER: The deadline for Defendants to respond to the complaint, set for March 3, 2027, is hereby TERMINATED.',
      'ned',
      '2027-02-20',
    ).deadlines;
    expect(d.map((x) => x.change)).toEqual(['vacated']);
  });
});
