/**
 * Every parser output, for the shared corpus and the repository's fixtures, is what it was when
 * the snapshot was last renewed: a parser change (for speed, say) that alters any output fails
 * here. When a change is meant, renew the hashes with `npx tsx bench/parse-snapshot.ts hashes` and
 * say why in the commit; `bench/parse-snapshot.ts save|compare` shows what changed.
 */
import { describe, expect, it } from 'vitest';
import { changedOutputs } from '../support/parse-outputs.ts';
import { hasShared } from '../support/shared.ts';

describe('parser outputs against the snapshot', () => {
  it(`match tests/corpus/parse-snapshot.json (${hasShared ? 'shared corpus and own fixtures' : 'own fixtures only: the shared corpus is absent'})`, () => {
    const { compared, changed, missing } = changedOutputs();
    expect(compared).toBeGreaterThan(0);
    expect({ changed, missing }).toEqual({ changed: [], missing: [] });
  });
});
