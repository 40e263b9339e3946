/** How a command opens the store: `--db`, else the configuration (DATABASE_URL, config file, ./data). */
import { openDatabase, type Store } from '../../db/index.ts';
import { loadConfig } from '../config.ts';

export const DB_HELP =
  'store: a SQLite file or a postgres:// URL (default: DATABASE_URL, the config file, or ./data/docketwatch.sqlite)';

/**
 * Open the store, run `fn`, and close the store whatever happens. Commands that only read pass
 * `{ existing: true }`: a SQLite file that is not there is an error, not a new empty store.
 */
export async function withStore<T>(
  db: string | undefined,
  fn: (store: Store) => Promise<T>,
  options: { existing?: boolean } = {},
): Promise<T> {
  const store = await openDatabase(db ?? loadConfig().config.database, options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** `withStore` for commands that only read: a store that is not there yet is not made. */
export function readStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  return withStore(db, fn, { existing: true });
}
