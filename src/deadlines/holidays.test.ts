import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { describeShared, fixturesDir } from '../../tests/support/shared.ts';
import { findCourt } from '../courts.ts';
import {
  declaredHolidays,
  federalHolidays,
  holidayOn,
  stateHolidays,
  UnknownStateHolidaysError,
  weekday,
} from './holidays.ts';

describe('federal legal holidays (5 U.S.C. 6103(a), observed)', () => {
  it('lists the eleven days of 2026 on their observed days', () => {
    expect(federalHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
    expect(federalHolidays(2026).find((h) => h.date === '2026-07-03')?.actual).toBe('2026-07-04');
  });

  it('moves Jan 1 on a Saturday to Dec 31 of the year before', () => {
    expect(federalHolidays(2021).at(-1)).toMatchObject({ date: '2021-12-31', actual: '2022-01-01' });
    expect(federalHolidays(2022)[0]!.date).toBe('2022-01-17');
  });

  it('has Juneteenth from 2021 only (observed Fri 6/18/2021)', () => {
    expect(holidayOn('2021-06-18')?.name).toMatch(/Juneteenth/);
    expect(holidayOn('2020-06-19')).toBeNull();
  });

  it('keeps Monday holidays from 1971 and Veterans Day in October 1971-1977', () => {
    expect(holidayOn('1975-10-27')?.name).toBe('Veterans Day');
    expect(holidayOn('1975-11-11')).toBeNull();
    expect(holidayOn('1985-01-21')).toBeNull(); // MLK Day first observed 1986
    expect(holidayOn('1986-01-20')?.name).toMatch(/King/);
  });

  it('does not treat the day after Thanksgiving or Inauguration Day as legal holidays', () => {
    expect(holidayOn('2026-11-27')).toBeNull();
    expect(holidayOn('2025-01-20')?.name).toMatch(/King/); // MLK Day, not inauguration
    expect(holidayOn('2021-01-20')).toBeNull();
  });
});

describe('declared and state holidays', () => {
  it('keeps a sourced, sorted list of whole-day closures', () => {
    const days = declaredHolidays();
    expect(days.map((d) => d.date)).toEqual(
      expect.arrayContaining(['2018-12-05', '2019-12-24', '2020-12-24', '2024-12-24', '2025-01-09']),
    );
    for (const d of days) {
      expect(d.source).toBeTruthy();
      expect(weekday(d.date)).toBeLessThan(6);
    }
    expect(holidayOn('2025-01-09')?.kind).toBe('declared');
    expect(holidayOn('2025-01-09', { declared: false })).toBeNull();
    expect(holidayOn('2030-03-05', { declared: false, extraDeclared: ['2030-03-05'] })?.kind).toBe(
      'declared',
    );
  });

  it('knows Michigan and refuses states it has no table for', () => {
    expect(stateHolidays('MI', 2026)[0]!.date).toBe('2026-02-12');
    expect(stateHolidays('MI', 2023)[0]!.date).toBe('2023-02-13'); // Sunday → Monday
    expect(holidayOn('2026-02-12', { state: 'MI' })?.kind).toBe('state');
    expect(holidayOn('2026-02-12')).toBeNull();
    expect(() => stateHolidays('ZZ', 2026)).toThrow(UnknownStateHolidaysError);
  });
});

describe('cross-check against date-holidays (US, type public)', () => {
  // date-holidays lists each statutory day and, for many weekend days, a "(substitute day)". Ours
  // lists the observed day only. Deliberate difference: date-holidays gives no Friday substitute for
  // some Saturday holidays (e.g. Veterans Day 1989-11-11); 5 U.S.C. 6103(b)(1) moves them to the
  // Friday, and so do we. Inauguration Day is in neither list (a Washington-area holiday only).
  const hd = new Holidays('US');
  const shift = (date: string) => {
    const w = weekday(date);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    if (w < 6) return date;
    return new Date(Date.UTC(y, m - 1, d + (w === 6 ? -1 : 1))).toISOString().slice(0, 10);
  };
  const ourDates = new Set<string>();
  for (let y = 1985; y <= 2041; y++) for (const h of federalHolidays(y)) ourDates.add(h.date);
  const missingSubstitutes: string[] = [];
  for (let year = 1986; year <= 2040; year++) {
    it(`${year}`, () => {
      const theirs = hd.getHolidays(year).filter((h) => h.type === 'public');
      const observed = new Set<string>();
      for (const h of theirs) {
        const date = h.date.slice(0, 10);
        const day = h.substitute ? date : shift(date);
        if (!h.substitute && day !== date && !theirs.some((x) => x.substitute && x.date.startsWith(day))) {
          missingSubstitutes.push(date);
        }
        observed.add(day);
        expect(ourDates.has(day), `${h.name} ${date}: observed ${day} is not a holiday of ours`).toBe(true);
      }
      for (const h of federalHolidays(year)) {
        const inTheirs =
          observed.has(h.date) || (h.actual !== undefined && h.actual.slice(0, 4) !== String(year));
        expect(inTheirs, `${h.name} ${h.date} is ours only`).toBe(true);
      }
    });
  }
  it('differs only by substitute days date-holidays leaves out', () => {
    for (const d of missingSubstitutes) expect(weekday(d)).toBeGreaterThanOrEqual(6);
  });
});

describeShared('court table covers the shared fixtures', () => {
  it('knows every court id in /pacer file names', () => {
    const ids = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(resolve(dir, e.name));
        else ids.add(e.name.split(/[_.]/)[0]!.toLowerCase());
      }
    };
    walk(resolve(fixturesDir, 'pacer'));
    const unknown = [...ids].filter((id) => !findCourt(id));
    expect(unknown).toEqual([]);
    expect(ids.size).toBeGreaterThan(50);
  });
});
