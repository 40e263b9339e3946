import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { columnsOf, pick, textOrNull } from './fields.ts';

describe('fields', () => {
  const entry = { dateFiled: '2017-06-22', pacerDocId: '0123', description: 'ORDER', number: '32' };

  it('picks the fields asked for, in that order', () => {
    expect(Object.entries(pick(entry, ['number', 'dateFiled']))).toEqual([
      ['number', '32'],
      ['dateFiled', '2017-06-22'],
    ]);
  });

  it('names columns in snake_case', () => {
    expect(columnsOf(entry, ['dateFiled', 'pacerDocId', 'description'])).toEqual({
      date_filed: '2017-06-22',
      pacer_doc_id: '0123',
      description: 'ORDER',
    });
  });

  it('makes a zod shape of text-or-null fields', () => {
    const schema = z.object(textOrNull('court', 'dateFiled'));
    expect(schema.parse({ court: 'mied', dateFiled: null })).toEqual({ court: 'mied', dateFiled: null });
    expect(schema.safeParse({ court: 1, dateFiled: null }).success).toBe(false);
  });
});
