/**
 * Duties a court orders by a day, whatever their verb (try-out 7 M4), as a property over generated
 * remedial orders in numbered paragraphs: every paragraph that orders a party to act by a date or
 * within a period is a deadline of that party, on that day, named by the act — the time first ("1.
 * Within thirty (30) days of entry of this Order, X shall …", "No later than D, X shall …") or
 * after the act ("X shall … no later than D"), two duties of one subject joined by "and shall", a
 * contempt purged by a day; a date that is no duty (a fine that accrues from a day) is left for a
 * person to read. Parties, acts and dates are drawn from fixed pools with a fixed seed.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../types.ts';
import { analyzeEntry } from './index.ts';

const FILED = '2025-05-06';
const PARTIES = [
  { words: 'Defendants', party: 'Defendants' },
  { words: 'Respondents', party: 'Respondents' },
  { words: 'the County', party: 'County' },
  { words: 'the Warden', party: 'Warden' },
  { words: 'Plaintiffs', party: 'Plaintiffs' },
];
const ACTS = [
  'restore telephone access in every housing unit',
  'hire two additional registered nurses',
  'retain an independent monitor',
  'install air conditioning in Building 3',
  'adopt a written grievance policy',
  'reduce the population of Unit C',
  'relocate the intake clinic',
  'train all detention officers on the use-of-force policy',
  'publish the revised visitation schedule',
];
/** Days after the entry, written as an order writes them, and the day they fall on (all weekdays). */
const DATES = [
  { words: 'June 30, 2025', iso: '2025-06-30' },
  { words: 'July 15, 2025', iso: '2025-07-15' },
  { words: '8/29/2025', iso: '2025-08-29' },
  { words: 'September 10, 2025', iso: '2025-09-10' },
];
/** Periods from the entry (May 6, 2025) and their last days, none on a weekend or holiday. */
const PERIODS = [
  { words: 'thirty (30) days', iso: '2025-06-05' },
  { words: '14 days', iso: '2025-05-20' },
  { words: 'twenty-one (21) days', iso: '2025-05-27' },
  { words: '45 days', iso: '2025-06-20' },
];
const OF_ORDER = ['of entry of this Order', 'of this Order', 'from the date of this Order'];

interface Duty {
  party: string;
  act: string;
  due: string;
}

/** A small seeded generator, so a failure names its case and runs again the same. */
function pick<T>(seed: { s: number }, xs: readonly T[]): T {
  seed.s = (seed.s * 1103515245 + 12345) % 2147483648;
  return xs[seed.s % xs.length]!;
}

function paragraph(seed: { s: number }, n: number): { words: string; duties: Duty[] } {
  const p = pick(seed, PARTIES);
  const subject = p.words;
  const act = pick(seed, ACTS);
  const d = pick(seed, DATES);
  const q = pick(seed, PERIODS);
  const of = pick(seed, OF_ORDER);
  const Subject = subject.charAt(0).toUpperCase() + subject.slice(1);
  switch (pick(seed, ['within-first', 'date-first', 'act-first', 'act-within', 'two', 'purge'] as const)) {
    case 'within-first':
      return {
        words: `${n}. Within ${q.words} ${of}, ${subject} shall ${act}.`,
        duties: [{ party: p.party, act, due: q.iso }],
      };
    case 'date-first':
      return {
        words: `${n}. ${pick(seed, ['No later than', 'On or before', 'By'])} ${d.words}, ${subject} shall ${act}.`,
        duties: [{ party: p.party, act, due: d.iso }],
      };
    case 'act-first':
      return {
        words: `${n}. ${Subject} shall ${act} ${pick(seed, ['no later than', 'on or before', 'by'])} ${d.words}.`,
        duties: [{ party: p.party, act, due: d.iso }],
      };
    case 'act-within':
      return {
        words: `${n}. ${Subject} shall ${act} within ${q.words} ${of}.`,
        duties: [{ party: p.party, act, due: q.iso }],
      };
    case 'two': {
      const other = pick(
        seed,
        PERIODS.filter((x) => x !== q),
      );
      return {
        words: `${n}. ${Subject} shall ${act} within ${q.words} ${of} and shall file a status report on compliance within ${other.words} ${of}.`,
        duties: [
          { party: p.party, act, due: q.iso },
          { party: p.party, act: 'status report on compliance', due: other.iso },
        ],
      };
    }
    case 'purge':
      return {
        words: `${n}. ${Subject} may purge the contempt by paying the sum of $10,000 into the registry of the Court on or before ${d.words}.`,
        duties: [{ party: p.party, act: 'purge the contempt', due: d.iso }],
      };
  }
}

/** The act's first words, as the deadline's name starts ("restore telephone access …"). */
function namesAct(what: string, act: string): boolean {
  const head = act.split(' ').slice(0, 2).join(' ').toLowerCase();
  return what
    .toLowerCase()
    .replace(/^(?:a|an|the)\s+/, '')
    .startsWith(head.replace(/^(?:file|provide)\s+/, ''));
}

