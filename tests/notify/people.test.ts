/**
 * Plain language from the case's own data: a maintainer says who the case is about (`case set`),
 * and advocates' alerts say what an order does to those people and who they are — in their
 * language — through the live path (CLI → store → ingest → deadline record → alerts → outbox).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCaseDetails } from '../../db/case-details.ts';
import { findCase } from '../../db/cases.ts';
import { openDatabase } from '../../db/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { dateIn } from '../../src/notify/i18n.ts';
import { entryLabel } from '../../src/notify/language.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { jsonLines, runCli } from '../support/cli.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { SECRET } from '../support/messages.ts';

const links = { publicUrl: 'https://watch.example.org', secret: SECRET, unsubscribeMailto: null };
const dir = mkdtempSync(join(tmpdir(), 'dw-people-'));
const db = join(dir, 'store.sqlite');
const CLASS =
  'Iraqi nationals in the U.S. with final removal orders who have been or will be arrested and detained by ICE';
const CLASS_AR =
  'المواطنون العراقيون في الولايات المتحدة الصادرة بحقهم أوامر ترحيل نهائية الذين اعتقلتهم أو ستعتقلهم وتحتجزهم إدارة الهجرة والجمارك (ICE)';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STAYED = entry({
  number: '32',
  dateFiled: '2017-06-22',
  description:
    "OPINION AND ORDER Staying Removal of Petitioners Pending Court's Review of Jurisdiction re [11] Emergency MOTION for Temporary Restraining Order and/or Stay of Removal. The removal of Petitioners and all members of the putative class is stayed for fourteen (14) days from the date of this Order. Signed by District Judge Mark A. Goldsmith. (KWil) (Entered: 06/22/2017)",
});
const EXPANDED = entry({
  number: '43',
  dateFiled: '2017-06-26',
  description:
    "OPINION & ORDER Granting Petitioners/Plaintiffs' [36] Motion to Expand Order Staying Removal to Protect Nationwide Class. The stay of removal is expanded to all Iraqi nationals in the United States with final orders of removal who have been or will be arrested and detained by ICE. The stay shall expire fourteen (14) days from the date of this Order. Signed by District Judge Mark A. Goldsmith. (KWil) (Entered: 06/26/2017)",
});
const EXTENDED = entry({
  number: '61',
  dateFiled: '2017-07-06',
  description:
    "ORDER Extending Stay of Enforcement of Removal Orders Pending Court's Review of Jurisdiction. The stay of removal of all class members previously set to expire on July 10, 2017 is extended through and including July 24, 2017. Signed by District Judge Mark A. Goldsmith. (KWil) (Entered: 07/06/2017)",
});
const INJUNCTION = entry({
  number: '87',
  dateFiled: '2017-07-24',
  description:
    "OPINION & ORDER Granting Petitioners' [77] MOTION for Preliminary Injunction. Respondents are ENJOINED from enforcing final orders of removal against class members pending further order of the Court. Signed by District Judge Mark A. Goldsmith. (KWil) (Entered: 07/24/2017)",
});

describe('who a case is about', () => {
  // Six CLI processes: slow on a loaded machine.
  it('is set, shown and cleared with `case set`, and checked', { timeout: 240_000 }, async () => {
    expect(
      (await runCli(['case', 'add', 'mied', '2:17-cv-11910', '--name', 'Hamama v. Adducci', '--db', db]))
        .code,
    ).toBe(0);
    const set = await runCli([
      'case',
      'set',
      'mied:2:17-cv-11910',
      '--class',
      CLASS,
      '--class-ar',
      CLASS_AR,
      '--scope',
      'nationwide',
      '--protects',
      'removal',
      '--db',
      db,
    ]);
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(jsonLines(set.stdout)[0]).toEqual({
      case: 'mied:2:17-cv-11910',
      class: {
        text: { en: CLASS, es: null, ar: CLASS_AR },
        scope: 'nationwide',
        protects: 'removal',
        from: null,
        source: 'maintainer',
      },
    });
    // Where the words come from: the order that defines the class, by its docket number.
    const notNumber = await runCli([
      'case',
      'set',
      'mied:2:17-cv-11910',
      '--class-from',
      'ECF 43',
      '--db',
      db,
    ]);
    expect(notNumber.code).not.toBe(0);
    expect(notNumber.stderr).toContain('is not a docket entry number');
    const from = await runCli(['case', 'set', 'mied:2:17-cv-11910', '--class-from', '43', '--db', db]);
    expect(jsonLines(from.stdout)[0]!.class).toMatchObject({
      text: { en: CLASS, ar: CLASS_AR },
      from: { entry: '43', dateFiled: null },
    });
    const wrong = await runCli(['case', 'set', 'mied:2:17-cv-11910', '--scope', 'worldwide', '--db', db]);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/nationwide, district, named/);
    const unknown = await runCli(['case', 'set', 'mied:2:17-cv-99999', '--class', 'x', '--db', db]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('not in the record');
    // Changing one part keeps the rest.
    const scope = await runCli(['case', 'set', 'mied:2:17-cv-11910', '--scope', 'district', '--db', db]);
    expect(jsonLines(scope.stdout)[0]!.class).toMatchObject({
      text: { en: CLASS, ar: CLASS_AR },
      scope: 'district',
    });
    await runCli(['case', 'set', 'mied:2:17-cv-11910', '--scope', 'nationwide', '--db', db]);
  });

  it('advocates read what the orders do to the class and who is in it, in their language', async () => {
    const store = await openDatabase(db);
    try {
      const now = new Date('2017-06-20T12:00:00Z');
      for (const [email, language] of [
        ['en@example.org', 'en'],
        ['ar@example.org', 'ar'],
        ['es@example.org', 'es'],
      ] as const) {
        await subscribe(
          store,
          {
            email,
            case: 'mied:2:17-cv-11910',
            audience: 'advocate',
            frequency: 'immediate',
            confirmed: true,
            language,
          },
          { ...links, now },
        );
      }
      await ingestParsed(
        store,
        result('pacer-docket', [docket('2:17-cv-11910', [STAYED, EXPANDED, EXTENDED, INJUNCTION])]),
      );
      await processAlerts(store, links, { now: new Date('2017-07-24T20:00:00Z') });
      const rows = await store.db
        .selectFrom('outbox')
        .innerJoin('outbox_messages', 'outbox_messages.outbox_id', 'outbox.id')
        .select(['outbox.recipient', 'outbox_messages.message'])
        .where('outbox.kind', '=', 'alert')
        .execute();
      const textOf = (to: string) =>
        rows
          .filter((r) => r.recipient === to)
          .map((r) => (JSON.parse(r.message) as { text: string }).text.replace(/\s+/g, ' '))
          .join('\n');
      const en = textOf('en@example.org');
      expect(en).toContain('The judge expanded the stay to cover more people, nationwide');
      expect(en).toContain(
        `Who is covered: ${CLASS}, nationwide. As this site’s maintainers give the court’s definition in its order of June 26, 2017 (ECF No. 43).`,
      );
      expect(en).toContain('no one in the class can be deported before the stay ends on July 24, 2017');
      expect(en).toContain(
        'Deportations of people in the class are blocked while the preliminary injunction is in force.',
      );
      // The Arabic reader gets the Arabic class description; the Spanish one the English, quoted.
      const ar = textOf('ar@example.org');
      expect(ar).toContain(
        `المشمولون: ${CLASS_AR}، في جميع أنحاء البلاد. هكذا ينقل القائمون على هذا الموقع تعريف المحكمة لأفراد الدعوى الجماعية في أمرها الصادر في ${dateIn('ar', '2017-06-26')} (${entryLabel('43', 'mied', 'ar')}).`,
      );
      expect(ar).toContain('ترحيل أفراد الدعوى الجماعية ممنوع ما دام الأمر القضائي الأولي ساريًا.');
      const es = textOf('es@example.org');
      expect(es).toContain(
        `A quién ampara: «${CLASS}», en todo el país. Así recogen los responsables de este sitio la definición que dio el tribunal en su orden del 26 de junio de 2017 (${entryLabel('43', 'mied', 'es')}).`,
      );
      expect(es).toContain('las deportaciones de las personas de la clase están bloqueadas');

      // Without a class, nothing is invented.
      const found = await findCase(store.db, 'mied:2:17-cv-11910');
      expect((await readCaseDetails(store.db, found!.id)).class?.protects).toBe('removal');
    } finally {
      await store.close();
    }
    const cleared = await runCli(['case', 'set', 'mied:2:17-cv-11910', '--clear', '--db', db]);
    expect(jsonLines(cleared.stdout)[0]!.class).toBeNull();
  });
});
