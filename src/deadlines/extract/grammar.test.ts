import { describe, expect, it } from 'vitest';
import { numberWordValue, quantityValue, readDate, readTime, scanTemporals } from './grammar.ts';

describe('number words', () => {
  it.each([
    ['seven', 7],
    ['fourteen', 14],
    ['twenty-one', 21],
    ['twenty one', 21],
    ['thirty', 30],
    ['sixty', 60],
    ['ninety', 90],
    ['one hundred twenty', 120],
  ])('%s = %i', (w, n) => expect(numberWordValue(w)).toBe(n));
  it('prefers the parenthetical numeral', () => {
    expect(quantityValue('fourteen (14)')).toBe(14);
    expect(quantityValue('21 (twenty-one)')).toBe(21);
  });
  it('refuses non-numbers', () => expect(numberWordValue('several')).toBeNull());
});

describe('dates and times', () => {
  it.each([
    ['6/20/2017', '2017-06-20'],
    ['6/20/17', '2017-06-20'],
    ['June 20, 2017', '2017-06-20'],
    ['Tuesday, June 20, 2017', '2017-06-20'],
    ['Sept. 5, 2017', '2017-09-05'],
    ['the 5th day of September, 2017', '2017-09-05'],
    ['2017-09-05', '2017-09-05'],
  ])('%s', (t, iso) => expect(readDate(t, null)).toBe(iso));
  it('gives a year to a date written without one', () => {
    expect(readDate('January 3', '2017-12-20')).toBe('2018-01-03');
    expect(readDate('December 28', '2017-12-20')).toBe('2017-12-28');
  });
  it('rejects impossible dates', () => expect(readDate('2/30/2017', null)).toBeNull());
  it.each([
    ['12:00 PM', '12:00'],
    ['5:00 p.m.', '17:00'],
    ['02:00PM', '14:00'],
    ['9 a.m.', '09:00'],
    ['noon', '12:00'],
    ['12:00 noon', '12:00'],
  ])('%s', (t, hhmm) => expect(readTime(t)).toBe(hhmm));
});

describe('scanTemporals', () => {
  it('attaches times written before or after the date', () => {
    const ts = scanTemporals('on or before 12:00 PM on 6/20/2017; hearing set for 6/21/2017 02:00 PM', null);
    expect(ts.map((t) => [t.date, t.time])).toEqual([
      ['2017-06-20', '12:00'],
      ['2017-06-21', '14:00'],
    ]);
  });
  it('reads periods with their trigger words', () => {
    const [p] = scanTemporals('within fourteen (14) days of the date of this Order', null);
    expect(p).toMatchObject({ type: 'period', n: 14, unit: 'days', triggerText: 'the date of this Order' });
    const [q] = scanTemporals('no later than seven business days after service of the motion', null);
    expect(q).toMatchObject({ n: 7, unit: 'business_days', triggerText: 'service of the motion' });
    const [h] = scanTemporals('within 48 hours', null);
    expect(h).toMatchObject({ n: 48, unit: 'hours' });
  });
  it('reads recurrences, not single dates', () => {
    const [a] = scanTemporals('file reports every 14 days', '2017-07-24');
    expect(a).toMatchObject({ type: 'recurrence', recurrence: { every: 14, unit: 'days' } });
    const [b] = scanTemporals('every other Monday beginning August 7, 2017', '2017-07-24');
    expect(b?.recurrence).toMatchObject({ every: 2, unit: 'weeks', weekday: 1, firstDue: '2017-08-07' });
    const [c] = scanTemporals('on the first of each month', '2017-07-24');
    expect(c?.recurrence).toMatchObject({ unit: 'months', day: { kind: 'day', n: 1 } });
  });
  it('finds nothing in money, receipts and statute numbers', () => {
    expect(scanTemporals('Fee: $ 400. 28 U.S.C. 2243. Receipt No. 0645-6201455', null)).toEqual([]);
  });
});
