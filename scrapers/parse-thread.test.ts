/**
 * The parse thread (`parse-thread.ts`): a large document is parsed off the main thread while the
 * event loop keeps turning, and the answer is the one the source's own `parse` gives here — the
 * same result on every fixture (the repository's, for every built-in source, and the shared
 * corpus's, for the source that reads its kind), the same error class, code and message for bad
 * input. A thread that dies (here: out of its heap) fails that one parse with `ParseThreadError`,
 * and the next document gets a new thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DocketwatchError, InputError, ParseThreadError } from '../src/errors.ts';
import { CORPUS_FOLDERS, corpusPairs } from '../tests/support/corpus.ts';
import { generatedDocketReport } from '../tests/support/docket-report.ts';
import { describeShared } from '../tests/support/shared.ts';
import { nefInboundSource } from './nef-inbound/index.ts';
import { pacerDocketPublicSource } from './pacer-docket-public/index.ts';
import { pacerRssSource } from './pacer-rss/index.ts';
import { OFF_THREAD_BYTES, ParseThread, parseDocument, sharedParseThread } from './parse-thread.ts';
import { SOURCES } from './registry.ts';
import type { DocketSource, RawDocument, SourceParseResult } from './types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const miedCivil = readFileSync(join(here, 'pacer/fixtures/district-mied-civil.html'), 'latin1');
const docketConfig = {
  url: 'http://127.0.0.1:8090/cgi-bin/DktRpt.pl?321000',
  court: 'mied',
  kind: 'pacer-docket',
} as const;

function document(body: Uint8Array, url = 'http://127.0.0.1:8090/page'): RawDocument {
  return { url, finalUrl: url, contentType: 'text/html', body, fetchedAt: '2026-12-06T05:00:00.000Z' };
}

type Outcome = { result: SourceParseResult } | { error: Error };

function inThread<C>(source: DocketSource<C>, doc: RawDocument, config: C): Outcome {
  try {
    return { result: source.parse(doc, config) };
  } catch (err) {
    return { error: err as Error };
  }
}

/**
 * An error as a caller sees it: docketwatch's own with its class, code, message and fields; any
 * other (a library's) by its name and message, which is what the record keeps of it.
 */
function seen(outcome: Outcome) {
  if ('result' in outcome) return outcome;
  const { error } = outcome;
  if (!(error instanceof DocketwatchError)) return { error: { name: error.name, message: error.message } };
  const { stack: _, ...fields } = Object.fromEntries(Object.entries(error));
  return { error: { class: error.constructor, message: error.message, fields } };
}

const threads: ParseThread[] = [];
const thread = (options?: ConstructorParameters<typeof ParseThread>[0]) => {
  const t = new ParseThread(options);
  threads.push(t);
  return t;
};
afterAll(async () => {
  for (const t of threads) await t.close();
  await sharedParseThread().close();
});

describe('a large docket report', () => {
  it('is parsed off the main thread, the event loop turning meanwhile, to the same result', async () => {
    const doc = document(
      Buffer.from(generatedDocketReport({ template: miedCivil, entries: 2000, seed: 1 }), 'latin1'),
    );
    expect(doc.body.byteLength).toBeGreaterThanOrEqual(OFF_THREAD_BYTES);
    const before = sharedParseThread().parsed;
    let turns = 0;
    let turning = true;
    const turn = () => {
      turns++;
      if (turning) setImmediate(turn);
    };
    setImmediate(turn);
    const result = await parseDocument(pacerDocketPublicSource, doc, docketConfig);
    turning = false;
    expect(sharedParseThread().parsed).toBe(before + 1);
    // Parsed here, the event loop would not have turned once: `parse` is synchronous.
    expect(turns).toBeGreaterThan(0);
    expect(result.cases[0]!.entries).toHaveLength(2000);
    expect(result).toStrictEqual(pacerDocketPublicSource.parse(doc, docketConfig));
  });

  it('a small document is parsed where it is', async () => {
    const doc = document(Buffer.from(miedCivil, 'latin1'));
    expect(doc.body.byteLength).toBeLessThan(OFF_THREAD_BYTES);
    const before = sharedParseThread().parsed;
    const result = await parseDocument(pacerDocketPublicSource, doc, docketConfig);
    expect(sharedParseThread().parsed).toBe(before);
    expect(result).toStrictEqual(pacerDocketPublicSource.parse(doc, docketConfig));
  });

  it('bad input gives the same clear error from the thread as here', async () => {
    const binary = document(new Uint8Array(OFF_THREAD_BYTES * 2).fill(0));
    const err = await parseDocument(pacerDocketPublicSource, binary, docketConfig).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(seen({ error: err as Error })).toStrictEqual(
      seen(inThread(pacerDocketPublicSource, binary, docketConfig)),
    );
    expect((err as InputError).code).toBe('EINPUT');
    expect((err as Error).message).toMatch(/binary/);
  });
});

