/**
 * Who is covered, per order, through the live path: the replay court publishes Hamama v. Adducci,
 * the real worker reads it (feed, then docket report) and mails an advocate. The class was defined
 * by ECF 43 (June 26, 2017; the maintainers' words, `people.classFrom`) and redefined by ECF 87
 * (July 24, 2017; read from the order's own words). Each advocate message quotes the definition in
 * force on its court day; the definitions the replay leaves are the ones a batch ingest of the
 * whole docket gives; `case classes` lists them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseClass, readCaseDetails, setCaseClass } from '../../db/case-details.ts';
import { addCase, findCase } from '../../db/cases.ts';
import { openDatabase } from '../../db/index.ts';
import { hamamaHistory } from '../../src/demo/history.ts';
import { DEMO_CASE, DEMO_SUBSCRIBERS, runDemo } from '../../src/demo/run.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { silentLogger } from '../../src/log.ts';
import { jsonLines, runCli } from '../support/cli.ts';
import { freshStore } from '../support/db.ts';
import { historyDocket, hamamaHistory as writtenHamama } from '../support/history.ts';
import { testServer } from '../support/web.ts';

const ECF43 =
  'Iraqi nationals in the U.S. with final removal orders who have been or will be arrested and detained by ICE';
const ECF87 =
  'all Iraqi nationals in the United States who had final orders of removal on June 24, 2017, and who have been or will be detained for removal by ICE';

const versionsOf = (v: readonly CaseClass[] | undefined) =>
  (v ?? []).map((x) => ({
    entry: x.from?.entry ?? null,
    day: x.from?.dateFiled ?? null,
    source: x.source,
    text: x.text,
  }));

describe('who is covered, per order, replayed through the worker', () => {
  let dir: string;
  let db: string;
  let mails: { day: string; kind: string; subject: string; text: string }[];
  let live: ReturnType<typeof versionsOf>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dw-classes-'));
    db = join(dir, 'replay.sqlite');
    await runDemo({
      speed: 'max',
      outboxDir: join(dir, 'outbox'),
      port: null,
      db,
      logger: silentLogger,
      subscribers: [],
    });
    const store = await openDatabase(db);
    try {
      const rows = await store.db
        .selectFrom('outbox')
        .innerJoin('outbox_messages', 'outbox_messages.outbox_id', 'outbox.id')
        .select(['outbox.created_at', 'outbox.kind', 'outbox.subject', 'outbox_messages.message'])
        .where('outbox.recipient', '=', DEMO_SUBSCRIBERS.advocate)
        .orderBy('outbox.id')
        .execute();
      mails = rows.map((r) => ({
        // The worker's clock is the court's: a message's court day is its creation's day in Detroit.
        day: DateTime.fromISO(r.created_at, { zone: 'America/Detroit' }).toISODate()!,
        kind: r.kind,
        subject: r.subject,
        text: ((JSON.parse(r.message) as { text: string }).text ?? '').replace(/\s+/g, ' '),
      }));
      const c = await findCase(store.db, DEMO_CASE);
      live = versionsOf((await readCaseDetails(store.db, c!.id)).class?.versions);
    } finally {
      await store.close();
    }
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps ECF 43 (the maintainers’ words) and ECF 87 (its own words), each from its filing day', () => {
    expect(live).toEqual([
      {
        entry: '43',
        day: '2017-06-26',
        source: 'maintainer',
        text: { en: ECF43, es: expect.any(String), ar: expect.any(String) },
      },
      { entry: '87', day: '2017-07-24', source: 'order', text: { en: ECF87, es: null, ar: null } },
      // The replay file's maintainers translate ECF 87's words (`people.classes`): said in its place.
      {
        entry: '87',
        day: '2017-07-24',
        source: 'maintainer',
        text: { en: ECF87, es: expect.stringContaining('24 de junio de 2017'), ar: expect.any(String) },
      },
    ]);
  });

  it('an advocate reads ECF 43’s class before July 24, 2017, ECF 87’s after, and no class before June 26', () => {
    const covered = (m: (typeof mails)[number]) => /Who is covered: /.test(m.text);
    const before43 = mails.filter((m) => m.day < '2017-06-26');
    expect(before43.length).toBeGreaterThan(0);
    expect(before43.filter(covered).map((m) => `${m.day} ${m.subject}`)).toEqual([]);

    const between = mails.filter((m) => m.day >= '2017-06-26' && m.day < '2017-07-24' && covered(m));
    expect(between.length).toBeGreaterThan(0);
    for (const m of between) {
      expect(m.text, m.subject).toContain(
        `Who is covered: ${ECF43}, nationwide. As this site’s maintainers give the court’s definition in its order of June 26, 2017 (ECF No. 43).`,
      );
      expect(m.text).not.toContain(ECF87);
    }

    // From ECF 87 on, and after the Sixth Circuit's mandate of April 10, 2019 vacated its injunction:
    // the injunction ends, the class it defined does not (only a decertification ends a class).
    const after = mails.filter((m) => m.day > '2017-07-24' && m.kind === 'digest');
    expect(after.length).toBeGreaterThan(3);
    expect(after.some((m) => m.day > '2018-12-20')).toBe(true);
    for (const m of after) {
      expect(m.text, `${m.day} ${m.subject}`).toContain(
        `Who is covered: ${ECF87}, nationwide. As the court defined the class in its order of July 24, 2017 (ECF No. 87).`,
      );
      expect(m.text).not.toContain(ECF43);
    }
    // After the mandate, a message that says who is covered still says ECF 87's class, never ECF 43's.
    for (const m of mails.filter((x) => x.day >= '2019-04-10' && x.text.includes('Who is covered'))) {
      expect(m.text, `${m.day} ${m.subject}`).toContain(ECF87);
      expect(m.text).not.toContain(ECF43);
    }
    // The injunction's own alert, on its day, quotes the class its order defines.
    const granted = mails.find(
      (m) => m.kind === 'alert' && /Preliminary injunction granted on July 24, 2017/.test(m.subject),
    );
    expect(granted?.text).toContain(`Who is covered: ${ECF87}`);
  });

  it('gives the same definitions as a batch ingest of the whole docket', async () => {
    const h = hamamaHistory();
    const written = writtenHamama();
    const store = await freshStore('sqlite');
    try {
      await addCase(store.db, h.court, h.docketNumber, { name: h.caseName });
      const c = await findCase(store.db, DEMO_CASE);
      await setCaseClass(
        store.db,
        c!.id,
        {
          en: h.people!.class,
          es: h.people!.classEs ?? null,
          ar: h.people!.classAr ?? null,
          scope: h.people!.scope ?? null,
          protects: h.people!.protects ?? null,
          from: h.people!.classFrom ?? null,
        },
        new Date(),
      );
      for (const later of h.people!.classes ?? [])
        await setCaseClass(
          store.db,
          c!.id,
          {
            en: later.class,
            es: later.classEs ?? null,
            ar: later.classAr ?? null,
            scope: later.scope ?? null,
            from: later.classFrom,
          },
          new Date(),
        );
      await ingestParsed(store, {
        kind: 'pacer-docket',
        court: h.court,
        isDocket: true,
        reason: null,
        cases: [historyDocket(written, written.entries)],
      });
      expect(versionsOf((await readCaseDetails(store.db, c!.id)).class?.versions)).toEqual(live);
    } finally {
      await store.close();
    }
  });

  it('the pages read them from the store: the definition in force on their day, and order by order', async () => {
    const store = await openDatabase(db);
    const at = async (now: string, url: string) => {
      const app = await testServer(store, 'https://watch.example.org', new Date(now));
      try {
        return (await app.inject({ method: 'GET', url })).body;
      } finally {
        await app.close();
      }
    };
    try {
      const path = '/cases/mied/2:17-cv-11910';
      // The key-dates page as of July 10, 2017 (the court's day then): ECF 43's class, in Spanish.
      const july = await at('2017-07-10T16:00:00Z', `${path}/key-dates?lang=es`);
      expect(july).toContain('A quién ampara: <bdi>los ciudadanos iraquíes en EE. UU.');
      expect(july).not.toContain('24 de junio de 2017');
      // Later: ECF 87's, and the case page lists both for lawyers.
      const later = await at('2018-03-01T16:00:00Z', `${path}/key-dates?lang=es`);
      expect(later).toContain('A quién ampara: <bdi>todos los ciudadanos iraquíes en EE. UU. que tenían');
      const page = await at('2018-03-01T16:00:00Z', path);
      // ECF 87's own words once: the maintainers' for it are the same words (they translate them).
      expect(page).toContain('Who is covered, order by order (2)');
      // Linked twice: the covered line (ECF 87's class still in force) and the order-by-order list.
      expect(page.match(/#entry-87">ECF No\. 87<\/a>/g)?.length).toBe(2);
      // The page reads the record as it stands (the whole replay): ECF 87's injunction was vacated
      // with the mandate of April 10, 2019; its class was never decertified, so it is still in force.
      expect(page).toMatch(
        /<li class="in-force"><span class="when">from July 24, 2017, <a href="[^"]*#entry-87">/,
      );
      expect(page).not.toContain('its order vacated');
      const api = JSON.parse(await at('2017-07-10T16:00:00Z', `/api${path}`));
      expect(api.case.class).toMatchObject({ from: { entry: '43', dateFiled: '2017-06-26' } });
      expect(api.case.classes.map((v: CaseClass) => v.from?.entry)).toEqual(['43', '87', '87']);
    } finally {
      await store.close();
    }
  });

  it('`case classes` lists them, oldest first', async () => {
    const out = await runCli(['case', 'classes', DEMO_CASE, '--json', '--db', db]);
    expect(out.code).toBe(0);
    expect(jsonLines(out.stdout).map((r) => [r.effective, r.entry, r.source])).toEqual([
      ['2017-06-26', '43', 'maintainer'],
      ['2017-07-24', '87', 'order'],
      ['2017-07-24', '87', 'maintainer'],
    ]);
    // A maintainer's translation of an order's definition keeps the order's English words.
    await runCli(['case', 'set', DEMO_CASE, '--clear', '--class-from', '87', '--db', db]);
    const set = await runCli([
      'case',
      'set',
      DEMO_CASE,
      '--class-from',
      '87',
      '--class-es',
      'traducción',
      '--db',
      db,
    ]);
    expect(set.code).toBe(0);
    expect(jsonLines(set.stdout)[0]!.class).toMatchObject({
      text: { en: ECF87, es: 'traducción', ar: null },
      from: { entry: '87', dateFiled: '2017-07-24' },
      source: 'maintainer',
    });
    // The deadlines command says the definition in force on its day.
    const july = await runCli([
      'deadlines',
      '--case',
      DEMO_CASE,
      '--as-of',
      '2017-07-10',
      '--json',
      '--db',
      db,
    ]);
    expect(jsonLines(july.stdout)[0]!.class).toMatchObject({ from: { entry: '43' } });
    const june = await runCli([
      'deadlines',
      '--case',
      DEMO_CASE,
      '--as-of',
      '2017-06-23',
      '--json',
      '--db',
      db,
    ]);
    expect(jsonLines(june.stdout)[0]!.class).toBeNull();
  });
});
