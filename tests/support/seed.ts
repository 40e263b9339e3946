/**
 * Seeding a store the way the commands do (`case add`, `source add`, `subscribe --confirmed`),
 * through the same functions, for tests that start from "a tracked case with a source and a
 * subscriber".
 */
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import type { Source } from '../../db/schema.ts';
import { addSource, configuredSources, type NewSourceInput } from '../../db/sources.ts';
import { type SubscribeInput, subscribe } from '../../src/notify/subscriptions.ts';
import { SECRET } from './messages.ts';

export const HAMAMA = {
  court: 'mied',
  docket: '2:17-cv-11910',
  key: 'mied:2:17-cv-11910',
  name: 'Hamama v. Adducci',
};

/** Track a case (Hamama v. Adducci unless told otherwise); returns its key. */
export async function seedCase(
  store: Pick<Store, 'db'>,
  c: { court: string; docket: string; name?: string } = HAMAMA,
): Promise<string> {
  const added = await addCase(store.db, c.court, c.docket, c.name ? { name: c.name } : {});
  return added.key;
}

/** Add a configured source as `source add` does; returns its row, ready for `pollSource`. */
export async function seedSource(
  store: Pick<Store, 'db'>,
  input: Pick<NewSourceInput, 'type' | 'config'> & Partial<NewSourceInput>,
): Promise<Source> {
  const id = await addSource(store.db, { court: null, case: null, ...input });
  const [row] = await configuredSources(store.db, id);
  return row!;
}

export const LINKS = { publicUrl: 'https://watch.example.org', secret: SECRET, unsubscribeMailto: null };

/** A confirmed subscription (as `subscribe --confirmed`), to `HAMAMA` unless told otherwise. */
export async function seedSubscription(
  store: Store,
  input: Partial<SubscribeInput> & Pick<SubscribeInput, 'email'>,
  now = new Date(),
) {
  return subscribe(store, { case: HAMAMA.key, confirmed: true, ...input }, { ...LINKS, now });
}
