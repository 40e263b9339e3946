/**
 * Deadline arithmetic under FRCP 6(a)/(d) and FRAP 26(a)/(c), in the court's time zone.
 *
 * - Day periods: exclude the trigger day, count every day, and if the last day is a Saturday,
 *   Sunday or legal holiday run to the next day that is not (6(a)(1)); a period measured backward
 *   from an event rolls backward instead (6(a)(5)).
 * - Hour periods: count every hour (elapsed hours by default); a period ending on a
 *   Saturday/Sunday/holiday runs to the same time on the next day that is not one (6(a)(2)).
 * - Months (the rule is silent): same day of the month, constrained to the month's last day.
 * - Business days: count only days that are not Saturdays, Sundays or legal holidays.
 * - 6(d) / FRAP 26(c): three days are added after the period would otherwise expire (after the
 *   roll), then the result is rolled again; for mail, clerk and consented service, and for
 *   electronic service only when served before Dec 1, 2016.
 * - 6(a)(3): a last day on which the clerk's office is inaccessible moves forward to the first
 *   accessible day that is not a Saturday, Sunday or legal holiday.
 * - A fixed date set by an order is not rolled.
 * The last day ends at midnight in the court's time zone for electronic filing (6(a)(4)(A)):
 * `dueInstant` is that instant in UTC. Reading-dependent choices are options, documented in
 * docs/deadlines.md.
 */
import { DateTime } from 'luxon';
import { getCourt } from '../courts.ts';
import { InputError } from '../errors.ts';
import { type Holiday, holidayOn, isWeekend } from './holidays.ts';

export type Direction = 'after' | 'before';
export type Service = 'electronic' | 'mail' | 'clerk' | 'consent' | 'personal' | 'none';
export type Regime = 'FRCP' | 'FRAP';
export type CountUnit = 'days' | 'business_days' | 'weeks' | 'months' | 'hours';

export interface CalendarOptions {
  /** CM/ECF court id; gives the time zone and state. Default `mied`. */
  court?: string;
  /** `FRAP` for courts of appeals (the default there), `FRCP` otherwise. */
  regime?: Regime;
  /** How the paper that starts the period was served (6(d) / FRAP 26(c)). Default `electronic`. */
  service?: Service;
  /** `maintained` (default): days in declared-holidays.json count as 6(a)(6)(B) holidays; `none`: they do not. */
  declaredHolidays?: 'maintained' | 'none';
  /** Further days declared a holiday (`YYYY-MM-DD`). */
  extraDeclaredHolidays?: readonly string[];
  /** Count the state's legal holidays in forward periods (6(a)(6)(C)). Default false. */
  includeStateHolidays?: boolean;
  /** State whose holidays count, when it is not the court's (e.g. FRAP 26(a)(6)(C)). */
  state?: string;
  /** Days the clerk's office (CM/ECF) was inaccessible (6(a)(3)). */
  inaccessible?: readonly string[];
  /** `elapsed` (default): 72 hours are 72 real hours, across DST changes; `wall-clock`: the clock reading moves by 72. */
  hourCounting?: 'elapsed' | 'wall-clock';
  /** `clamp` (default): Jan 31 + 1 month = Feb 28; `end-of-month`: a month-end trigger gives the target month's end. */
  monthEnd?: 'clamp' | 'end-of-month';
  /** Recurring obligations: `nominal` (default) counts each occurrence from the schedule; `rolled` from the previous rolled date. */
  recurrenceAnchor?: 'nominal' | 'rolled';
}

export interface PeriodRequest {
  /** Trigger date `YYYY-MM-DD` (for hours: local `YYYY-MM-DDTHH:MM` in the court's zone). */
  from: string;
  n: number;
  unit: CountUnit;
  /** `before` for periods measured back from an event ("14 days before the hearing"). Default `after`. */
  direction?: Direction;
}

export interface Roll {
  from: string;
  to: string;
  reason: string;
}

