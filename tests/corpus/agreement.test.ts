/**
 * The agreement figures of `bench/labels/agreement.ts` (issue #14): Cohen's kappa and the per-field
 * comparison of two labelings, on made-up labels (no corpus text is needed or read).
 */
import { describe, expect, it } from 'vitest';
import { agreement, cohensKappa } from '../../bench/labels/agreement.ts';
import type { CorpusLabel } from '../../bench/labels/labels.ts';

const label = (ref: string, over: Partial<CorpusLabel> = {}): CorpusLabel => ({
  ref,
  court: 'nysd',
  split: 'holdout-3',
  stratum: 'A',
  textSha: `sha-${ref}`,
  number: null,
  dateFiled: '2020-01-02',
  kind: 'order',
  deadlines: [],
  hearings: [],
  stays: [],
  injunctions: [],
  ...over,
});

describe("Cohen's kappa", () => {
  it('is 1 for identical ratings and 0 when agreement is what the marginals give by chance', () => {
    expect(cohensKappa(['a', 'b', 'c', 'a'], ['a', 'b', 'c', 'a'])).toBe(1);
    // each rater says a half the time, independently: observed 0.5 = expected 0.5
    expect(cohensKappa(['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b'])).toBeCloseTo(0, 10);
  });

  it('matches the textbook example (po 0.7, pe 0.5: kappa 0.4)', () => {
    const a = [...Array(20).fill('y'), ...Array(5).fill('y'), ...Array(10).fill('n'), ...Array(15).fill('n')];
    const b = [...Array(20).fill('y'), ...Array(5).fill('n'), ...Array(10).fill('y'), ...Array(15).fill('n')];
    expect(cohensKappa(a, b)).toBeCloseTo(0.4, 10);
  });
});

describe('agreement of two labelings', () => {
  it('compares the projected fields, counts wholly agreeing entries and lists each disagreement', () => {
    const first = [
      label('1'),
      label('2', { deadlines: [{ what: 'answer', due: '2020-02-03' }] }),
      label('3', { hearings: [{ change: 'set', date: '2020-03-04', type: 'status' }] }),
    ];
    const second = [
      label('1', { kind: 'notice' }),
      label('2', { deadlines: [{ what: 'the answer', due: '2020-02-03' }], note: 'other words' }),
      label('3', { hearings: [{ change: 'reset', date: '2020-03-04', type: 'status_conference' }] }),
    ];
    const a = agreement(first, second);
    expect(a.entries).toBe(3);
    expect(a.fields).toEqual({ kind: 2, deadlineDates: 3, hearingDates: 3, stays: 3, injunctions: 3 });
    expect(a.wholly).toBe(2);
    expect(a.deadlineBearing).toEqual({ bearing: 1, agreed: 1 });
    // same date, another lifecycle: the projection agrees, the stricter hearing figure does not
    expect(a.hearingsExact).toEqual({ bearing: 1, agreed: 0 });
    expect(a.diffs.map((d) => `${d.ref} ${d.field}`)).toEqual(['1 kind', '3 hearingLifecycle']);
  });

  it("counts each side's omissions: findings only the other labeling has, and entries one side left empty", () => {
    const first = [
      label('1', { deadlines: [{ what: 'answer', due: '2020-02-03' }] }),
      label('2', { hearings: [{ change: 'set', date: '2020-03-04', type: 'status' }] }),
      label('3', {
        deadlines: [
          { what: 'reply', due: null, period: { n: 7, unit: 'days', direction: 'after', trigger: null } },
        ],
      }),
      label('4', { stays: [{ action: 'granted', expires: '2020-05-01' }] }),
    ];
    const second = [
      label('1'),
      label('2', {
        hearings: [
          { change: 'set', date: '2020-03-04', type: 'status' },
          { change: 'held', date: '2020-01-02', type: 'status' },
        ],
      }),
      label('3'),
      label('4', { stays: [{ action: 'granted', expires: '2020-05-02' }] }),
    ];
    const a = agreement(first, second);
    // second lacks entry 1's deadline and the stay of 2020-05-01; first lacks the held hearing and
    // the stay of 2020-05-02 (a date read differently counts for both sides)
    expect(a.omissions).toEqual({ first: 2, second: 2, entriesFirst: 0, entriesSecond: 1 });
    // an undated period is outside the projection but counted apart
    expect(a.undatedBearing).toEqual({ bearing: 1, agreed: 0 });
    expect(a.diffs.map((d) => `${d.ref} ${d.field}`)).toContain('3 undatedPeriods');
  });

  it('refuses labels of different texts under one reference', () => {
    expect(() => agreement([label('1')], [label('1', { textSha: 'other' })])).toThrow(/different texts/);
  });
});
