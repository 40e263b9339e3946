import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { corpusPairs, runCorpus } from '../../tests/support/corpus.ts';
import { describeShared } from '../../tests/support/shared.ts';
import { parseHistoryReport } from './history.ts';

const page = readFileSync(new URL('./fixtures/history-mied.html', import.meta.url), 'utf8');

describe('parseHistoryReport', () => {
  const result = parseHistoryReport(page, null);
  const kase = result.cases[0]!;

  it('reads the case header', () => {
    expect(result).toMatchObject({ kind: 'pacer-history', court: 'mied', isDocket: true, reason: null });
    expect(kase).toMatchObject({
      docketNumber: '2:17-cv-11910',
      caseName: 'Hamama v. Adducci',
      assignedTo: 'Mark A. Goldsmith',
      referredTo: 'David R. Grand',
      dateFiled: '2017-06-15',
      dateTerminated: '2021-02-04',
    });
  });

  it('reads entries with short and long descriptions, dates, doc ids and sequence numbers', () => {
    expect(kase.entries).toEqual([
      {
        number: '1',
        dateFiled: '2017-06-15',
        dateEntered: '2017-06-15',
        description:
          'PETITION for Writ of Habeas Corpus and Class Action Complaint for Declaratory and Injunctive Relief. Receipt No: 0645-6375431 - Fee: $5 (Attachments: # 1 Exhibit Index) (Aukerman, Miriam)',
        shortDescription: 'Petition for Writ of Habeas Corpus',
        pacerDocId: '03507092455',
        pacerSeqNo: '4',
        pageCount: null,
        attachments: [],
      },
      {
        number: null,
        dateFiled: '2017-06-15',
        dateEntered: '2017-06-16',
        description: '',
        shortDescription: 'A United States Magistrate Judge of this Court is available',
        pacerDocId: null,
        pacerSeqNo: null,
        pageCount: null,
        attachments: [],
      },
      {
        number: '5',
        dateFiled: '2017-06-22',
        dateEntered: '2017-06-22',
        description: '',
        shortDescription: 'Order on Motion for Temporary Restraining Order',
        pacerDocId: null,
        pacerSeqNo: null,
        pageCount: null,
        attachments: [],
      },
      {
        number: '87',
        dateFiled: '2017-07-24',
        dateEntered: '2017-07-25',
        description:
          "OPINION AND ORDER Granting Petitioners' [77] Motion to Expand the Stay of Removal. Signed by District Judge Mark A. Goldsmith. (Sandusky, K)",
        shortDescription: 'Opinion and Order',
        pacerDocId: '03507110232',
        pacerSeqNo: '231',
        pageCount: null,
        attachments: [],
      },
    ]);
  });

  it('takes the court from the page before the one assumed by the caller', () => {
    expect(parseHistoryReport(page, 'ohnd').court).toBe('mied');
    const noLinks = page.replace(/https:\/\/ecf\.mied\.uscourts\.gov/g, '');
    expect(parseHistoryReport(noLinks, 'mied').court).toBe('mied');
    expect(parseHistoryReport(noLinks, null).court).toBeNull();
    const named = noLinks.replace(
      /<title>[^<]*/,
      '<title>CM/ECF Eastern District of Michigan-History/Documents',
    );
    expect(parseHistoryReport(named, null).court).toBe('mied');
  });

  it('parses what there is of a truncated page without throwing', () => {
    let previous = 0;
    for (let cut = 0; cut <= page.length; cut += 97) {
      const r = parseHistoryReport(page.slice(0, cut), null);
      const n = r.cases[0]?.entries.length ?? 0;
      expect(n).toBeGreaterThanOrEqual(previous);
      previous = n;
    }
    const half = parseHistoryReport(page.slice(0, page.indexOf('Order on Motion')), null);
    expect(half.cases[0]!.docketNumber).toBe('2:17-cv-11910');
    expect(half.cases[0]!.entries.map((e) => e.number)).toEqual(['1', null, '5']);
  });

  it('says a page without header or entries table is not a history report', () => {
    const r = parseHistoryReport('<html><body><h1>Login</h1><form>user</form></body></html>', null);
    expect(r).toMatchObject({ isDocket: false, cases: [] });
    expect(r.reason).toMatch(/not a docket history report/);
  });

  it('answers deeply nested markup quickly, with a result or an InputError, never a stack overflow', () => {
    const deep = `<center>${'<b>'.repeat(20000)}x${'</b>'.repeat(20000)}</center>`;
    const started = performance.now();
    try {
      expect(parseHistoryReport(deep, null).kind).toBe('pacer-history');
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describeShared('parseHistoryReport against the shared corpus (docket-history)', () => {
  it('agrees with at least 99.5 % of the compared fields', () => {
    const summary = runCorpus(corpusPairs(['docket-history']));
    const folder = summary.byKind['docket-history']!;
    expect(folder.files).toBeGreaterThan(0);
    expect(folder.errors).toBe(0);
    expect((folder.agreed + folder.allowed) / folder.compared).toBeGreaterThanOrEqual(0.995);
  });
});

describe('parseHistoryReport: court from a "Live Database" page title', () => {
  it('names the court from "CTB Live Database Area" when no link names it', () => {
    const page = `<html><head><title>CTB Live Database Area</title></head><body>
      <center><font size="+1">3:19-bk-30101</font><br>In re: Jane Roe<br>Chapter: 7</center>
      <table><tr><th>Doc.<br>No.</th><th>Dates</th><th>Description</th></tr>
      <tr><td>1</td><td>Filed &amp; Entered: 01/22/2019</td><td>Voluntary Petition (Chapter 7)</td></tr></table>
      </body></html>`;
    const result = parseHistoryReport(page, null);
    expect(result.court).toBe('ctb');
    expect(result.cases[0]!.entries).toHaveLength(1);
  });
});
