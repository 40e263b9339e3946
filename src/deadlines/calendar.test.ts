import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeShared, fixturesDir, projectRoot } from '../../tests/support/shared.ts';
import { allCourts, findCourt, getCourt } from '../courts.ts';
import { InputError } from '../errors.ts';
import {
  type CalendarOptions,
  type CountUnit,
  computeDeadline,
  fixedDeadline,
  isBusinessDay,
  recurringDeadlines,
  type Service,
} from './calendar.ts';

describe('FRCP 6(a) day periods (mied, America/Detroit)', () => {
  it('excludes the trigger day and counts intermediate holidays', () => {
    const r = computeDeadline({ from: '2017-06-22', n: 14, unit: 'days' });
    expect(r).toMatchObject({
      due: '2017-07-06',
      raw: '2017-07-06',
      rolls: [],
      dueInstant: '2017-07-07T04:00:00Z',
    });
  });

  it('rolls a Saturday observed holiday chain forward', () => {
    // Fri 2026-07-03 is the observed Independence Day.
    const r = computeDeadline({ from: '2026-06-19', n: 14, unit: 'days' });
    expect(r.due).toBe('2026-07-06');
    expect(r.rolls).toHaveLength(1);
    expect(r.rolls[0]).toMatchObject({ from: '2026-07-03', to: '2026-07-06' });
    expect(r.rolls[0]!.reason).toMatch(/Independence Day/);
  });

  it('rolls backward periods backward (6(a)(5))', () => {
    const r = computeDeadline({ from: '2026-09-16', n: 10, unit: 'days', direction: 'before' });
    expect(r).toMatchObject({ raw: '2026-09-06', due: '2026-09-04' });
    expect(r.rolls[0]!.reason).toMatch(/6\(a\)\(5\)/);
  });

  it('observes New Year on a Saturday on Friday Dec 31 of the year before', () => {
    expect(isBusinessDay('2021-12-31')).toBe(false);
    expect(computeDeadline({ from: '2021-12-17', n: 14, unit: 'days' }).due).toBe('2022-01-03');
  });

  it('adds 6(d) days after the roll, then rolls again', () => {
    const r = computeDeadline({ from: '2026-03-07', n: 14, unit: 'days' }, { service: 'mail' });
    expect(r).toMatchObject({ raw: '2026-03-21', due: '2026-03-26', serviceDaysAdded: 3 });
    expect(r.rolls.map((x) => x.to)).toEqual(['2026-03-23', '2026-03-26']);
  });

  it('adds no days for electronic service since Dec 1, 2016 but did before', () => {
    expect(computeDeadline({ from: '2026-04-01', n: 14, unit: 'days' }, { service: 'electronic' }).due).toBe(
      '2026-04-15',
    );
    expect(computeDeadline({ from: '2016-11-01', n: 14, unit: 'days' }, { service: 'electronic' }).due).toBe(
      '2016-11-18',
    );
    expect(computeDeadline({ from: '2016-12-01', n: 14, unit: 'days' }, { service: 'electronic' }).due).toBe(
      '2016-12-15',
    );
  });

  it('refuses service days on a backward period', () => {
    expect(() =>
      computeDeadline({ from: '2026-09-16', n: 10, unit: 'days', direction: 'before' }, { service: 'mail' }),
    ).toThrow(InputError);
  });

  it('counts business days only on business days', () => {
    // Wed 2026-11-25 + 5 business days: Fri 27, Mon 30, Tue 1, Wed 2, Thu 3 (Thanksgiving 26 skipped).
    expect(computeDeadline({ from: '2026-11-25', n: 5, unit: 'business_days' }).due).toBe('2026-12-03');
  });

  it('treats weeks as seven days', () => {
    expect(computeDeadline({ from: '2026-04-01', n: 2, unit: 'weeks' }).due).toBe('2026-04-15');
  });

  it('months: clamps by default, end-of-month on request', () => {
    expect(computeDeadline({ from: '2026-01-31', n: 1, unit: 'months' }).raw).toBe('2026-02-28');
    expect(computeDeadline({ from: '2026-02-28', n: 1, unit: 'months' }).raw).toBe('2026-03-28');
    expect(
      computeDeadline({ from: '2026-02-28', n: 1, unit: 'months' }, { monthEnd: 'end-of-month' }).raw,
    ).toBe('2026-03-31');
  });

  it('uses the court time zone for the end of the last day', () => {
    expect(computeDeadline({ from: '2026-04-01', n: 14, unit: 'days' }, { court: 'cand' }).dueInstant).toBe(
      '2026-04-16T07:00:00Z',
    );
    expect(computeDeadline({ from: '2026-04-01', n: 14, unit: 'days' }, { court: 'hid' }).dueInstant).toBe(
      '2026-04-16T10:00:00Z',
    );
  });

  it('declared holidays count by default and can be turned off; the narrow reading is reported', () => {
    const r = computeDeadline({ from: '2024-12-10', n: 14, unit: 'days' });
    expect(r.due).toBe('2024-12-26'); // Tue 12/24 declared, Wed 12/25 Christmas
    expect(r.safeDue).toBe('2024-12-24');
    expect(
      computeDeadline({ from: '2024-12-10', n: 14, unit: 'days' }, { declaredHolidays: 'none' }).due,
    ).toBe('2024-12-24');
  });

  it('state holidays count forward only', () => {
    const forward = computeDeadline(
      { from: '2026-01-29', n: 14, unit: 'days' },
      { includeStateHolidays: true },
    );
    expect(forward.due).toBe('2026-02-13');
    const backward = computeDeadline(
      { from: '2026-02-26', n: 14, unit: 'days', direction: 'before' },
      { includeStateHolidays: true },
    );
    expect(backward.due).toBe('2026-02-12');
  });

  it('rejects bad input with typed errors, fast', () => {
    expect(() => computeDeadline({ from: '2026-02-30', n: 1, unit: 'days' })).toThrow(InputError);
    expect(() => computeDeadline({ from: 'soon', n: 1, unit: 'days' })).toThrow(/YYYY-MM-DD/);
    expect(() => computeDeadline({ from: '2026-01-01', n: -1, unit: 'days' })).toThrow(InputError);
    expect(() => computeDeadline({ from: '2026-01-01', n: 1e9, unit: 'business_days' })).toThrow(/ten years/);
    expect(() => computeDeadline({ from: '2026-01-01', n: 1, unit: 'days' }, { court: 'nowhere' })).toThrow(
      /unknown court/,
    );
    expect(() => computeDeadline({ from: '2026-01-01', n: 1, unit: 'hours' })).toThrow(/local date-time/);
  });
});

