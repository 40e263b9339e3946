/**
 * Runs of missing entry numbers. Numbers are sparse and can be far apart, so everything here works
 * on inclusive ranges, never on one row per number.
 */
export interface Range {
  first: number;
  last: number;
}

/** The runs missing between the smallest and largest of `numbers` (sorted ascending, unique). */
export function missingRanges(sorted: number[]): Range[] {
  const out: Range[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur > prev + 1) out.push({ first: prev + 1, last: cur - 1 });
  }
  return out;
}

/** `a` minus `b`; both sorted and non-overlapping. */
export function subtractRanges(a: Range[], b: Range[]): Range[] {
  const out: Range[] = [];
  let j = 0;
  for (const r of a) {
    let first = r.first;
    while (j < b.length && b[j]!.last < first) j++;
    let k = j;
    while (first <= r.last) {
      const cut = b[k];
      if (!cut || cut.first > r.last) {
        out.push({ first, last: r.last });
        break;
      }
      if (cut.first > first) out.push({ first, last: cut.first - 1 });
      first = Math.max(first, cut.last + 1);
      k++;
    }
  }
  return out;
}

/** The parts of `a` that overlap `b`; both sorted and non-overlapping. */
export function intersectRanges(a: Range[], b: Range[]): Range[] {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const first = Math.max(a[i]!.first, b[j]!.first);
    const last = Math.min(a[i]!.last, b[j]!.last);
    if (first <= last) out.push({ first, last });
    if (a[i]!.last < b[j]!.last) i++;
    else j++;
  }
  return out;
}

export function rangeSize(r: Range): number {
  return r.last - r.first + 1;
}
