/**
 * What a saved search's reader and maintainer read when it finds a case: an unnamed search is
 * called by its query once (not "“q” (q)"), the feed entries' dates are written in the reader's
 * language, and `search matches` names the search by its query rather than a store id.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.ts';
import { dateIn, type Language, t } from '../../src/notify/i18n.ts';
import { entryLabel } from '../../src/notify/language.ts';
import { queueSearchEmails } from '../../src/searches/propose.ts';
import { addSearch, matchFeed } from '../../src/searches/searches.ts';
import { runCli } from '../support/cli.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { settings } from '../support/web.ts';

const dir = mkdtempSync(join(tmpdir(), 'docketwatch-proposal-mail-'));
const db = join(dir, 'dw.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOW = new Date('2025-03-16T15:00:00Z');

it('says an unnamed query once, dates and numbers feed entries in the reader’s language, quotes the court’s words, and names the search in `search matches`', async () => {
  const store = await openDatabase(db);
  const languages: Language[] = ['en', 'es', 'ar'];
  for (const language of languages)
    await addSearch(store, { query: 'adducci', emails: [`${language}@example.org`], language }, NOW);
  await matchFeed(store, {
    source: { id: 'pacer-rss-mied', court_id: 'mied' },
    results: [
      result('pacer-rss', [
        docket(
          '2:25-cv-10001',
          [
            entry({
              number: '1',
              dateFiled: '2025-03-14T09:00:00Z',
              description: '',
              shortDescription: 'Petition',
            }),
            // Two entries of the same words the same day: told apart by their numbers.
            entry({
              number: '2',
              dateFiled: '2025-03-14T09:05:00Z',
              description: '',
              shortDescription: 'Exhibit',
            }),
            entry({
              number: '3',
              dateFiled: '2025-03-14T09:06:00Z',
              description: '',
              shortDescription: 'Exhibit',
            }),
          ],
          { caseName: 'Doe v. Adducci' },
        ),
      ]),
    ],
  });
  expect((await queueSearchEmails(store, settings('https://watch.example.org'), NOW)).queued).toBe(3);
  const rows = await store.db
    .selectFrom('outbox')
    .innerJoin('outbox_messages', 'outbox_messages.outbox_id', 'outbox.id')
    .select(['outbox.recipient', 'outbox_messages.message'])
    .execute();
  await store.close();
  expect(rows).toHaveLength(3);
  for (const language of languages) {
    const row = rows.find((r) => r.recipient === `${language}@example.org`)!;
    const mail = JSON.parse(row.message) as { text: string; html: string };
    const body = `${mail.text}\n${mail.html}`;
    // The query once, in the unnamed wording; never the named one's "“q” (q)".
    const intro = t(language, 'search.introQuery', { query: 'adducci' }).replace(/[\u2066-\u2069]/g, '');
    expect(mail.text.replace(/[\u2066-\u2069]/g, '')).toContain(intro);
    expect(mail.text).not.toMatch(/adducci\W{1,4}\(\W{0,2}adducci/i);
    // The entry's day in the reader's language, and no ISO date anywhere a person reads.
    const day = dateIn(language, '2025-03-14');
    expect(mail.text).toContain(`${day} · ${entryLabel('1', 'mied', language)} “Petition”`);
    expect(mail.text).toContain(`${day} · ${entryLabel('2', 'mied', language)} “Exhibit”`);
    expect(mail.text).toContain(`${day} · ${entryLabel('3', 'mied', language)} “Exhibit”`);
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  }

  const listed = await runCli(['search', 'matches', '--db', db]);
  expect(listed.code, listed.stderr).toBe(0);
  expect(listed.stdout).toContain('(search “adducci”, first seen');
  expect(listed.stdout).not.toMatch(/\(search s_/);
}, 120_000);
