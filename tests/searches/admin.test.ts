/** The maintainers' Track and Dismiss buttons for saved searches' proposals (`/admin`). */
import { expect, it } from 'vitest';
import { addSearch, listMatches, matchFeed } from '../../src/searches/searches.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { ADMIN_TOKEN, csrfOf, siteForFile } from '../support/web.ts';

const site = siteForFile();

it('lists the proposals for maintainers only; Track adds the case, Dismiss sets it aside; both need the page’s CSRF token', async () => {
  await addSearch(site.store, { name: 'AEA', query: '"alien enemies act"' });
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
  await matchFeed(site.store, {
    source: { id: 'pacer-rss-txsd', court_id: 'txsd' },
    results: [
      result(
        'pacer-rss',
        [item('1:25-cv-00059', 'W.M.M. v. Trump'), item('1:25-cv-00060', 'A.S.R. v. Trump')],
        'txsd',
      ),
    ],
  });
  const proposed = await listMatches(site.store);
  const first = proposed.find((m) => m.caseName === 'W.M.M. v. Trump');
  const second = proposed.find((m) => m.caseName === 'A.S.R. v. Trump');

  const anonymous = await site.app.inject({ method: 'GET', url: '/admin' });
  expect(anonymous.body).not.toContain('W.M.M. v. Trump');
  const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const page = await site.app.inject({ method: 'GET', url: '/admin', headers: auth });
  expect(page.body).toContain('W.M.M. v. Trump');
  expect(page.body).toContain('Petition — Alien Enemies Act &lt;b&gt;now&lt;/b&gt;');
  expect(page.body).not.toContain('<b>now</b>');
  const csrf = csrfOf(page.body);
  const cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const post = (url: string, headers: Record<string, string>, token = csrf) =>
    site.app.inject({
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
  expect((await listMatches(site.store)).map((m) => [m.caseName, m.status]).sort()).toEqual([
    ['A.S.R. v. Trump', 'dismissed'],
    ['W.M.M. v. Trump', 'tracked'],
  ]);
  expect((await site.app.inject({ method: 'GET', url: '/cases/txsd/1:25-cv-00059' })).statusCode).toBe(200);
  expect((await site.app.inject({ method: 'GET', url: '/cases/txsd/1:25-cv-00060' })).statusCode).toBe(404);
});
