/**
 * Hostile and broken inputs through the one entry point, `parsePacer`: each is refused with a typed
 * error that says why, or parsed in bounded time and memory. Never a hang, never a crash.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocketwatchError, InputError, InputTooLargeError } from '../../src/errors.ts';
import type { ParseResult } from '../../src/model/docket.ts';
import { decodeInput, decodeWindows1252 } from './common.ts';
import { parsePacer } from './index.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Run `fn`, returning its result or the error it threw, and how long it took. */
function timed<T>(fn: () => T): { value: T | undefined; error: unknown; ms: number } {
  const t0 = performance.now();
  try {
    const value = fn();
    return { value, error: undefined, ms: performance.now() - t0 };
  } catch (error) {
    return { value: undefined, error, ms: performance.now() - t0 };
  }
}

describe('parsePacer: empty, blank, binary', () => {
  it('refuses empty input with an InputError', () => {
    expect(() => parsePacer(new Uint8Array(0))).toThrow(InputError);
    expect(() => parsePacer('')).toThrow(/empty/);
  });

  it('refuses whitespace-only input', () => {
    expect(() => parsePacer(Buffer.from(' \n\t\r\n  '))).toThrow(/empty/);
    expect(() => parsePacer('   \n')).toThrow(InputError);
  });

  it('refuses binary input, whatever kind is asked for', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(() => parsePacer(png)).toThrow(/binary/);
    expect(() => parsePacer(png, { kind: 'pacer-docket' })).toThrow(InputError);
  });
});

describe('parsePacer: truncated and mis-encoded pages', () => {
  it('parses what is there when a docket page is cut in half', () => {
    const page = fixture('district-mied-civil.html');
    const cut = page.slice(0, Math.floor(page.length * 0.55));
    const result = parsePacer(cut);
    expect(result.kind).toBe('pacer-docket');
    expect(result.isDocket).toBe(true);
    const c = result.cases[0]!;
    expect(c.docketNumber).toBe('2:17-cv-11910');
    // Entries before the cut are there; none is invented.
    expect(c.entries.length).toBeGreaterThan(0);
    expect(c.entries.length).toBeLessThan(4);
    expect(c.entries[0]!.number).toBe('1');
  });

  it('says why when the cut leaves nothing of the page', () => {
    const result = parsePacer('<html><head><title>CM/ECF - mied</title></head><bo');
    expect(result.isDocket).toBe(false);
    expect(result.reason).toMatch(/not a CM\/ECF docket/);
  });

  it('decodes Windows-1252 bytes (a page that is not UTF-8)', () => {
    const page = fixture('district-criminal-descending.html').replace('John Doe', 'José Doe Peña');
    const bytes = Buffer.from([...page].map((ch) => ch.charCodeAt(0)));
    expect(bytes.includes(0xe9)).toBe(true);
    const result = parsePacer(bytes);
    expect(result.cases[0]!.parties[0]!.name).toBe('José Doe Peña');
  });
});

describe('parsePacer: huge and deeply nested inputs', () => {
  it('refuses a 50 MB input fast with InputTooLargeError', () => {
    const row = '<tr><td>01/02/2020</td><td>1</td><td>COMPLAINT (Entered: 01/02/2020)</td></tr>\n';
    const huge = Buffer.alloc(50 * 1024 * 1024, row);
    const heapBefore = process.memoryUsage().heapUsed;
    const { error, ms } = timed(() => parsePacer(huge));
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect((error as InputTooLargeError).code).toBe('ETOOLARGE');
    expect((error as Error).message).toMatch(/50\.0 MiB, over the/);
    expect(ms).toBeLessThan(10_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses 100k nested <div>s fast, whatever kind is asked for, without overflowing the stack', () => {
    const depth = 100_000;
    const page = `<html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`;
    for (const kind of ['auto', 'pacer-docket', 'pacer-history', 'pacer-appellate', 'pacer-nef'] as const) {
      const { error, ms } = timed(() => parsePacer(page, { kind }));
      expect(ms).toBeLessThan(10_000);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/nested more than \d+ levels/);
    }
  });

  it('refuses 100k unclosed nested tables in bounded time', () => {
    const page = `<html><body>${'<table><tr><td>'.repeat(100_000)}Docket Text</body></html>`;
    const { error, ms } = timed(() => parsePacer(page, { kind: 'pacer-docket' }));
    expect(error).toBeInstanceOf(InputError);
    expect(ms).toBeLessThan(10_000);
  });

  it('still parses a page nested a few hundred levels deep', () => {
    const page = fixture('district-criminal-descending.html').replace(
      '<body>',
      `<body>${'<div>'.repeat(300)}`,
    );
    expect(parsePacer(page).cases[0]!.entries).toHaveLength(3);
  });
});

describe('parsePacer: hostile XML (RSS) is never expanded', () => {
  const laughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE rss [',
    '<!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => {
      const prev = i === 0 ? 'lol' : `lol${i}`;
      return `<!ENTITY lol${i + 1} "${`&${prev};`.repeat(10)}">`;
    }),
    ']>',
    '<rss version="2.0"><channel><title>Eastern District of Michigan - Recent Entries</title>',
    '<item><title>2:17-cv-11910 Hamlin v. Adams</title><link>https://ecf.mied.uscourts.gov/cgi-bin/DktRpt.pl?321000</link>',
    '<description>[Order] &lol9;</description><pubDate>Mon, 26 Jun 2017 18:00:00 GMT</pubDate></item>',
    '</channel></rss>',
  ].join('\n');

  const external = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE rss [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>',
    '<rss version="2.0"><channel><title>Eastern District of Michigan - Recent Entries</title>',
    '<item><title>2:17-cv-11910 Hamlin v. Adams</title><link>https://ecf.mied.uscourts.gov/cgi-bin/DktRpt.pl?321000</link>',
    '<description>[Order] &x;</description><pubDate>Mon, 26 Jun 2017 18:00:00 GMT</pubDate></item>',
    '</channel></rss>',
  ].join('\n');

  /** Either a typed refusal, or a result with no expansion in it. */
  function expectSafe(outcome: { value: ParseResult | undefined; error: unknown; ms: number }): void {
    expect(outcome.ms).toBeLessThan(10_000);
    if (outcome.error !== undefined) {
      expect(outcome.error).toBeInstanceOf(DocketwatchError);
      expect((outcome.error as Error).message.length).toBeGreaterThan(5);
      return;
    }
    const json = JSON.stringify(outcome.value);
    expect(json).not.toContain('lollollol');
    expect(json).not.toMatch(/root:[x*]?:0:0/);
    expect(json.length).toBeLessThan(100_000);
    if (!outcome.value!.isDocket) expect(outcome.value!.reason).toMatch(/\w+/);
  }

  for (const kind of ['auto', 'pacer-rss'] as const) {
    it(`billion laughs (kind ${kind})`, () => {
      expectSafe(timed(() => parsePacer(laughs, { kind })));
    });
    it(`external entity file:///etc/passwd (kind ${kind})`, () => {
      expectSafe(timed(() => parsePacer(external, { kind })));
    });
  }
});

describe('Windows-1252 input', () => {
  it('reads curly quotes, dashes and the euro sign in bytes 0x80-0x9F', () => {
    const bytes = Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x97, 0x20, 0x80, 0x35, 0x20, 0xe9]);
    expect(decodeWindows1252(bytes)).toBe('\u201cA\u201d \u2014 \u20ac5 \u00e9');
    expect(decodeInput(bytes)).toBe('\u201cA\u201d \u2014 \u20ac5 \u00e9');
  });
});
