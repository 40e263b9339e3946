/** Agreement with the shared labeled entries (`../shared/fixtures/entries/labeled-entries.json`). */
import { expect, it } from 'vitest';
import { FIELDS, score } from '../../../bench/accuracy.ts';
import { describeShared } from '../../../tests/support/shared.ts';

describeShared('extraction agrees with the labeled entries', () => {
  let scores: ReturnType<typeof score> | null = null;
  it.each(FIELDS)('%s at least 95 %%', (field) => {
    scores ??= score();
    const s = scores[field];
    expect(s.compared).toBeGreaterThan(0);
    expect(s.agreed / s.compared, JSON.stringify(s.misses)).toBeGreaterThanOrEqual(0.95);
  });
});
