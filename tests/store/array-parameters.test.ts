/**
 * Ingest writes PostgreSQL array parameters as array text itself (`arrayParameter`,
 * `src/ingest/sql.ts`), an array of strings in one native JSON call when JSON writes it as the
 * array text does. Whatever the strings — quotes, backslashes, braces, commas, `NULL`, control
 * characters, non-Latin scripts, emoji — PostgreSQL must read back exactly the values given.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { arrayParameter } from '../../src/ingest/sql.ts';
import { describeDialect, freshStore } from '../support/db.ts';

const TRICKY = [
  '',
  'plain',
  'a"b',
  'c\\d',
  '\\"',
  '"\\',
  '\\n',
  'line\nbreak\ttab\r',
  '\u0001\u001f',
  'NULL',
  'null',
  '{},"NULL"',
  ' spaced ',
  'x😀y',
  'عربي',
  '["json", null, 1]',
  '{"description":"ORDER \\"quoted\\" \\\\ back"}',
];

describeDialect('postgres', 'array parameters written by ingest', () => {
  it('are read back as the strings, numbers and nulls given', async () => {
    const store = await freshStore('postgres');
    try {
      const roundTrip = async (values: (string | null)[]) =>
        (await sql<{ a: (string | null)[] }>`select ${arrayParameter(values)}::text[] as a`.execute(store.db))
          .rows[0]!.a;
      expect(await roundTrip(TRICKY)).toEqual(TRICKY);
      expect(await roundTrip([...TRICKY, null])).toEqual([...TRICKY, null]);
      expect(await roundTrip([])).toEqual([]);
      const numbers = [1, 0, -3, 2.5, null];
      expect(
        (await sql<{ a: number[] }>`select ${arrayParameter(numbers)}::float8[] as a`.execute(store.db))
          .rows[0]!.a,
      ).toEqual(numbers);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...TRICKY)), {
            maxLength: 20,
          }),
          fc.boolean(),
          async (strings, withNull) => {
            const values = withNull ? [...strings, null] : strings;
            expect(await roundTrip(values)).toEqual(values);
          },
        ),
        { seed: 18018, numRuns: 200 },
      );
    } finally {
      await store.close();
    }
  });
});
