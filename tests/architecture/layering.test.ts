/**
 * The layering check (run by `npm test`, so by CI): no import cycle, no import up a layer, no
 * migration importing the app, and every test where DEVELOPERS.md says tests live. The layers are listed in `layers.ts`; `npx tsx
 * tests/architecture/layers.ts` prints what breaks them.
 */
import { describe, expect, it } from 'vitest';
import {
  importCycles,
  importGraph,
  LAYERS,
  layerOf,
  migrationImports,
  misplacedTests,
  upwardImports,
} from './layers.ts';

describe('layering', () => {
  const graph = importGraph();

  it('reads the whole production tree', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/sources/record.ts')).toContain('src/ingest/pipeline.ts');
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('imports only its own layer and those below', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('keeps migrations free of app code', () => {
    expect(migrationImports()).toEqual([]);
  });

  it('keeps each test where the rule in DEVELOPERS.md puts it', () => {
    expect(misplacedTests()).toEqual([]);
  });

  it('would catch a cycle and an upward import', () => {
    const bad = new Map([
      ['src/model/docket.ts', ['db/cases.ts']],
      ['db/cases.ts', ['src/model/docket.ts']],
    ]);
    expect(importCycles(bad)).toEqual([['db/cases.ts', 'src/model/docket.ts']]);
    expect(upwardImports(bad)).toEqual([
      `src/model/docket.ts → db/cases.ts (${LAYERS[layerOf('src/model/docket.ts')]!.name} imports ${LAYERS[layerOf('db/cases.ts')]!.name})`,
    ]);
  });
});
