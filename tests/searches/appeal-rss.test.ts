/**
 * An appeal known only from a court of appeals' RSS feed (whose items never say which case an
 * appeal comes from): linked when an item's text quotes the district case's number; otherwise
 * offered to the maintainers on `/admin`, with the district cases of its circuit whose caption
 * shares a name, and linked there with one CSRF-protected form.
 */
import { expect, it } from 'vitest';
import { addCase, findCase } from '../../db/cases.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { ADMIN_TOKEN, csrfOf, siteForFile } from '../support/web.ts';

const site = siteForFile();

const parentOf = async (key: string) => {
  const c = await findCase(site.store.db, key);
  const row = await site.store.db
    .selectFrom('cases')
    .select('parent_case_id')
    .where('id', '=', c!.id)
    .executeTakeFirst();
  return row?.parent_case_id ?? null;
};
const linkedEvents = () =>
  site.store.db.selectFrom('events').select(['payload']).where('type', '=', 'case.linked').execute();
const feedItem = (number: string, caseName: string, text: string) =>
  result(
    'pacer-rss',
    [
      docket(number, [entry({ dateFiled: '2018-12-20', description: '', shortDescription: text })], {
        caseName,
      }),
    ],
    'ca6',
  );

it('links an appeal whose feed item quotes the district case’s number, and offers the others on /admin', async () => {
  await addCase(site.store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
  await addCase(site.store.db, 'mied', '2:18-cv-10001', { name: 'Doe v. Smith' });
  await addCase(site.store.db, 'ca6', '17-2171', { name: 'Usama Hamama v. Rebecca Adducci' });
  await addCase(site.store.db, 'ca6', '19-1001', { name: 'Jane Doe v. Smith' });
  const hamama = (await findCase(site.store.db, 'mied:2:17-cv-11910'))!.id;

  // The feed's item names its district case: linked by itself.
  await ingestParsed(
    site.store,
    feedItem('17-2171', 'Usama Hamama v. Rebecca Adducci', '[ruling] re 2:17-cv-11910'),
  );
  expect(await parentOf('ca6:17-2171')).toBe(hamama);
  // The other's item says nothing of it: not linked, not guessed.
  await ingestParsed(site.store, feedItem('19-1001', 'Jane Doe v. Smith', '[judge order filed]'));
  expect(await parentOf('ca6:19-1001')).toBeNull();

  // The maintainers' page offers it, with the district case whose caption shares a name.
  const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const page = await site.app.inject({ method: 'GET', url: '/admin', headers: auth });
  expect(page.body).toContain('Appeals not linked to the case they come from');
  expect(page.body).toContain('name="appeal" value="ca6:19-1001"');
  expect(page.body).toContain(
    '<option value="mied:2:18-cv-10001">Doe v. Smith (mied:2:18-cv-10001)</option>',
  );
  expect(page.body).not.toContain('name="appeal" value="ca6:17-2171"');
  const cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const post = (fields: Record<string, string>, headers: Record<string, string> = auth) =>
    site.app.inject({
      method: 'POST',
      url: '/admin/appeals/link',
      payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
    });
  const fields = { _csrf: csrfOf(page.body), appeal: 'ca6:19-1001', origin: 'mied:2:18-cv-10001' };
  expect((await post({ ...fields, _csrf: 'forged' })).statusCode).toBe(403);
  expect((await post(fields, {})).statusCode).toBe(401);
  expect(await parentOf('ca6:19-1001')).toBeNull();
  expect((await post(fields)).statusCode).toBe(303);
  expect(await parentOf('ca6:19-1001')).toBe((await findCase(site.store.db, 'mied:2:18-cv-10001'))!.id);
  // Once: a link is not changed.
  expect((await post({ ...fields, origin: 'mied:2:17-cv-11910' })).statusCode).toBe(400);
  expect((await linkedEvents()).map((e) => JSON.parse(e.payload).parent).sort()).toEqual([
    'mied:2:17-cv-11910',
    'mied:2:18-cv-10001',
  ]);
  const after = await site.app.inject({ method: 'GET', url: '/admin', headers: auth });
  expect(after.body).not.toContain('Appeals not linked');
});
