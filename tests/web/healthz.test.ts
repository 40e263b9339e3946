/**
 * `/healthz` while this process writes to SQLite: a long write (a backfill) gives the event loop
 * turns inside its transaction, and the health check must not wait in line behind it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Store, writeTransaction } from '../../db/index.ts';
import { buildServer } from '../../src/web/server.ts';
import { freshStore } from '../support/db.ts';

let store: Store;
beforeAll(async () => {
  store = await freshStore('sqlite');
});
afterAll(async () => {
  await store.close();
});

it('answers while a write transaction of this process holds the store, and after it', async () => {
  const app = await buildServer({ store, publicUrl: 'https://watch.example.org', notify: null });
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  let started = () => {};
  const inside = new Promise<void>((r) => {
    started = r;
  });
  const writing = writeTransaction(store.db, async (trx) => {
    await trx.selectFrom('cases').select('id').execute();
    started();
    await held;
  });
  await inside;
  // Released only once the answer came: with the health check queued behind the transaction,
  // this would never answer.
  const during = await app.inject({ method: 'GET', url: '/healthz' });
  release();
  await writing;
  expect(during.statusCode).toBe(200);
  expect(during.json()).toEqual({ ok: true, store: 'sqlite' });
  const after = await app.inject({ method: 'GET', url: '/healthz' });
  expect(after.json()).toEqual({ ok: true, store: 'sqlite' });
  await app.close();
});
