/**
 * The parse bundle reads entities 7's generated entity tables with `scripts/decode-base64.js`
 * (Node's base64 decoder) instead of entities' own `decodeBase64` (`atob`, slow on Node 20): the
 * tables must come out the same, value for value, or the bundle would decode entities differently
 * from the modules in dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../scripts/decode-base64.js';

/** The folder of the entities that htmlparser2 imports (its own copy, or the hoisted one). */
function htmlparser2Entities(): string {
  const htmlparser2 = createRequire(import.meta.url).resolve('htmlparser2');
  const main = createRequire(htmlparser2).resolve('entities'); // …/entities/dist/commonjs/index.js
  return dirname(dirname(dirname(main)));
}

describe("the bundle's base64 reader of entities' tables", () => {
  const generated = join(htmlparser2Entities(), 'dist', 'esm', 'generated');
  const tables = readdirSync(generated).filter((n) => /^decode-data-.*\.js$/.test(n));

  it('finds the generated tables', () => {
    expect(tables.length).toBeGreaterThanOrEqual(2);
  });

  it.each(tables)('gives %s exactly as entities builds it', async (name) => {
    const source = readFileSync(join(generated, name), 'utf8');
    const encoded = [...source.matchAll(/decodeBase64\("([A-Za-z0-9+/=]*)"\)/g)].map((m) => m[1]!);
    const module = (await import(pathToFileURL(join(generated, name)).href)) as Record<string, unknown>;
    const built = Object.values(module).filter((v): v is Uint16Array => v instanceof Uint16Array);
    expect(encoded.length).toBe(1);
    expect(built.length).toBe(1);
    expect(decodeBase64(encoded[0]!)).toEqual(built[0]);
  });

  it('reads odd lengths and padding as atob does', () => {
    for (const text of ['', 'QQ==', 'QUI=', 'QUJD', 'QUJDRA==', '//79/A==']) {
      const binary = atob(text);
      const expected = new Uint16Array(binary.length >> 1);
      for (let i = 0; i < expected.length; i++)
        expected[i] = binary.charCodeAt(2 * i) | (binary.charCodeAt(2 * i + 1) << 8);
      expect(decodeBase64(text)).toEqual(expected);
    }
  });
});
