/** The maintainers' Track and Dismiss buttons for saved searches' proposals (`/admin`). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { addSearch, listMatches, matchFeed } from '../../src/searches/searches.ts';
import { buildServer } from '../../src/web/server.ts';
import { freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { ADMIN_TOKEN, csrfOf, settings } from '../support/web.ts';

let store: Store;
let app: Awaited<ReturnType<typeof buildServer>>;
beforeAll(async () => {
  store = await freshStore('sqlite');
  app = await buildServer({
    store,
    publicUrl: 'https://watch.example.org',
    notify: settings('https://watch.example.org'),
    adminToken: ADMIN_TOKEN,
  });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

it('lists the proposals for maintainers only; Track adds the case, Dismiss sets it aside; both need the page’s CSRF token', async () => {
  await addSearch(store, { name: 'AEA', query: '"alien enemies act"' });
  const item = (number: string, name: string) =>
    docket(
      number,
      [
        entry({
          dateFiled: '2025-03-16T14:00:00Z',
          description: '',
          shortDescription: 'Petition — Alien Enemies Act <b>now</b>',
        }),
      ],
      { caseName: name },
    );
  await matchFeed(store, {
    source: { id: 'pacer-rss-txsd', court_id: 'txsd' },
    results: [
      result(
        'pacer-rss',
        [item('1:25-cv-00059', 'W.M.M. v. Trump'), item('1:25-cv-00060', 'A.S.R. v. Trump')],
        'txsd',
      ),
    ],
  });
  const proposed = await listMatches(store);
  const first = proposed.find((m) => m.caseName === 'W.M.M. v. Trump');
  const second = proposed.find((m) => m.caseName === 'A.S.R. v. Trump');

  const anonymous = await app.inject({ method: 'GET', url: '/admin' });
  expect(anonymous.body).not.toContain('W.M.M. v. Trump');
  const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const page = await app.inject({ method: 'GET', url: '/admin', headers: auth });
  expect(page.body).toContain('W.M.M. v. Trump');
  expect(page.body).toContain('Petition — Alien Enemies Act &lt;b&gt;now&lt;/b&gt;');
  expect(page.body).not.toContain('<b>now</b>');
  const csrf = csrfOf(page.body);
  const cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const post = (url: string, headers: Record<string, string>, token = csrf) =>
    app.inject({
      method: 'POST',
      url,
      payload: `_csrf=${encodeURIComponent(token)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
    });

  expect((await post(`/admin/searches/matches/${first!.id}/track`, auth, 'wrong')).statusCode).toBe(403);
  expect((await post(`/admin/searches/matches/${first!.id}/track`, {})).statusCode).toBe(401);
  expect((await post('/admin/searches/matches/m_nope/track', auth)).statusCode).toBe(404);
  const tracked = await post(`/admin/searches/matches/${first!.id}/track`, auth);
  expect(tracked.statusCode).toBe(303);
  expect((await post(`/admin/searches/matches/${second!.id}/dismiss`, auth)).statusCode).toBe(303);
  expect((await listMatches(store)).map((m) => [m.caseName, m.status]).sort()).toEqual([
    ['A.S.R. v. Trump', 'dismissed'],
    ['W.M.M. v. Trump', 'tracked'],
  ]);
  expect((await app.inject({ method: 'GET', url: '/cases/txsd/1:25-cv-00059' })).statusCode).toBe(200);
  expect((await app.inject({ method: 'GET', url: '/cases/txsd/1:25-cv-00060' })).statusCode).toBe(404);
});
