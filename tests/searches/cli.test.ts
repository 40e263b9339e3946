/** `docketwatch search add|list|matches|track|dismiss|remove` as a user runs them. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.ts';
import { matchFeed } from '../../src/searches/searches.ts';
import { jsonLines, runCli } from '../support/cli.ts';
import { entry } from '../support/dockets.ts';

const dir = mkdtempSync(join(tmpdir(), 'docketwatch-search-cli-'));
const db = join(dir, 'dw.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('adds, lists, shows matches, tracks, dismisses and removes saved searches', async () => {
  const bad = await runCli(['search', 'add', '"alien enemies', '--db', db]);
  expect(bad.code).not.toBe(0);
  expect(bad.stderr).toContain('a quoted phrase is not closed');

  const added = await runCli([
    'search',
    'add',
    '"alien enemies act" OR adducci',
    '--name',
    'AEA',
    '--email',
    'a@example.org',
    '--language',
    'ar',
    '--json',
    '--db',
    db,
  ]);
  expect(added.code, added.stderr).toBe(0);
  const search = jsonLines(added.stdout)[0]!;
  expect(search).toMatchObject({
    name: 'AEA',
    query: '"alien enemies act" OR adducci',
    emails: ['a@example.org'],
  });

  // What a poll of a court feed would find (matchFeed is what the poller calls).
  const store = await openDatabase(db);
  // Its proposals will be written in Arabic for that address.
  expect(await store.db.selectFrom('search_subscribers').select(['email', 'language']).execute()).toEqual([
    { email: 'a@example.org', language: 'ar' },
  ]);
  const feedCase = (docket: string, caseName: string, text: string) => ({
    kind: 'pacer-rss',
    court: 'txsd',
    isDocket: true,
    reason: null,
    cases: [
      {
        docketNumber: docket,
        caseName,
        pacerCaseId: null,
        assignedTo: null,
        referredTo: null,
        dateFiled: null,
        dateTerminated: null,
        cause: null,
        natureOfSuit: null,
        juryDemand: null,
        jurisdiction: null,
        demand: null,
        parties: [],
        entries: [entry({ dateFiled: '2025-03-15T10:00:00Z', description: '', shortDescription: text })],
      },
    ],
  });
  const found = await matchFeed(store, {
    source: { id: 'pacer-rss-txsd-test', court_id: 'txsd' },
    results: [
      feedCase('1:25-cv-00059', 'W.M.M. v. Trump', 'Petition under the Alien Enemies Act'),
      feedCase('1:25-cv-00060', 'Doe v. Adducci', 'Complaint'),
      feedCase('1:25-cv-00061', 'Acme v. Widget', 'Complaint'),
    ],
  });
  expect(found.proposed.map((m) => m.case).sort()).toEqual(['txsd:1:25-cv-00059', 'txsd:1:25-cv-00060']);
  await store.close();

  const list = await runCli(['search', 'list', '--db', db]);
  expect(list.stdout).toContain(
    'AEA: "alien enemies act" OR adducci  (2 proposed, 0 tracked, 0 dismissed; a@example.org)',
  );

  const matches = jsonLines((await runCli(['search', 'matches', '--json', '--db', db])).stdout);
  const [first, second] = matches.sort((a, b) => String(a.case).localeCompare(String(b.case)));
  const tracked = await runCli(['search', 'track', String(first!.id), '--db', db]);
  expect(tracked.stdout.trim()).toBe('tracking txsd:1:25-cv-00059');
  expect((await runCli(['cases', '--db', db])).stdout).toContain('txsd:1:25-cv-00059');
  expect((await runCli(['search', 'dismiss', String(second!.id), '--db', db])).code).toBe(0);
  const after = jsonLines((await runCli(['search', 'matches', '--json', '--db', db])).stdout);
  expect(after.map((m) => [m.case, m.status]).sort()).toEqual([
    ['txsd:1:25-cv-00059', 'tracked'],
    ['txsd:1:25-cv-00060', 'dismissed'],
  ]);
  expect((await runCli(['search', 'matches', '--status', 'nope', '--db', db])).code).not.toBe(0);

  expect((await runCli(['search', 'remove', String(search.id), '--db', db])).stdout.trim()).toBe(
    `removed ${search.id}`,
  );
  const none = await runCli(['search', 'list', '--db', db]);
  expect(none.stdout).toBe('');
  expect(none.stderr).toContain('no saved search yet: docketwatch search add QUERY');
  expect((await runCli(['search', 'remove', String(search.id), '--db', db])).code).not.toBe(0);
}, 300_000);
