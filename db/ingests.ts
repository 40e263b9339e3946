/**
 * Which ingest the events written now follow from (`events.ingest`): the pipeline runs an ingest
 * and everything that follows from it (appeals linked, the posture brought up to date) inside
 * `followingIngest`, and every writer of events in between stamps its rows with `ingestOfEvents()`.
 * Alerts tell one ingest's events together (`src/notify/alerts.ts`): an entry and what it did to
 * the posture — its own case's or, for an appeal's entry, the case appealed from — are one message.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage<string>();

/** Run `fn` with the events it writes (however deep) stamped with `token`. */
export function followingIngest<T>(token: string, fn: () => Promise<T>): Promise<T> {
  return current.run(token, fn);
}

/** The token of the ingest whose consequences are being written, or null outside one. */
export function ingestOfEvents(): string | null {
  return current.getStore() ?? null;
}
