/** Small measurement helpers shared by the benchmark suites. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Run `fn` `rounds` times (after one warm-up) and return the median duration in milliseconds. */
export async function medianMs(rounds: number, fn: () => unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** `a` of `n` as a percentage with one decimal ("84.0 %"), "n/a %" when `n` is 0. */
export function percent(a: number, n: number): string {
  return `${n ? ((100 * a) / n).toFixed(1) : 'n/a'} %`;
}
