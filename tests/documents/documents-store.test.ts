/**
 * Keeping documents: `docketwatch document add` as a user runs it, on SQLite and PostgreSQL. The
 * file is stored once under its digest (owner-only), its pages and link are in the store, the
 * order's findings carry page and sentence, its text reaches the deadline record, and sealed
 * entries' documents are refused.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { type Dialect, openDatabase } from '../../db/index.ts';
import { caseDocuments, storedPages } from '../../src/documents/store.ts';
import { ingest } from '../../src/ingest/index.ts';
import { runCli } from '../support/cli.ts';
import { DIALECTS, describeDialect, freshTarget } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { makePdf } from '../support/pdf.ts';

const ORDER = makePdf({
  pages: [
    {
      lines: [
        'Case 2:17-cv-11910 Document 64 Filed 07/06/17 Page 1 of 2',
        'OPINION AND ORDER GRANTING MOTION TO EXTEND STAY',
      ],
    },
    {
      lines: [
        'Case 2:17-cv-11910 Document 64 Filed 07/06/17 Page 2 of 2',
        'Removal of Petitioners is stayed until July 24, 2017.',
        'IT IS SO ORDERED.',
      ],
    },
  ],
});

for (const dialect of DIALECTS as Dialect[]) {
  describeDialect(dialect, 'docketwatch document add', () => {
    let target: string;
    let dir: string;
    let pdf: string;
    /** `docketwatch document add` of the order for one entry of the case. */
    const add = (entry: string, ...options: string[]) =>
      runCli(
        [
          'document',
          'add',
          '--db',
          target,
          '--case',
          'mied:2:17-cv-11910',
          '--entry',
          entry,
          ...options,
          pdf,
        ],
        { env: { DOCUMENTS_DIR: join(dir, 'docs') } },
      );
    beforeEach(async () => {
      target = freshTarget(dialect);
      dir = mkdtempSync(join(tmpdir(), 'docketwatch-docs-'));
      pdf = join(dir, 'order.pdf');
      writeFileSync(pdf, ORDER);
      const store = await openDatabase(target);
      try {
        await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
        await ingest(
          store.db,
          result('pacer-docket', [
            docket('2:17-cv-11910', [
              entry({
                number: '64',
                dateFiled: '2017-07-06',
                description: 'OPINION AND ORDER granting [60] Motion to extend stay',
              }),
              entry({ number: '65', dateFiled: '2017-07-07', description: 'SEALED MOTION' }),
            ]),
          ]),
        );
      } finally {
        await store.close();
      }
    });

    it('stores the file once, owner-only, with its pages, and reads the order for the record', async () => {
      const first = await add('64');
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^added: .* → entry 64 of mied:2:17-cv-11910, 2 page\(s\)/);
      expect(first.stdout).toContain(
        'stay extended to 2017-07-24 — p. 2: "Removal of Petitioners is stayed until July 24, 2017."',
      );

      const again = await add('64', '--json');
      const added = JSON.parse(again.stdout) as {
        sha256: string;
        newFile: boolean;
        newLink: boolean;
        path: string;
      };
      expect(added).toMatchObject({ newFile: false, newLink: false });

      const folder = join(dir, 'docs', added.sha256.slice(0, 2));
      expect(readdirSync(folder)).toEqual([`${added.sha256}.pdf`]);
      expect(statSync(added.path).mode & 0o777).toBe(0o600);
      expect(statSync(folder).mode & 0o777).toBe(0o700);

      const store = await openDatabase(target);
      try {
        const pages = await storedPages(store, added.sha256);
        expect(pages.map((p) => p.text)).toEqual([
          'OPINION AND ORDER GRANTING MOTION TO EXTEND STAY',
          'Removal of Petitioners is stayed until July 24, 2017.\nIT IS SO ORDERED.',
        ]);
        const c = await store.db.selectFrom('cases').select('id').executeTakeFirstOrThrow();
        expect([...(await caseDocuments(store, c.id))]).toEqual([
          ['64', [{ sha256: added.sha256, attachment: 0, pages: 2, ocrPages: 0 }]],
        ]);
        const texts = await store.db.selectFrom('entry_texts').select(['entry_key', 'source']).execute();
        expect(texts).toEqual([{ entry_key: '64', source: `document:${added.sha256}` }]);
        const events = await store.db
          .selectFrom('events')
          .select(['type', 'entry_key', 'payload'])
          .where('type', '=', 'document.added')
          .execute();
        expect(events).toHaveLength(1);
        expect(JSON.parse(events[0]!.payload).stays).toEqual([
          expect.objectContaining({ expires: '2017-07-24', page: 2 }),
        ]);
        const stays = await store.db
          .selectFrom('deadline_records')
          .select(['kind', 'due'])
          .where('kind', '=', 'stay')
          .execute();
        expect(stays).toEqual([{ kind: 'stay', due: '2017-07-24' }]);
      } finally {
        await store.close();
      }
    });

    it('refuses a sealed entry and an entry that is not there', async () => {
      const sealed = await add('65');
      expect(sealed.code).toBe(1);
      expect(sealed.stderr).toContain('sealed or restricted');
      const missing = await add('99');
      expect(missing.stderr).toContain('has no entry 99');
    });
  });
}