describe('hour periods', () => {
  it('roll to the same time on the next business day', () => {
    const r = computeDeadline({ from: '2026-07-01T15:00', n: 48, unit: 'hours' });
    expect(r).toMatchObject({
      raw: '2026-07-03T15:00',
      due: '2026-07-06T15:00',
      dueInstant: '2026-07-06T19:00:00Z',
    });
  });
  it('count elapsed hours across DST by default; wall-clock as an option', () => {
    expect(computeDeadline({ from: '2026-03-06T17:00', n: 72, unit: 'hours' }).due).toBe('2026-03-09T18:00');
    expect(
      computeDeadline({ from: '2026-03-06T17:00', n: 72, unit: 'hours' }, { hourCounting: 'wall-clock' }).due,
    ).toBe('2026-03-09T17:00');
  });
});

describe('fixed dates and recurring obligations', () => {
  it('does not roll a fixed date and warns when it is a weekend', () => {
    const r = fixedDeadline('2017-07-08');
    expect(r).toMatchObject({ due: '2017-07-08', rolls: [], dueInstant: '2017-07-09T04:00:00Z' });
    expect(r.warnings[0]).toMatch(/Saturday/);
    expect(fixedDeadline('2017-06-20', { dueTime: '12:00' }).dueInstant).toBe('2017-06-20T16:00:00Z');
  });
  it('generates occurrences anchored to the nominal schedule, each rolled', () => {
    const occ = recurringDeadlines({ every: 14, unit: 'days', anchor: '2017-07-24' }, { count: 4 });
    expect(occ.map((o) => o.due)).toEqual(['2017-08-07', '2017-08-21', '2017-09-05', '2017-09-18']);
    const rolled = recurringDeadlines(
      { every: 14, unit: 'days', anchor: '2017-07-24' },
      { count: 4 },
      { recurrenceAnchor: 'rolled' },
    );
    expect(rolled.map((o) => o.due)).toEqual(['2017-08-07', '2017-08-21', '2017-09-05', '2017-09-19']);
  });
  it('honours an explicit first date, a weekday, months and a through date', () => {
    expect(
      recurringDeadlines(
        { every: 2, unit: 'weeks', anchor: '2017-07-24', firstDue: '2017-08-07' },
        { through: '2017-09-04' },
      ).map((o) => o.due),
    ).toEqual(['2017-08-07', '2017-08-21', '2017-09-05']);
    expect(
      recurringDeadlines({ every: 7, unit: 'days', anchor: '2026-04-01', weekday: 1 }, { count: 2 }).map(
        (o) => o.due,
      ),
    ).toEqual(['2026-04-13', '2026-04-20']);
    expect(
      recurringDeadlines({ every: 1, unit: 'months', anchor: '2026-01-31' }, { count: 3 }).map((o) => o.raw),
    ).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });
});

