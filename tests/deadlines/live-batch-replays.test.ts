/**
 * Live equals batch over every replay history. Each history is replayed through the real worker at
 * max speed, its entries arriving as the worker sees them (the feed's titles first, the docket
 * report's text later, an appeal's docket once a notice of appeal is read, documents after their
 * entry): after every round, for the case and each appeal linked to it, the live store says as of
 * the court's day what a derivation from scratch of the entries stored then says, and so does the
 * store read again afterwards as of every day a round reached (`LiveBatchWatch`,
 * tests/support/live-batch.ts).
 *
 * The histories a replay suite already replays (`replayedSuite`, `replayedFixtureSuite`) are
 * checked there, in the same replay (its test "live equals batch: …"), Hamama's too (the suites'
 * default history); this file replays the rest: try-out 13's histories (bench/tryouts/tryout13/),
 * any other bundled demo (src/demo/*.json) and any fixture of tests/fixtures/replay/ no suite names. Through the mails of the same rounds: no
 * message contradicts the stored posture at its date, and each change reaches each subscriber once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayed } from '../support/replayed.ts';
import { projectRoot } from '../support/shared.ts';

const jsonIn = (dir: string) =>
  readdirSync(join(projectRoot, dir))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => join(dir, f));

function testFiles(dir: string): string[] {
  return readdirSync(join(projectRoot, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? testFiles(join(dir, e.name))
      : e.name.endsWith('.test.ts')
        ? [readFileSync(join(projectRoot, dir, e.name), 'utf8')]
        : [],
  );
}

/** The fixtures a replay suite replays (and so checks live against batch). */
const suites = testFiles('tests').filter((t) => /replayed(?:Fixture)?Suite\(/.test(t));
const inSuite = (file: string) =>
  suites.some((t) => new RegExp(`[/'"]${basename(file).replace('.', '\\.')}['"]`).test(t));

const HISTORIES = [
  // The bundled Hamama history is the default of `replayedSuite` (paper-names, digest-turns, …).
  ...jsonIn('src/demo').filter((f) => basename(f) !== 'hamama.json'),
  ...jsonIn('bench/tryouts/tryout13'),
  ...jsonIn('tests/fixtures/replay').filter((f) => !inSuite(f)),
];

describe('live equals batch, every history no replay suite replays', () => {
  for (const file of HISTORIES)
    it(file, async () => {
      const history = JSON.parse(readFileSync(join(projectRoot, file), 'utf8')) as {
        court: string;
        docketNumber: string;
      };
      const run = await replayed({
        caseKey: `${history.court}:${history.docketNumber}`,
        history,
        subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
      });
      try {
        expect(run.rounds.rounds.length).toBeGreaterThan(1);
        expect(run.liveBatch).toEqual([]);
        expect(contradictions(run.rounds.rounds).found).toEqual([]);
        expect(repeats(run.rounds.rounds)).toEqual([]);
      } finally {
        await run.close();
      }
    }, 600_000);
});
