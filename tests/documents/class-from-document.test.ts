/**
 * Who is covered, read from an order's document: a certification order whose docket text names no
 * class ("granting in part [139] Amended Motion to Certify Class") gets its definition when its
 * PDF is kept (`docketwatch document add`) — the opinion's last definition, not the earlier one
 * its background recites — and `case classes` lists it from the order's filing day.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { openDatabase } from '../../db/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { jsonLines, runCli } from '../support/cli.ts';
import { describeDialect, freshTarget } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { makePdf } from '../support/pdf.ts';

const OPINION = makePdf({
  pages: [
    {
      lines: [
        'Case 2:17-cv-11910 Document 191 Filed 01/02/18 Page 1 of 2',
        'OPINION & ORDER GRANTING IN PART THE AMENDED MOTION TO CERTIFY CLASS',
        'In July, the Court enjoined removal for the class defined as all Iraqi nationals',
        'in the United States who had final orders of removal on June 24, 2017.',
        'Petitioners ask the Court to certify three classes.',
      ],
    },
    {
      lines: [
        'Case 2:17-cv-11910 Document 191 Filed 01/02/18 Page 2 of 2',
        'For these reasons, the Court certifies a Primary Class consisting of all Iraqi nationals',
        'in the United States who had final orders of removal at any point between March 1, 2017',
        'and June 24, 2017, and a Detained Final Order Subclass consisting of all members of the',
        'Primary Class who are or will be in ICE detention.',
        'SO ORDERED.',
      ],
    },
  ],
});

describeDialect('sqlite', 'who is covered, from an order’s document', () => {
  it('reads the class the document defines when the docket text names none', async () => {
    const target = freshTarget('sqlite');
    const dir = mkdtempSync(join(tmpdir(), 'dw-class-doc-'));
    const pdf = join(dir, 'order.pdf');
    writeFileSync(pdf, OPINION);
    const store = await openDatabase(target);
    try {
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
      await ingestParsed(
        store,
        result('pacer-docket', [
          docket('2:17-cv-11910', [
            entry({
              number: '191',
              dateFiled: '2018-01-02',
              description:
                "OPINION & ORDER Denying in Part Respondents' [135] Motion to Dismiss and Granting in Part Petitioners' [139] Amended Motion to Certify Class. Signed by District Judge Mark A. Goldsmith.",
            }),
          ]),
        ]),
      );
    } finally {
      await store.close();
    }
    const none = await runCli(['case', 'classes', 'mied:2:17-cv-11910', '--json', '--db', target]);
    expect(jsonLines(none.stdout)).toEqual([]);

    const added = await runCli(
      ['document', 'add', '--db', target, '--case', 'mied:2:17-cv-11910', '--entry', '191', pdf],
      { env: { DOCUMENTS_DIR: join(dir, 'docs') } },
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const listed = await runCli(['case', 'classes', 'mied:2:17-cv-11910', '--json', '--db', target]);
    expect(jsonLines(listed.stdout)).toEqual([
      {
        effective: '2018-01-02',
        entry: '191',
        source: 'order',
        scope: 'nationwide',
        text: {
          en: 'Primary Class: all Iraqi nationals in the United States who had final orders of removal at any point between March 1, 2017 and June 24, 2017; Detained Final Order Subclass: all members of the Primary Class who are or will be in ICE detention',
          es: null,
          ar: null,
        },
        // A class and its subclass, certified together: a whole definition.
        adds: false,
      },
    ]);
  });
});
