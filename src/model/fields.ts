/**
 * Some of a record's fields, copied: as they are (`pick`: the JSON a command prints), or under the
 * store's column names, which are the fields' names in snake_case (`columnsOf`: a row to write).
 */
import { z } from 'zod';

/** `value`'s `keys`, in that order. */
export function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = value[k];
  return out;
}

/** `dateFiled` → `date_filed`. */
type SnakeCase<S extends string> = S extends `${infer C}${infer Rest}`
  ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${SnakeCase<Rest>}`
  : S;

export type Columns<T, K extends keyof T & string> = { [P in K as SnakeCase<P>]: T[P] };

/** `value`'s `keys` as store columns: `{ dateFiled }` → `{ date_filed }`, in that order. */
export function columnsOf<T extends object, K extends keyof T & string>(
  value: T,
  keys: readonly K[],
): Columns<T, K> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value[k];
  return out as Columns<T, K>;
}

/** A zod shape of text fields that may be `null` (`z.object(textOrNull('court', 'dateFiled'))`). */
export function textOrNull<K extends string>(...keys: K[]): Record<K, z.ZodNullable<z.ZodString>> {
  const shape = {} as Record<K, z.ZodNullable<z.ZodString>>;
  for (const k of keys) shape[k] = z.string().nullable();
  return shape;
}
