/**
 * A source's health, decided in one place. A poll either succeeds (fetched or not modified) or
 * fails with a typed error; `nextHealth` turns the previous health and the outcome into the new
 * one and the event (if any) that maintainers are alerted by. Staleness is read off the clock:
 * no success within `staleFactor` times the source's schedule interval.
 */
import { LayoutChangedError } from '../errors.ts';

export type Health = 'new' | 'ok' | 'failing' | 'down' | 'layout_changed';
export type HealthEventType = 'source.down' | 'source.recovered' | 'source.layout_changed';

export interface HealthBefore {
  health: string;
  consecutiveFailures: number;
}

export interface HealthAfter {
  health: Health;
  consecutiveFailures: number;
  event: HealthEventType | null;
}

/** Consecutive failures after which a source is `down` (one failure is often a blip). */
export const DOWN_AFTER = 3;

export function nextHealth(before: HealthBefore, error: unknown | null, downAfter = DOWN_AFTER): HealthAfter {
  if (error === null) {
    const wasBroken = before.health === 'down' || before.health === 'layout_changed';
    return { health: 'ok', consecutiveFailures: 0, event: wasBroken ? 'source.recovered' : null };
  }
  const failures = before.consecutiveFailures + 1;
  if (error instanceof LayoutChangedError) {
    // Reported at once: a changed page does not fix itself, and its entries are not "removed".
    const event = before.health === 'layout_changed' ? null : 'source.layout_changed';
    return { health: 'layout_changed', consecutiveFailures: failures, event };
  }
  if (failures >= downAfter) {
    return {
      health: 'down',
      consecutiveFailures: failures,
      event: before.health === 'down' ? null : 'source.down',
    };
  }
  // A source already reported down or changed stays so until it succeeds.
  const keep = before.health === 'down' || before.health === 'layout_changed';
  return { health: keep ? (before.health as Health) : 'failing', consecutiveFailures: failures, event: null };
}

export function isStale(
  lastSuccessAt: string | null,
  since: string,
  intervalMs: number,
  now: number,
  staleFactor = 3,
): boolean {
  const reference = Date.parse(lastSuccessAt ?? since);
  return now - reference > staleFactor * intervalMs;
}

/**
 * The longest gap between two runs of a 5-field cron expression (minute hour day month weekday),
 * found by walking a week minute by minute. Supports `*`, `N`, `A-B`, lists and `/step`.
 */
export function cronIntervalMs(expression: string): number {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`"${expression}" is not a 5-field cron expression`);
  const ranges: [number, number][] = [
    [0, 59],
    [0, 23],
    [1, 31],
    [1, 12],
    [0, 6],
  ];
  const sets = fields.map((f, i) => cronField(f, ranges[i]![0], ranges[i]![1]));
  const matches = (d: Date) =>
    sets[0]!.has(d.getUTCMinutes()) &&
    sets[1]!.has(d.getUTCHours()) &&
    sets[2]!.has(d.getUTCDate()) &&
    sets[3]!.has(d.getUTCMonth() + 1) &&
    sets[4]!.has(d.getUTCDay());
  const start = Date.UTC(2024, 0, 1);
  let first: number | null = null;
  let last: number | null = null;
  let gap = 0;
  for (let t = start; t < start + 8 * 86_400_000; t += 60_000) {
    if (!matches(new Date(t))) continue;
    if (last !== null) gap = Math.max(gap, t - last);
    first ??= t;
    last = t;
  }
  if (first === null || last === null) return 31 * 86_400_000;
  return gap === 0 ? 7 * 86_400_000 : gap;
}

function cronField(field: string, min: number, max: number): Set<number> {
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText ? Number(stepText) : 1;
    let lo = min;
    let hi = max;
    if (range !== '*') {
      const [a, b] = range!.split('-');
      lo = Number(a);
      hi = b === undefined ? (stepText ? max : lo) : Number(b);
    }
    if (![lo, hi, step].every(Number.isInteger) || step < 1)
      throw new Error(`cron field "${field}" is not understood`);
    for (let v = lo; v <= hi; v += step) out.add(max === 6 && v === 7 ? 0 : v);
  }
  return out;
}