function order(seed: { s: number }): { text: string; duties: Duty[] } {
  const paragraphs = Array.from({ length: 2 + (seed.s % 3) }, (_, i) => paragraph(seed, i + 1));
  return {
    text: `REMEDIAL ORDER granting [40] Motion to Enforce. IT IS ORDERED that: ${paragraphs.map((p) => p.words).join(' ')} (abc)`,
    duties: paragraphs.flatMap((p) => p.duties),
  };
}

const read = (text: string): Analysis =>
  analyzeEntry({ number: '50', dateFiled: FILED, text }, { court: 'ned' });

describe('every duty a remedial order sets by a day is a deadline of its party, named by its act', () => {
  const cases = Array.from({ length: 120 }, (_, i) => {
    const seed = { s: 7919 * (i + 1) };
    return { i, ...order(seed) };
  });
  it.each(cases)('order $i', ({ text, duties }) => {
    const a = read(text);
    for (const duty of duties) {
      const found = a.deadlines.find(
        (d) => d.dueDate === duty.due && d.party === duty.party && namesAct(d.what, duty.act),
      );
      expect(
        found,
        `${duty.act} (${duty.party}) due ${duty.due} in:\n${text}\nread: ${JSON.stringify(a.deadlines)}`,
      ).toBeDefined();
      // A name is one duty: never the period's words nor the next duty run in.
      expect(found!.what).not.toMatch(/\bwithin\b|\bshall\b|\bdays\b/);
    }
    // Nothing more than the duties (two of one subject are two, never three; the same duty of the
    // same party on the same day, ordered twice, is one).
    const distinct = new Set(duties.map((d) => `${d.party}|${d.act}|${d.due}`));
    expect(a.deadlines.filter((d) => d.change === 'set')).toHaveLength(distinct.size);
  });

  it('a day that is no duty (a fine that accrues from it) is left for a person to read, never dropped', () => {
    const a = read(
      'REMEDIAL ORDER. IT IS ORDERED that: 1. No later than June 30, 2025, Defendants shall hire two nurses. 2. If Defendants fail to comply with paragraph 1, a coercive fine of $1,000 per day shall accrue beginning July 1, 2025. (abc)',
    );
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2025-06-30']);
    expect(a.needsReview?.flatMap((r) => r.triggers)).toContain('July 1, 2025');
  });

  it('the court holding a proceeding on a day, its clerk’s work, or a party appearing, is no deadline', () => {
    for (const text of [
      'ORDER: 1. On June 30, 2025, the Court shall hold a status conference in Courtroom 5. (abc)',
      'ORDER: 1. No later than June 30, 2025, counsel shall appear for a settlement conference. (abc)',
      'ORDER: 1. Within 14 days of this Order, Petitioner shall be released from custody. (abc)',
      'ORDER: 2. The Clerk shall mail a copy of this Order to Petitioner within 3 days. (abc)',
    ])
      expect(
        read(text).deadlines.filter((d) => d.party !== null && !/released/.test(d.what)),
        text,
      ).toEqual([]);
  });
});

describe('a long duty is named to a whole word, never cut inside one (try-out 8 N4)', () => {
  /** Acts of every length around the name's limits, built from the pool's words. */
  const LONG = ACTS.flatMap((a, i) => {
    const b = ACTS[(i + 3) % ACTS.length]!;
    const c = ACTS[(i + 5) % ACTS.length]!;
    return [
      `${a} and ${b}`,
      `${a} and ${b} and ${c}`,
      `${a} whose records were kept and ${b} and file a notice listing their numbers`,
    ];
  });
  it('for every act and each place of the time, the name ends at a word of the order (or says it was cut)', () => {
    const bad: string[] = [];
    for (const act of LONG)
      for (const text of [
        `ORDER. 1. Within thirty (30) days of the date of this Order, Defendants shall ${act}.`,
        `ORDER. 1. No later than July 15, 2025, Defendants shall ${act}.`,
      ]) {
        const got = analyzeEntry({ number: '40', text, dateFiled: FILED }, { court: 'ned' }).deadlines;
        const d = got.find((x) => x.party === 'Defendants');
        if (!d) {
          bad.push(`none read: ${text}`);
          continue;
        }
        const cut = d.what.endsWith('…');
        const last = /([A-Za-z0-9]+)\W*$/.exec(d.what)![1]!;
        if (!new RegExp(`\\b${last}\\b`).test(act)) bad.push(`"${d.what}" ends inside a word of "${act}"`);
        if (!cut && !act.toLowerCase().startsWith(d.what.toLowerCase()))
          bad.push(`"${d.what}" is not the act "${act}", and does not say it was cut`);
      }
    expect(bad).toEqual([]);
  });
});