export interface ComputedDeadline {
  /** Last day (`YYYY-MM-DD`), or local date-time for hour periods. */
  due: string;
  /** `from ± period` before any roll or added days. */
  raw: string;
  /** The instant the period ends, UTC ISO: midnight after the last day in the court's zone, or the due time. */
  dueInstant: string;
  rolls: Roll[];
  court: string;
  tz: string;
  regime: Regime;
  /** Days added for the manner of service (0 or 3). */
  serviceDaysAdded: number;
  /** The earlier due date under the narrowest reading (no declared or state holidays), when it differs. */
  safeDue?: string;
  /** Things a person should know (a fixed date on a weekend, …). */
  warnings: string[];
}

/** A fully resolved calendar: the court's zone and what counts as a holiday. */
interface Ctx {
  court: string;
  tz: string;
  regime: Regime;
  state: string | null;
  declared: boolean;
  extraDeclared: readonly string[];
  includeState: boolean;
  inaccessible: ReadonlySet<string>;
  hourCounting: 'elapsed' | 'wall-clock';
  monthEnd: 'clamp' | 'end-of-month';
  recurrenceAnchor: 'nominal' | 'rolled';
  service: Service;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
/** FRCP 6(d) stopped adding days for electronic service on this date. */
const ELECTRONIC_SERVICE_AMENDMENT = '2016-12-01';
/** Bounds: a period longer than this is a typo, not a deadline. */
const MAX_DAYS = 3660;

function resolve(options: CalendarOptions = {}): Ctx {
  const court = getCourt(options.court ?? 'mied');
  return {
    court: court.id,
    tz: court.tz,
    regime: options.regime ?? (court.type === 'appellate' ? 'FRAP' : 'FRCP'),
    state: options.state ?? court.state,
    declared: (options.declaredHolidays ?? 'maintained') === 'maintained',
    extraDeclared: options.extraDeclaredHolidays ?? [],
    includeState: options.includeStateHolidays ?? false,
    inaccessible: new Set(options.inaccessible ?? []),
    hourCounting: options.hourCounting ?? 'elapsed',
    monthEnd: options.monthEnd ?? 'clamp',
    recurrenceAnchor: options.recurrenceAnchor ?? 'nominal',
    service: options.service ?? 'electronic',
  };
}

function parseDate(s: string, what = 'date'): DateTime {
  const d = DATE.test(s) ? DateTime.fromISO(s, { zone: 'utc' }) : null;
  if (!d?.isValid) throw new InputError(`${what} "${s}" is not a valid YYYY-MM-DD date`);
  return d;
}

const iso = (d: DateTime) => d.toISODate()!;
const addDays = (date: string, n: number) => iso(parseDate(date).plus({ days: n }));
const dayName = (date: string) => parseDate(date).toFormat('ccc');

/** Why `date` is not a day to end a period on, or `null` when it is one. */
function nonBusinessReason(date: string, ctx: Ctx, direction: Direction): string | null {
  const w = parseDate(date).weekday;
  if (w === 6) return `${date} is a Saturday`;
  if (w === 7) return `${date} is a Sunday`;
  const h = holidayFor(date, ctx, direction);
  return h ? `${dayName(date)} ${date} is ${describeHoliday(h)}` : null;
}

function holidayFor(date: string, ctx: Ctx, direction: Direction): Holiday | null {
  return holidayOn(date, {
    declared: ctx.declared,
    extraDeclared: ctx.extraDeclared,
    // 6(a)(6)(C): state holidays count only for periods measured forward.
    state: ctx.includeState && direction === 'after' ? ctx.state : null,
  });
}

function describeHoliday(h: Holiday): string {
  const observed = h.actual ? `, observed (the day itself is ${h.actual})` : '';
  const kind =
    h.kind === 'federal'
      ? 'a legal holiday'
      : h.kind === 'declared'
        ? 'a day declared a holiday'
        : 'a state holiday';
  return `${h.name}${observed}: ${kind}`;
}

/** Roll `date` off weekends and holidays in `step` direction (+1 forward, −1 backward). */
function roll(
  date: string,
  ctx: Ctx,
  direction: Direction,
  step: 1 | -1,
  rolls: Roll[],
  rule: string,
): string {
  const reasons: string[] = [];
  let d = date;
  for (
    let reason = nonBusinessReason(d, ctx, direction);
    reason;
    reason = nonBusinessReason(d, ctx, direction)
  ) {
    reasons.push(reason);
    d = addDays(d, step);
  }
  if (d !== date) rolls.push({ from: date, to: d, reason: `${rule}: ${reasons.join('; ')}` });
  return d;
}

/** 6(a)(3)(A): an inaccessible last day moves forward to the first accessible business day. */
function skipInaccessible(date: string, ctx: Ctx, direction: Direction, rolls: Roll[]): string {
  if (!ctx.inaccessible.has(date)) return date;
  let d = date;
  const reasons: string[] = [];
  while (ctx.inaccessible.has(d) || nonBusinessReason(d, ctx, direction)) {
    reasons.push(
      ctx.inaccessible.has(d) ? `clerk's office inaccessible on ${d}` : nonBusinessReason(d, ctx, direction)!,
    );
    d = addDays(d, 1);
  }
  const rule = ctx.regime === 'FRAP' ? 'FRAP 26(a)(3)' : 'FRCP 6(a)(3)';
  rolls.push({ from: date, to: d, reason: `${rule}: ${reasons.join('; ')}` });
  return d;
}

function addsServiceDays(service: Service, servedOn: string): boolean {
  if (service === 'mail' || service === 'clerk' || service === 'consent') return true;
  return service === 'electronic' && servedOn < ELECTRONIC_SERVICE_AMENDMENT;
}

function endOfDayInstant(date: string, tz: string): string {
  const start = DateTime.fromISO(date, { zone: tz }).plus({ days: 1 }).startOf('day');
  return start.toUTC().toISO({ suppressMilliseconds: true })!;
}

function checkPeriod(req: PeriodRequest): void {
  if (!Number.isInteger(req.n) || req.n < 0)
    throw new InputError(`period must be a whole number ≥ 0, got ${req.n}`);
  const days =
    req.unit === 'hours'
      ? req.n / 24
      : req.unit === 'months'
        ? req.n * 31
        : req.unit === 'weeks'
          ? req.n * 7
          : req.n;
  if (days > MAX_DAYS)
    throw new InputError(`period of ${req.n} ${req.unit} is longer than ten years; check the input`);
}

/**
 * The last day of a term an order or decree runs for ("for thirty-six (36) months from entry", "a
 * stay of fourteen days", "extended for one year"): counted as a period is, but never rolled — Rule
 * 6(a)(1)(C) and FRAP 26(a)(1)(C) move the last day to act (to file a paper), not the day relief
 * ends; no days are added for service. `YYYY-MM-DD`.
 */
export function termEnds(req: PeriodRequest, options: CalendarOptions = {}): string {
  return computeDeadline(req, { ...options, service: 'none' }).raw.slice(0, 10);
}

/** Compute the last day of a period. */
export function computeDeadline(req: PeriodRequest, options: CalendarOptions = {}): ComputedDeadline {
  checkPeriod(req);
  const ctx = resolve(options);
  const result = req.unit === 'hours' ? computeHours(req, ctx) : computeDays(req, ctx);
  if (ctx.declared || ctx.includeState || ctx.extraDeclared.length > 0) {
    const narrow = { ...ctx, declared: false, includeState: false, extraDeclared: [] };
    const safe = req.unit === 'hours' ? computeHours(req, narrow) : computeDays(req, narrow);
    if (safe.due !== result.due) result.safeDue = safe.due;
  }
  return result;
}

function computeDays(req: PeriodRequest, ctx: Ctx): ComputedDeadline {
  const direction = req.direction ?? 'after';
  const sign = direction === 'after' ? 1 : -1;
  const from = parseDate(req.from, 'trigger date');
  const rule = ctx.regime === 'FRAP' ? 'FRAP 26(a)' : 'FRCP 6(a)';
  const rolls: Roll[] = [];
  let raw: string;
  if (req.unit === 'days' || req.unit === 'weeks') {
    raw = iso(from.plus({ days: sign * req.n * (req.unit === 'weeks' ? 7 : 1) }));
  } else if (req.unit === 'months') {
    raw = iso(addMonths(from, sign * req.n, ctx));
  } else {
    // Business days: only days that are not Saturdays, Sundays or legal holidays count.
    let d = iso(from);
    for (let counted = 0; counted < req.n; ) {
      d = addDays(d, sign);
      if (!nonBusinessReason(d, ctx, direction)) counted++;
    }
    raw = d;
  }
  let due = roll(
    raw,
    ctx,
    direction,
    sign as 1 | -1,
    rolls,
    `${rule}(${direction === 'after' ? '1)(C' : '5'})`,
  );
  due = skipInaccessible(due, ctx, direction, rolls);
  let serviceDaysAdded = 0;
  if (
    ctx.service !== 'electronic' &&
    ctx.service !== 'personal' &&
    ctx.service !== 'none' &&
    direction === 'before'
  ) {
    throw new InputError(
      `${ctx.regime === 'FRAP' ? 'FRAP 26(c)' : 'FRCP 6(d)'} adds days only to periods that run after service; a period measured back from an event takes no service days`,
    );
  }
  if (direction === 'after' && addsServiceDays(ctx.service, iso(from))) {
    serviceDaysAdded = 3;
    const added = addDays(due, 3);
    const rule3 = ctx.regime === 'FRAP' ? 'FRAP 26(c)' : 'FRCP 6(d)';
    rolls.push({
      from: due,
      to: added,
      reason: `${rule3}: 3 days added after the period expires (service: ${ctx.service})`,
    });
    due = roll(added, ctx, direction, 1, rolls, `${rule3} then ${rule}(1)(C)`);
    due = skipInaccessible(due, ctx, direction, rolls);
  }
  return computed(ctx, { due, raw, dueInstant: endOfDayInstant(due, ctx.tz), rolls, serviceDaysAdded });
}

function addMonths(from: DateTime, months: number, ctx: Ctx): DateTime {
  const target = from.plus({ months }); // luxon constrains to the month's last day
  if (ctx.monthEnd === 'end-of-month' && from.day === from.daysInMonth)
    return target.endOf('month').startOf('day');
  return target;
}

function computeHours(req: PeriodRequest, ctx: Ctx): ComputedDeadline {
  if (!LOCAL_DATETIME.test(req.from)) {
    throw new InputError(
      `an hour period starts at a local date-time such as 2026-05-06T09:00, got "${req.from}"`,
    );
  }
  const start = DateTime.fromISO(req.from, { zone: ctx.tz });
  if (!start.isValid) throw new InputError(`"${req.from}" is not a valid date-time`);
  const direction = req.direction ?? 'after';
  const sign = direction === 'after' ? 1 : -1;
  const end =
    ctx.hourCounting === 'elapsed'
      ? start.plus({ hours: sign * req.n })
      : DateTime.fromObject(
          DateTime.fromISO(req.from, { zone: 'utc' })
            .plus({ hours: sign * req.n })
            .toObject(),
          { zone: ctx.tz },
        );
  const local = (d: DateTime) => d.toFormat("yyyy-MM-dd'T'HH:mm");
  const raw = local(end);
  const rolls: Roll[] = [];
  const rule = ctx.regime === 'FRAP' ? 'FRAP 26(a)(2)(C)' : 'FRCP 6(a)(2)(C)';
  let dueDate = roll(iso(end), ctx, direction, sign as 1 | -1, [], rule);
  dueDate = skipInaccessible(dueDate, ctx, direction, []);
  let serviceDaysAdded = 0;
  if (direction === 'after' && addsServiceDays(ctx.service, req.from.slice(0, 10))) {
    serviceDaysAdded = 3;
    dueDate = roll(addDays(dueDate, 3), ctx, direction, 1, [], rule);
  }
  const due = DateTime.fromObject(
    { ...parseDate(dueDate).toObject(), hour: end.hour, minute: end.minute, second: 0, millisecond: 0 },
    { zone: ctx.tz },
  );
  if (local(due) !== raw) {
    rolls.push({
      from: raw,
      to: local(due),
      reason: `${rule}: the period runs until the same time on the next day that is not a Saturday, Sunday or legal holiday${serviceDaysAdded ? ', plus 3 days for the manner of service' : ''} (${nonBusinessReason(iso(end), ctx, direction) ?? 'service days'})`,
    });
  }
  return computed(ctx, {
    due: local(due),
    raw,
    dueInstant: due.toUTC().toISO({ suppressMilliseconds: true })!,
    rolls,
    serviceDaysAdded,
  });
}

/** A computed deadline with the court, zone and rules it was computed under. */
function computed(
  ctx: Ctx,
  result: Pick<ComputedDeadline, 'due' | 'raw' | 'dueInstant' | 'rolls' | 'serviceDaysAdded'>,
): ComputedDeadline {
  return { ...result, court: ctx.court, tz: ctx.tz, regime: ctx.regime, warnings: [] };
}

/**
 * A date fixed by an order ("on or before July 8, 2017"): 6(a) computes periods, not fixed dates,
 * so it is not rolled; a warning says when it falls on a weekend or holiday.
 */
export function fixedDeadline(
  date: string,
  options: CalendarOptions & { dueTime?: string | null } = {},
): ComputedDeadline {
  const ctx = resolve(options);
  parseDate(date, 'due date');
  const warnings: string[] = [];
  const reason = nonBusinessReason(date, ctx, 'after');
  if (reason) warnings.push(`fixed date not rolled although ${reason}`);
  let dueInstant = endOfDayInstant(date, ctx.tz);
  if (options.dueTime) {
    const at = DateTime.fromISO(`${date}T${options.dueTime}`, { zone: ctx.tz });
    if (!at.isValid) throw new InputError(`due time "${options.dueTime}" is not HH:MM`);
    dueInstant = at.toUTC().toISO({ suppressMilliseconds: true })!;
  }
  return {
    due: date,
    raw: date,
    dueInstant,
    rolls: [],
    court: ctx.court,
    tz: ctx.tz,
    regime: ctx.regime,
    serviceDaysAdded: 0,
    warnings,
  };
}

/**
 * Where in each month (or each run of `every` months) a monthly duty falls, when the order says so:
 * the Nth day ("the fifteenth day of each month"; `n` −1: the last day), the Nth business day ("the
 * fifth business day of each month"; −1: "the last business day"), the Nth weekday ("the first
 * Monday of each month"; −1: the last), or a number of days after the period's end ("within thirty
 * days after the end of each calendar quarter"; quarters and years are the calendar's).
 */
export type DayInPeriod = OneDayInPeriod | { kind: 'days-of-month'; each: OneDayInPeriod[] };
/** One stated day in each period; `days-of-month`: several ("on the 15th and the last day of each month"). */
export type OneDayInPeriod =
  | { kind: 'day'; n: number }
  | { kind: 'business-day'; n: number }
  | { kind: 'weekday'; weekday: number; n: number }
  | { kind: 'after-end'; days: number };

export interface RecurrenceSpec {
  every: number;
  unit: 'days' | 'weeks' | 'months';
  /** The date the schedule counts from. */
  anchor: string;
  /**
   * An explicit first due date. With `day`: the first occurrence is the first stated day on or
   * after it ("beginning December 1, 2026" for the last business day: December 31).
   */
  firstDue?: string | null;
  /** ISO weekday the occurrences fall on ("every other Monday"). */
  weekday?: number | null;
  /** For months: where in each period the occurrence falls (`DayInPeriod`). */
  day?: DayInPeriod | null;
}

/** The schedule of a recurring duty as read or tracked, counted from `anchor` (extra fields dropped). */
export function scheduleOf(r: Omit<RecurrenceSpec, 'anchor'>, anchor: string): RecurrenceSpec {
  return {
    every: r.every,
    unit: r.unit,
    anchor,
    firstDue: r.firstDue ?? null,
    weekday: r.weekday ?? null,
    day: r.day ?? null,
  };
}

/**
 * Occurrences of a recurring obligation, each rolled forward under 6(a)(1)(C): the first `count`,
 * or all whose nominal date is on or before `through`.
 */
export function recurringDeadlines(
  spec: RecurrenceSpec,
  limit: { count?: number; through?: string },
  options: CalendarOptions = {},
): ComputedDeadline[] {
  const ctx = resolve(options);
  if (!Number.isInteger(spec.every) || spec.every < 1)
    throw new InputError(`recurrence interval must be ≥ 1, got ${spec.every}`);
  const maxCount = Math.min(limit.count ?? 1000, 1000);
  if (spec.unit === 'months' && spec.day)
    return dayInPeriodOccurrences(spec, spec.day, maxCount, limit.through, ctx);
  const step = (d: DateTime, k: number) =>
    spec.unit === 'months'
      ? addMonths(d, k * spec.every, ctx)
      : d.plus({ days: k * spec.every * (spec.unit === 'weeks' ? 7 : 1) });
  const anchor = parseDate(spec.anchor, 'anchor');
  let first = spec.firstDue ? parseDate(spec.firstDue, 'first due date') : step(anchor, 1);
  if (spec.weekday && !spec.firstDue) first = first.plus({ days: (spec.weekday - first.weekday + 7) % 7 });
  // Counting from the anchor (not from a month-end-clamped first date) keeps Jan 31 → Feb 28 → Mar 31.
  const nominalAt = (k: number) => (spec.firstDue || spec.weekday ? step(first, k) : step(anchor, k + 1));
  const out: ComputedDeadline[] = [];
  let nominal = first;
  for (let k = 0; k < maxCount; k++) {
    if (limit.through && iso(nominal) > limit.through) break;
    const o = rolledOccurrence(nominal, ctx);
    out.push(o);
    nominal = ctx.recurrenceAnchor === 'rolled' ? step(parseDate(o.due), 1) : nominalAt(k + 1);
  }
  return out;
}

/**
 * The occurrences of a duty on a stated day of each month or period (`DayInPeriod`): one per
 * period, the first on or after `firstDue`, else the first after the anchor (the order's day) — for
 * days after a period's end, the first period that ends after it; several days of each month ("the 15th
 * and the last day"), each in its order. A day that falls on a weekend or legal holiday rolls
 * forward under 6(a)(1)(C); a business day is one already. A period with no such day (a fifth
 * Monday) has no occurrence.
 */
function dayInPeriodOccurrences(
  spec: RecurrenceSpec,
  day: DayInPeriod,
  maxCount: number,
  through: string | undefined,
  ctx: Ctx,
): ComputedDeadline[] {
  const anchor = parseDate(spec.anchor, 'anchor');
  const first = spec.firstDue ? parseDate(spec.firstDue, 'first due date') : null;
  const lower = first ?? anchor.plus({ days: 1 });
  // Calendar quarters and years run from January; other runs of months from the first one due.
  const calendarAligned = day.kind === 'after-end' && 12 % spec.every === 0;
  let period = lower.startOf('month').minus({ months: day.kind === 'after-end' ? spec.every : 0 });
  if (calendarAligned) period = period.set({ month: period.month - ((period.month - 1) % spec.every) });
  const out: ComputedDeadline[] = [];
  for (
    let guard = 0;
    out.length < maxCount && guard < maxCount + 24;
    guard++, period = period.plus({ months: spec.every })
  ) {
    const days = day.kind === 'days-of-month' ? day.each : [day];
    const nominals = days
      .map((d) => dayOfPeriod(period, spec.every, d, ctx))
      .filter((d): d is DateTime => d !== null)
      .sort((a, b) => a.toMillis() - b.toMillis());
    let past = false;
    for (const [i, nominal] of nominals.entries()) {
      if (nominal < lower || (i > 0 && nominal.equals(nominals[i - 1]!))) continue;
      // Days after a period's end, with no first date said: the first period that ends after the order.
      if (!first && day.kind === 'after-end' && nominal.minus({ days: day.days }) <= anchor) continue;
      if ((through && iso(nominal) > through) || out.length >= maxCount) {
        past = true;
        break;
      }
      out.push(rolledOccurrence(nominal, ctx));
    }
    if (past) break;
  }
  return out;
}

/**
 * One occurrence of a recurring duty on its nominal day: a weekend or legal holiday (or a day the
 * clerk's office was inaccessible) rolls it forward under FRCP 6(a)(1)(C) (FRAP 26(a)(1)(C) on appeal).
 */
function rolledOccurrence(nominal: DateTime, ctx: Ctx): ComputedDeadline {
  const rolls: Roll[] = [];
  const rule = ctx.regime === 'FRAP' ? 'FRAP 26(a)(1)(C)' : 'FRCP 6(a)(1)(C)';
  const due = skipInaccessible(roll(iso(nominal), ctx, 'after', 1, rolls, rule), ctx, 'after', rolls);
  return {
    due,
    raw: iso(nominal),
    dueInstant: endOfDayInstant(due, ctx.tz),
    rolls,
    court: ctx.court,
    tz: ctx.tz,
    regime: ctx.regime,
    serviceDaysAdded: 0,
    warnings: [],
  };
}

/** The stated day of the period of `every` months that starts with `month` (its first day), or null. */
function dayOfPeriod(month: DateTime, every: number, day: OneDayInPeriod, ctx: Ctx): DateTime | null {
  const lastDay = month.endOf('month').startOf('day');
  switch (day.kind) {
    case 'after-end':
      return month.plus({ months: every }).minus({ days: 1 }).plus({ days: day.days });
    case 'day':
      return day.n < 0 || day.n > lastDay.day ? lastDay : month.set({ day: day.n });
    case 'business-day': {
      const days: DateTime[] = [];
      for (let d = month; d <= lastDay; d = d.plus({ days: 1 }))
        if (!nonBusinessReason(iso(d), ctx, 'after')) days.push(d);
      return (day.n < 0 ? days.at(-1) : days[day.n - 1]) ?? null;
    }
    case 'weekday': {
      const firstOne = month.plus({ days: (day.weekday - month.weekday + 7) % 7 });
      const all = [0, 1, 2, 3, 4]
        .map((k) => firstOne.plus({ weeks: k }))
        .filter((d) => d.month === month.month);
      return (day.n < 0 ? all.at(-1) : all[day.n - 1]) ?? null;
    }
  }
}

/** Whether a civil date is a day a period may end on (not a weekend, not a legal holiday) in this calendar. */
export function isBusinessDay(date: string, options: CalendarOptions = {}): boolean {
  const ctx = resolve(options);
  return !isWeekend(date) && !nonBusinessReason(date, ctx, 'after');
}

/** Whole days from `asOf` to `due` (both civil dates); negative when past. */
export function daysBetween(asOf: string, due: string): number {
  return Math.round(parseDate(due.slice(0, 10)).diff(parseDate(asOf.slice(0, 10)), 'days').days);
}