describe('a parse thread that dies', () => {
  it('fails the parse it was doing with ParseThreadError, and the next document gets a new thread', async () => {
    const t = thread({ resourceLimits: { maxOldGenerationSizeMb: 32 } });
    const small = document(Buffer.from(miedCivil, 'latin1'));
    const huge = document(
      Buffer.from(generatedDocketReport({ template: miedCivil, entries: 40_000, seed: 2 }), 'latin1'),
    );
    const [first, crashed, after] = await Promise.allSettled([
      t.parse(pacerDocketPublicSource, small, docketConfig),
      t.parse(pacerDocketPublicSource, huge, docketConfig),
      t.parse(pacerDocketPublicSource, small, docketConfig),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(crashed.status).toBe('rejected');
    const reason = (crashed as PromiseRejectedResult).reason as ParseThreadError;
    expect(reason).toBeInstanceOf(ParseThreadError);
    expect(reason.code).toBe('EPARSETHREAD');
    expect(reason.message).toMatch(/memory/);
    // The document queued behind the one that killed the thread is parsed by a new one.
    expect(after).toStrictEqual({
      status: 'fulfilled',
      value: pacerDocketPublicSource.parse(small, docketConfig),
    });
    expect(t.started).toBe(2);
  });
});

/** Every fixture file of the repository's sources. */
function repositoryFixtures(): { name: string; body: Uint8Array }[] {
  return readdirSync(here, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const dir = join(here, d.name, 'fixtures');
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        return [];
      }
      return names.map((n) => ({ name: `${d.name}/${n}`, body: readFileSync(join(dir, n)) }));
    });
}

describe('on the thread as here', () => {
  it('every built-in source gives the same result or error for every repository fixture', async () => {
    const t = thread();
    const cases = SOURCES.flatMap((source) =>
      repositoryFixtures().map((f) => ({ source, name: f.name, doc: document(f.body) })),
    );
    const off = await Promise.all(
      cases.map(({ source, doc }) =>
        t.parse(source, doc, source.exampleConfig).then(
          (result): Outcome => ({ result }),
          (error: Error): Outcome => ({ error }),
        ),
      ),
    );
    const results = cases.filter((_, i) => 'result' in off[i]!).length;
    expect(results).toBeGreaterThan(cases.length / 4);
    for (const [i, c] of cases.entries())
      expect(seen(off[i]!), `${c.source.id} on ${c.name}`).toStrictEqual(
        seen(inThread(c.source, c.doc, c.source.exampleConfig)),
      );
  });
});

describeShared('on the thread as here, the shared corpus', () => {
  /** The source that reads each folder's kind, and its config for a page of court `court`. */
  const readers: Record<string, (court: string) => [DocketSource<unknown>, unknown]> = {
    'pacer-docket': (court) => [pacerDocketPublicSource as DocketSource<unknown>, { ...docketConfig, court }],
    'pacer-appellate': (court) => [
      pacerDocketPublicSource as DocketSource<unknown>,
      { ...docketConfig, court, kind: 'pacer-appellate' },
    ],
    'pacer-history': (court) => [
      pacerDocketPublicSource as DocketSource<unknown>,
      { ...docketConfig, court },
    ],
    'pacer-rss': (court) => [pacerRssSource as DocketSource<unknown>, { court }],
    'pacer-nef': () => [nefInboundSource as DocketSource<unknown>, {}],
    'not-docket': (court) => [pacerDocketPublicSource as DocketSource<unknown>, { ...docketConfig, court }],
  };

  it('every page gives the same result or error as the source that reads its kind', async () => {
    const t = thread();
    const cases = corpusPairs(Object.keys(CORPUS_FOLDERS)).map((p) => {
      const court = p.id.split('/')[1]!.split(/[_.]/)[0]!;
      const [source, config] = readers[p.kind]!(court);
      return { id: p.id, source, config, doc: document(readFileSync(p.input)) };
    });
    expect(cases.length).toBeGreaterThan(200);
    const off = await Promise.all(
      cases.map(({ source, doc, config }) =>
        t.parse(source, doc, config).then(
          (result): Outcome => ({ result }),
          (error: Error): Outcome => ({ error }),
        ),
      ),
    );
    for (const [i, c] of cases.entries())
      expect(seen(off[i]!), c.id).toStrictEqual(seen(inThread(c.source, c.doc, c.config)));
  });
});
