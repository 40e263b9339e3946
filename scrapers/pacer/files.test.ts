/**
 * Many files parsed on worker threads give the answers parsed here give, in the order of the files;
 * threads are started only for enough input and an idle core, or as `DOCKETWATCH_PARSE_THREADS` says.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FileOutcome, parseFiles, parseThreads, THREADS_FROM_BYTES } from './files.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

async function answers(files: string[], threads: number): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for await (const answer of parseFiles(files, { kind: 'auto', court: null }, threads)) out.push(answer);
  return out;
}

describe('parseFiles', () => {
  it('gives the same answers in the same order on worker threads as here, failures included', async () => {
    const fixtures = readdirSync(FIXTURES)
      .filter((f) => !f.endsWith('.json'))
      .sort()
      .map((f) => join(FIXTURES, f));
    expect(fixtures.length).toBeGreaterThan(10);
    // Enough files that the threads, started while this one parses, take some of them.
    const files = [...fixtures, join(FIXTURES, 'no-such-file.html'), ...Array(8).fill(fixtures).flat()];
    const here = await answers(files, 0);
    expect(here.map((a) => a.file)).toEqual(files);
    expect(here.filter((a) => a.error !== undefined).length).toBeGreaterThan(0);
    expect(await answers(files, 2)).toEqual(here);
  }, 60_000);
});

describe('parseThreads', () => {
  const files = readdirSync(FIXTURES).map((f) => join(FIXTURES, f));

  it('starts none for one file, for little input or without an idle core', () => {
    expect(parseThreads(files.slice(0, 1), {}, 8, 0)).toBe(0);
    expect(parseThreads(files, {}, 1, 0)).toBe(0);
    expect(parseThreads(files, {}, 2, 1.1)).toBe(0);
    expect(
      parseThreads([join(FIXTURES, 'no-such-file.html'), join(FIXTURES, 'no-such-file-2.html')], {}, 8, 0),
    ).toBe(0);
  });

  it('starts one per idle core beyond this one for enough input, at most 4', () => {
    const many = Array.from({ length: 200 }, () => files).flat();
    expect(parseThreads(many, {}, 2, 0.2)).toBe(1);
    expect(parseThreads(many, {}, 8, 2)).toBe(4);
    expect(parseThreads(many, {}, 4, 1)).toBe(2);
    expect(THREADS_FROM_BYTES).toBeGreaterThan(0);
  });

  it('takes DOCKETWATCH_PARSE_THREADS when set', () => {
    expect(parseThreads(files, { DOCKETWATCH_PARSE_THREADS: '0' }, 8, 0)).toBe(0);
    expect(parseThreads(files, { DOCKETWATCH_PARSE_THREADS: '3' }, 1, 20)).toBe(3);
    expect(parseThreads(files.slice(0, 2), { DOCKETWATCH_PARSE_THREADS: '3' }, 1, 20)).toBe(1);
  });
});