describe('court table', () => {
  it('has every district, a bankruptcy court for each, and the circuits', () => {
    const courts = allCourts();
    expect(courts.filter((c) => c.type === 'district')).toHaveLength(94);
    expect(courts.filter((c) => c.type === 'bankruptcy')).toHaveLength(94);
    expect(courts.filter((c) => c.type === 'appellate')).toHaveLength(13);
    expect(getCourt('mied')).toMatchObject({ tz: 'America/Detroit', state: 'MI', circuit: '6' });
    expect(getCourt('ca6')).toMatchObject({ tz: 'America/New_York', circuit: '6' });
    expect(getCourt('nebraskab')).toMatchObject({ state: 'NE', type: 'bankruptcy' });
    expect(getCourt('TXNB').name).toBe('U.S. Bankruptcy Court for the Northern District of Texas');
    expect(findCourt('xxd')).toBeNull();
    for (const c of courts)
      expect(Intl.DateTimeFormat('en-US', { timeZone: c.tz }).resolvedOptions().timeZone).toBeTruthy();
  });
});

interface Vector {
  id: string;
  regime: 'FRCP' | 'FRAP';
  court: string;
  courtTz: string;
  unit: CountUnit | 'fixed_date';
  direction: 'after' | 'before';
  service: string;
  trigger: string;
  period: number;
  recurrence?: { every: number; count: number };
  options?: { inaccessible?: string[]; includeStateHolidays?: boolean; declaredHolidays?: string[] };
  expectedRaw: string | string[];
  expectedDue: string | string[];
  expectedDueFederalOnly?: string;
  expectedDueEfilingDeadlineUtcExclusive?: string | string[];
  expectedDueInstantUtc?: string;
  confidence?: string;
  tags: string[];
}

const SERVICE: Record<string, Service> = {
  electronic: 'electronic',
  mail: 'mail',
  clerk: 'clerk',
  consent_other: 'consent',
  personal: 'personal',
};

/** The documented option each reading-dependent or convention vector needs (docs/deadlines.md). */
function optionsFor(v: Vector): CalendarOptions {
  const o: CalendarOptions = {
    court: v.court,
    regime: v.regime,
    service: SERVICE[v.service] ?? 'electronic',
  };
  if (v.options?.inaccessible) o.inaccessible = v.options.inaccessible;
  if (v.options?.includeStateHolidays) o.includeStateHolidays = true;
  if (v.options?.declaredHolidays) {
    o.declaredHolidays = 'none';
    o.extraDeclaredHolidays = v.options.declaredHolidays;
  }
  if (v.unit === 'hours') o.hourCounting = 'elapsed';
  if (v.unit === 'months') o.monthEnd = 'clamp';
  if (v.recurrence) o.recurrenceAnchor = 'nominal';
  return o;
}

const sameInstant = (a: string, b: string) =>
  expect(new Date(a).toISOString()).toBe(new Date(b).toISOString());

