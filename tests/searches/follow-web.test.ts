/**
 * Following a saved search from the web (`/searches/new`), as subscriptions work: the form needs
 * its CSRF token and is rate-limited; nothing starts until the address confirms by email, and the
 * email's link opens a page with one button (a mail scanner following it starts nothing); the
 * link is signed for this purpose only; the answer is the same whatever the address; a query's
 * mistakes are said, its text echoed escaped; one address follows at most a few searches; the
 * proposals then come in the chosen language.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { t } from '../../src/notify/i18n.ts';
import { signToken } from '../../src/notify/tokens.ts';
import { queueSearchEmails } from '../../src/searches/propose.ts';
import { addSearch, listSearches, MAX_SEARCHES_PER_ADDRESS, matchFeed } from '../../src/searches/searches.ts';
import { buildServer } from '../../src/web/server.ts';
import { freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { csrfOf, SECRET, settings } from '../support/web.ts';

const BASE = 'https://watch.example.org';
let store: Store;
let app: Awaited<ReturnType<typeof buildServer>>;
const NOW = new Date('2025-03-16T15:00:00Z');

beforeAll(async () => {
  store = await freshStore('sqlite');
  app = await buildServer({
    store,
    publicUrl: BASE,
    notify: settings(BASE),
    now: () => NOW,
    subscribeLimit: { max: 6, windowMs: 60_000 },
  });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

async function form(lang = 'es') {
  const page = await app.inject({
    method: 'GET',
    url: `/searches/new?lang=${lang}&q=${encodeURIComponent('adducci')}`,
  });
  return {
    csrf: csrfOf(page.body),
    cookie: page.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
    page,
  };
}

function post(url: string, fields: Record<string, string>, cookie: string) {
  return app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
  });
}

async function outbox() {
  const rows = await store.db
    .selectFrom('outbox')
    .innerJoin('outbox_messages', 'outbox_messages.outbox_id', 'outbox.id')
    .select(['outbox.recipient', 'outbox.kind', 'outbox_messages.message'])
    .orderBy('outbox.id')
    .execute();
  return rows.map((r) => ({
    to: r.recipient,
    kind: r.kind,
    ...(JSON.parse(r.message) as { subject: string; text: string; html: string }),
  }));
}

it('asks for a confirmation by email, starts the search only on the confirm page’s button, and proposes in the chosen language', async () => {
  const { csrf, cookie, page } = await form();
  expect(page.body).toContain('<html lang="es" dir="ltr">');
  expect(page.body).toContain('value="adducci"');
  expect(page.body).toContain(t('es', 'searchForm.title'));

  // Without the page's CSRF token: refused, nothing queued.
  expect(
    (await post('/searches/new', { _csrf: 'forged', query: 'adducci', email: 'x@example.org' }, cookie))
      .statusCode,
  ).toBe(403);
  // A query docketwatch cannot read: said, the text echoed escaped.
  const bad = await post(
    '/searches/new',
    { _csrf: csrf, query: '"<script>alert(1)</script>', email: 'a@example.org', language: 'es' },
    cookie,
  );
  expect(bad.statusCode).toBe(400);
  expect(bad.body).toContain(t('es', 'searchForm.invalid'));
  // What is wrong is said in the page's language, marked as such (not English).
  expect(bad.body).toContain(
    '<span lang="es" dir="ltr">una frase entre comillas no está cerrada (falta una &quot;)</span>',
  );
  expect(bad.body).not.toContain('is not closed');
  expect(bad.body).not.toContain('<script>alert(1)');
  expect(bad.body).toContain('&lt;script&gt;');
  expect(await outbox()).toEqual([]);

  const ok = await post(
    '/searches/new',
    { _csrf: csrf, query: 'adducci court:mied', name: 'Adducci', email: 'Ana@Example.org', language: 'es' },
    cookie,
  );
  expect(ok.statusCode).toBe(200);
  expect(ok.body).toContain(t('es', 'check.title'));
  const [ask] = await outbox();
  expect(ask).toMatchObject({ to: 'Ana@example.org', kind: 'confirm' });
  expect(ask!.subject).toBe(t('es', 'searchConfirm.subject', { name: 'Adducci' }));
  const link = /\/searches\/confirm\?token=[A-Za-z0-9._-]+&lang=es/.exec(ask!.text)?.[0];
  expect(link).toBeDefined();
  expect(await store.db.selectFrom('search_subscribers').selectAll().execute()).toEqual([]);

  // Opening the link starts nothing: a page with one button.
  const opened = await app.inject({ method: 'GET', url: link! });
  expect(opened.statusCode).toBe(200);
  expect(opened.body).toContain(t('es', 'searchConfirm.button'));
  expect(await listSearches(store)).toEqual([]);
  const token = new URL(`${BASE}${link}`).searchParams.get('token')!;
  const openedCookie = opened.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  // A token of another purpose, signed with the same key, does not confirm.
  const other = signToken({ purpose: 'manage', subject: token.split('.')[0]! }, SECRET, NOW);
  expect(
    (await post('/searches/confirm', { _csrf: csrfOf(opened.body), token: other }, openedCookie)).statusCode,
  ).toBe(400);
  expect((await post('/searches/confirm', { _csrf: 'forged', token }, openedCookie)).statusCode).toBe(403);
  const done = await post(
    '/searches/confirm',
    { _csrf: csrfOf(opened.body), token, language: 'es' },
    openedCookie,
  );
  expect(done.statusCode).toBe(200);
  expect(done.body).toContain(t('es', 'searchConfirm.done'));
  // Twice: still one search, one subscriber.
  await post('/searches/confirm', { _csrf: csrfOf(opened.body), token }, openedCookie);
  const searches = await listSearches(store);
  expect(searches.map((s) => [s.name, s.query, s.emails, s.createdBy])).toEqual([
    ['Adducci', 'adducci court:mied', ['Ana@example.org'], 'web'],
  ]);

  // Asking again for the same query: the same answer, and no second email.
  const again = await post(
    '/searches/new',
    { _csrf: csrf, query: 'adducci court:mied', email: 'Ana@Example.org', language: 'es' },
    cookie,
  );
  expect(again.body).toBe(ok.body);
  expect((await outbox()).filter((m) => m.kind === 'confirm')).toHaveLength(1);

  // A case the feed carries: proposed in Spanish, its links keep the language.
  await matchFeed(store, {
    source: { id: 'pacer-rss-mied', court_id: 'mied' },
    results: [
      result('pacer-rss', [
        docket(
          '2:25-cv-10001',
          [entry({ dateFiled: '2025-03-16', description: '', shortDescription: 'Petition' })],
          {
            caseName: 'Doe v. Adducci',
          },
        ),
      ]),
    ],
  });
  expect((await queueSearchEmails(store, settings(BASE), NOW)).queued).toBe(1);
  const proposal = (await outbox()).find((m) => m.kind === 'search')!;
  expect(proposal.subject).toContain('Búsqueda guardada');
  expect(proposal.text).toContain(t('es', 'search.how', { date: '30 de marzo de 2025' }));
  // The feed entry's date is written the reader's way, never as an ISO date.
  expect(proposal.text).toContain('16 de marzo de 2025 “Petition”');
  expect(`${proposal.text}${proposal.html}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(proposal.text).toMatch(/\/track\?token=[^\s]+&lang=es/);
  const track = /\/track\?token=[^\s]+/.exec(proposal.text)![0];
  const trackPage = await app.inject({ method: 'GET', url: track });
  expect(trackPage.body).toContain('<html lang="es"');
  expect(trackPage.body).toContain(t('es', 'track.title'));
});

it('lets one address follow at most a few searches', async () => {
  const email = 'many@example.org';
  for (let i = 0; i < MAX_SEARCHES_PER_ADDRESS; i++)
    await addSearch(store, { query: `word${i}`, emails: [email] });
  const { csrf, cookie } = await form('en');
  await post('/searches/new', { _csrf: csrf, query: 'one more', email, language: 'en' }, cookie);
  const ask = (await outbox()).filter((m) => m.to === email).at(-1)!;
  const link = /\/searches\/confirm\?token=[A-Za-z0-9._-]+/.exec(ask.text)![0];
  const opened = await app.inject({ method: 'GET', url: link });
  const token = new URL(`${BASE}${link}`).searchParams.get('token')!;
  const refused = await post(
    '/searches/confirm',
    { _csrf: csrfOf(opened.body), token },
    opened.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
  );
  expect(refused.statusCode).toBe(400);
  expect(refused.body).toContain(`already follows ${MAX_SEARCHES_PER_ADDRESS} saved searches`);
  // In the page's language too (the emailed link carries it).
  const refusedEs = await post(
    '/searches/confirm?lang=es',
    { _csrf: csrfOf(opened.body), token },
    opened.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
  );
  expect(refusedEs.statusCode).toBe(400);
  expect(refusedEs.body).toContain(
    t('es', 'searchConfirm.limit', { email, max: MAX_SEARCHES_PER_ADDRESS }).replace(/"/g, '&quot;'),
  );
  expect(refusedEs.body).toContain('ya sigue 10 búsquedas guardadas');
  expect((await listSearches(store)).filter((s) => s.emails.includes(email))).toHaveLength(
    MAX_SEARCHES_PER_ADDRESS,
  );
});

it('is rate-limited per client', async () => {
  const { csrf, cookie } = await form('en');
  const codes: number[] = [];
  for (let i = 0; i < 8; i++)
    codes.push(
      (await post('/searches/new', { _csrf: csrf, query: `q${i}`, email: `r${i}@example.org` }, cookie))
        .statusCode,
    );
  expect(codes).toContain(429);
});

it('says why a link does not work in the language the link carries', async () => {
  const old = new Date(NOW.getTime() - 8 * 24 * 3600_000);
  const expired = signToken({ purpose: 'search-follow', subject: 'sr_gone' }, SECRET, old);
  const ar = await app.inject({ method: 'GET', url: `/searches/confirm?token=${expired}&lang=ar` });
  expect(ar.statusCode).toBe(410);
  expect(ar.body).toContain('<html lang="ar" dir="rtl">');
  expect(ar.body).toContain(t('ar', 'problem.expired'));
  expect(ar.body).toContain(t('ar', 'problem.follow.expired'));
  const es = await app.inject({ method: 'GET', url: '/unsubscribe?token=forged.token&lang=es' });
  expect(es.statusCode).toBe(400);
  expect(es.body).toContain(t('es', 'problem.invalid'));
  expect(es.body).toContain(t('es', 'problem.subscription.invalid'));
});

it('says what is wrong with a query in the page’s language (Arabic right to left)', async () => {
  const cases: [string, string, string][] = [
    ['ar', 'adducci OR', 'يجب أن تقع OR بين مصطلحين (&quot;a OR b&quot;)'],
    ['ar', '"alien enemies', 'عبارة بين علامتي تنصيص لم تُغلق'],
    ['es', '-criminal', 'la búsqueda solo excluye palabras'],
    ['es', 'court:mied', 'un tribunal solo propondría todos los casos'],
    ['en', 'court:mied', 'a court alone would propose every case of the court'],
  ];
  // Its own server: the form's rate limit is the shared one's.
  const own = await buildServer({
    store,
    publicUrl: BASE,
    notify: settings(BASE),
    now: () => NOW,
    subscribeLimit: { max: 50, windowMs: 60_000 },
  });
  const send = (url: string, fields: Record<string, string>, cookie: string) =>
    own.inject({
      method: 'POST',
      url,
      payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    });
  const open = async (lang: string) => {
    const page = await own.inject({ method: 'GET', url: `/searches/new?lang=${lang}` });
    return { csrf: csrfOf(page.body), cookie: page.cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
  };
  const before = (await outbox()).length;
  for (const [lang, query, said] of cases) {
    const { csrf, cookie } = await open(lang);
    const res = await send(
      `/searches/new?lang=${lang}`,
      { _csrf: csrf, query, email: 'a@example.org', language: lang },
      cookie,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(res.body).toContain(
      `${t(lang as 'ar', 'searchForm.invalid')} <span lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`,
    );
    expect(res.body).toContain(said);
  }
  // A mistaken address: a lead in the page's language, the detail in English, marked so.
  const { csrf, cookie } = await open('ar');
  const res = await send('/searches/new?lang=ar', { _csrf: csrf, query: 'adducci', email: 'nobody' }, cookie);
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain(
    `${t('ar', 'form.invalid')} <span lang="en" dir="ltr">&quot;nobody&quot; is not an email address`,
  );
  expect(await outbox()).toHaveLength(before);
  await own.close();
});
