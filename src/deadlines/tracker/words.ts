/** The tracker's comparisons of descriptions and its wording of dates. */
import { DateTime } from 'luxon';

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REF = /\[(\d+)\]/g;

/**
 * A pure function of a string, remembered: the tracker compares every finding with every open
 * record, so the same few hundred descriptions are normalised over and over.
 */
function remembered<T>(fn: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) {
      if (memo.size > 50_000) memo.clear();
      v = fn(s);
      memo.set(s, v);
    }
    return v;
  };
}

/** "Response to [47] (local-rule default)" → "response to [47]". */
export const keyOf = remembered((what: string): string =>
  what
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(the|a|an)\b/g, ' ')
    .replace(/[^\w[\]]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' '),
);

export const refsOf = remembered((what: string): number[] =>
  [...what.matchAll(REF)].map((m) => Number(m[1])),
);

export const headWord = remembered((what: string) => keyOf(what).split(' ')[0] ?? '');

export const longDate = remembered((date: string): string => DateTime.fromISO(date).toFormat('LLLL d, yyyy'));

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