describeShared('shared deadline vectors (FRCP 6 / FRAP 26)', () => {
  const data = JSON.parse(readFileSync(resolve(fixturesDir, 'deadlines/vectors.json'), 'utf8')) as {
    vectors: Vector[];
  };
  it('has vectors', () => expect(data.vectors.length).toBeGreaterThan(20));
  for (const v of data.vectors) {
    it(`${v.id} ${v.tags.join(', ')}`, () => {
      const options = optionsFor(v);
      expect(getCourt(v.court).tz === v.courtTz || v.court === 'ca6').toBe(true);
      if (v.recurrence) {
        const occ = recurringDeadlines(
          { every: v.recurrence.every, unit: 'days', anchor: v.trigger },
          { count: v.recurrence.count },
          options,
        );
        expect(occ.map((o) => o.raw)).toEqual(v.expectedRaw);
        expect(occ.map((o) => o.due)).toEqual(v.expectedDue);
        const instants = v.expectedDueEfilingDeadlineUtcExclusive as string[];
        for (const [i, x] of instants.entries()) sameInstant(occ[i]!.dueInstant, x);
        return;
      }
      const r =
        v.unit === 'fixed_date'
          ? fixedDeadline(v.trigger, options)
          : computeDeadline({ from: v.trigger, n: v.period, unit: v.unit, direction: v.direction }, options);
      expect(r.raw).toBe(v.expectedRaw);
      expect(r.due).toBe(v.expectedDue);
      const instant = v.expectedDueEfilingDeadlineUtcExclusive ?? v.expectedDueInstantUtc;
      if (typeof instant === 'string') sameInstant(r.dueInstant, instant);
      if (v.expectedDueFederalOnly) {
        expect(r.safeDue ?? r.due).toBe(v.expectedDueFederalOnly);
        const narrow = computeDeadline(
          { from: v.trigger, n: v.period, unit: v.unit as CountUnit, direction: v.direction },
          { ...options, includeStateHolidays: false, declaredHolidays: 'none', extraDeclaredHolidays: [] },
        );
        expect(narrow.due).toBe(v.expectedDueFederalOnly);
      }
    });
  }
});

describe('docketwatch deadline compute (spawned)', () => {
  const run = (args: string[]) => {
    const r = spawnSync(
      process.execPath,
      [resolve(projectRoot, 'bin/docketwatch.js'), 'deadline', 'compute', ...args],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('prints the stable JSON shape', () => {
    const r = run(['--from', '2026-03-07', '--days', '14', '--service', 'mail', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      due: '2026-03-26',
      dueInstant: '2026-03-27T04:00:00Z',
      raw: '2026-03-21',
      rolls: [
        { from: '2026-03-21', to: '2026-03-23', reason: expect.stringMatching(/Saturday/) },
        { from: '2026-03-23', to: '2026-03-26', reason: expect.stringMatching(/6\(d\)/) },
      ],
    });
  });

  it('hours take and give local date-times; backward, appellate and court options', () => {
    expect(JSON.parse(run(['--from', '2026-07-01T15:00', '--hours', '48', '--json']).stdout)).toMatchObject({
      due: '2026-07-06T15:00',
      dueInstant: '2026-07-06T19:00:00Z',
    });
    expect(JSON.parse(run(['--from', '2026-09-16', '--days', '10', '--backward', '--json']).stdout).due).toBe(
      '2026-09-04',
    );
    const frap = JSON.parse(
      run([
        '--from',
        '2026-07-24',
        '--days',
        '10',
        '--service',
        'mail',
        '--court',
        'ca6',
        '--appellate',
        '--json',
      ]).stdout,
    );
    expect(frap.rolls[0].reason).toMatch(/FRAP 26\(c\)/);
    expect(
      JSON.parse(run(['--from', '2026-04-01', '--days', '14', '--court', 'cand', '--json']).stdout)
        .dueInstant,
    ).toBe('2026-04-16T07:00:00Z');
    expect(JSON.parse(run(['--from', '2024-12-26', '--days', '14', '--json']).stdout)).toMatchObject({
      due: '2025-01-10',
      safeDue: '2025-01-09',
    });
  });

  it('prints a readable line without --json', () => {
    const r = run(['--from', '2026-06-19', '--days', '14']);
    expect(r.stdout).toMatch(/^Due 2026-07-06 \(computed 2026-07-03; .*Independence Day/);
  });

  it('refuses bad input with a message and exit code 1', () => {
    for (const args of [
      ['--from', 'tomorrow', '--days', '3'],
      ['--from', '2026-01-01', '--days', '3', '--court', 'zz'],
      ['--from', '2026-01-01', '--days', '3', '--months', '1'],
      ['--from', '2026-01-01', '--days', '-3'],
    ]) {
      const r = run(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^docketwatch: /);
    }
    expect(run(['--from', '2026-01-01', '--days', '3', '--service', 'pigeon']).code).not.toBe(0);
  });
});
