/**
 * The maintainers' queue on /admin is not a place anyone on the internet can fill: a search exists
 * only once its address confirmed it by email; readers' searches add at most a few cases per
 * address and a few in all; a case shows once however many searches found it; a bounced reader's
 * search adds nothing; dismissing a case sets aside every search's proposal of it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { markBounced } from '../../src/notify/bounces.ts';
import { READERS_IN_QUEUE } from '../../src/searches/propose.ts';
import {
  addSearch,
  confirmFollow,
  listMatches,
  matchFeed,
  requestFollow,
} from '../../src/searches/searches.ts';
import { buildServer } from '../../src/web/server.ts';
import { freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { ADMIN_TOKEN, csrfOf, settings } from '../support/web.ts';

let store: Store;
let app: Awaited<ReturnType<typeof buildServer>>;
const NOW = new Date('2025-03-16T15:00:00Z');
beforeAll(async () => {
  store = await freshStore('sqlite');
  app = await buildServer({
    store,
    publicUrl: 'https://watch.example.org',
    notify: settings('https://watch.example.org'),
    adminToken: ADMIN_TOKEN,
    now: () => NOW,
  });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

/** A reader follows a search as the site's form and its emailed link do. */
async function follow(email: string, query: string) {
  const request = await requestFollow(store, { query, email, language: 'en' }, NOW);
  await confirmFollow(store, request!.id, NOW);
}

const count = (text: string, what: string) => text.split(what).length - 1;

it('shows each case once, a few per reader and a few in all from readers’ searches, none from a bounced reader; Dismiss sets the case aside for every search', async () => {
  // The maintainers' own search, and five readers each with two searches matching every case.
  await addSearch(store, { name: 'Habeas', query: 'habeas' });
  const readers = ['a', 'b', 'c', 'd', 'e'].map((x) => `${x}@example.org`);
  for (const [i, email] of readers.entries()) {
    await follow(email, `trump -nothing${i}`);
    await follow(email, `petition -other${i}`);
  }
  // A reader whose mail bounced: their search proposes nothing to the maintainers.
  await follow('gone@example.org', 'zedland');
  await markBounced(store.db, 'gone@example.org', 550, 'no such user', NOW);

  const cases = Array.from({ length: 30 }, (_, i) => i + 1);
  const item = (n: number) =>
    docket(
      `1:25-cv-${String(n).padStart(5, '0')}`,
      [
        entry({
          dateFiled: `2025-03-${String(1 + (n % 15)).padStart(2, '0')}T14:00:00Z`,
          description: '',
          shortDescription: n === 1 ? 'Petition for habeas corpus' : 'Petition',
        }),
      ],
      { caseName: `Case${n} v. Trump` },
    );
  await matchFeed(store, {
    source: { id: 'pacer-rss-txsd', court_id: 'txsd' },
    results: [
      result(
        'pacer-rss',
        [
          ...cases.map(item),
          docket('1:25-cv-00099', [entry({ shortDescription: 'Order' })], { caseName: 'Zedland v. Zed' }),
        ],
        'txsd',
      ),
    ],
  });
  expect((await listMatches(store, { status: 'proposed' })).length).toBeGreaterThan(250);

  const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const page = await app.inject({ method: 'GET', url: '/admin', headers: auth });
  expect(page.statusCode).toBe(200);
  const body = page.body;
  // The maintainers' case, once, with how many other searches found it.
  expect(count(body, '>Case1 v. Trump<')).toBe(1);
  expect(body).toMatch(/found by Habeas and 10 more searches/);
  // Readers' cases: at most perAddress for each of the five readers, never past the total.
  const shown = cases.filter((n) => n > 1 && body.includes(`>Case${n} v. Trump<`));
  const expected = Math.min(READERS_IN_QUEUE.perAddress * readers.length, READERS_IN_QUEUE.total);
  expect(shown).toHaveLength(expected);
  for (const n of shown) expect(count(body, `>Case${n} v. Trump<`)).toBe(1);
  expect(body).toContain(`${29 - expected} more wait (docketwatch search matches --status proposed)`);
  expect(body).not.toContain('Zedland v. Zed');

  // Dismiss on a readers' case: every search's proposal of it is set aside, and it does not come back.
  const dismissed = `Case${shown[0]} v. Trump`;
  const id = (await listMatches(store, { status: 'proposed' })).find((m) => m.caseName === dismissed)!.id;
  const cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const res = await app.inject({
    method: 'POST',
    url: `/admin/searches/matches/${id}/dismiss`,
    payload: `_csrf=${encodeURIComponent(csrfOf(body))}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...auth },
  });
  expect(res.statusCode).toBe(303);
  const all = (await listMatches(store)).filter((m) => m.caseName === dismissed);
  expect(all.length).toBe(10);
  expect(all.every((m) => m.status === 'dismissed')).toBe(true);
  const after = (await app.inject({ method: 'GET', url: '/admin', headers: auth })).body;
  expect(after).not.toContain(`>${dismissed}<`);
});
