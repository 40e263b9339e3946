/** How a command opens the store: `--db`, else the configuration (DATABASE_URL, config file, ./data). */
import { openDatabase, type Store } from '../../db/index.ts';
import { loadConfig } from '../config.ts';

export const DB_HELP =
  'store: a SQLite file or a postgres:// URL (default: DATABASE_URL, the config file, or ./data/docketwatch.sqlite)';

/** Open the store, run `fn`, and close the store whatever happens. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openDatabase(db ?? loadConfig().config.database);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
