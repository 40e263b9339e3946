/**
 * A docket report prints a reference to another entry ("[8]") as a link whose text is the bare
 * number: the parser carries the entries the text links to (`linkedEntries`), since the text alone
 * ("NOTICE of compliance with 8 temporary restraining order") no longer marks the number as one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeShared, fixturesDir } from '../../tests/support/shared.ts';
import { parseDistrictDocket } from './district.ts';

const ORIGIN = 'https://ecf.mad.uscourts.gov';
const link = (id: string, text: string) =>
  `<a href="${ORIGIN}/doc1/${id}" onClick="goDLS('/doc1/${id}','48821','${Number(id.slice(-3))}','','','','','');return(false);">${text}</a>`;

/** A short fictional report (D. Mass.): links in the text, attachments, an entry with none. */
function report(rows: [date: string, number: string, id: string, text: string][]): string {
  const entries = rows
    .map(
      ([date, n, id, text]) =>
        `<tr><td valign="top">${date}</td><td valign="top" align="right">${link(id, n)}</td>\n<td valign="top">${text}</td></tr>`,
    )
    .join('\n');
  return `<html><head><title>CM/ECF - U.S. District Court:mad</title></head><body><div id="cmecfMainContent">
<h3 align="center">United States District Court<br>District of Massachusetts (Boston)<br>CIVIL DOCKET FOR CASE #: 1:29-cv-10417-RKW</h3>
<table width="100%" border="0" cellspacing="5"><tr><td valign="top" width="60%"><br>Ferreira Lutz v. Halvorsen<br>Assigned to: Judge Rosalind K. Whitford</td>
<td valign="top" width="40%"><br>Date Filed: 03/05/2029</td></tr></table>
<table align="center" width="99%" border="1" rules="all" cellpadding="5" cellspacing="0">
<tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>
${entries}
</table></div></body></html>`;
}

const page = report([
  [
    '03/05/2029',
    '1',
    '09518000101',
    'PETITION for Writ of Habeas Corpus filed by Iolanda Ferreira Lutz. (Entered: 03/05/2029)',
  ],
  [
    '03/06/2029',
    '8',
    '09518000108',
    `TEMPORARY RESTRAINING ORDER granting in part ${link('09518000103', '3')} Motion. Signed by Judge Rosalind K. Whitford on 3/6/2029. (Entered: 03/06/2029)`,
  ],
  [
    '03/09/2029',
    '9',
    '09518000109',
    `NOTICE of compliance with ${link('09518000108', '8')} temporary restraining order by respondent Halvorsen (Attachments: # ${link('09518000110', '1')} Declaration of Dana Pruitt, # ${link('09518000111', '2')} Exhibit A) (Okafor, Tem) (Entered: 03/09/2029)`,
  ],
  [
    '03/12/2029',
    '10',
    '09518000112',
    `RESPONSE re ${link('09518000108', '8')} Order, ${link('09518000103', '3')} Motion and ${link('09518000108', '8')} Order; see Exhibit ${link('09518000101', '1-2')} (Okafor, Tem) (Entered: 03/12/2029)`,
  ],
]);

describe('parseDistrictDocket: entries a docket text links to', () => {
  const entries = parseDistrictDocket(page, null).cases[0]!.entries;
  const byNumber = new Map(entries.map((e) => [e.number, e]));

  it('reads a link whose text is an entry number as a reference to that entry, the text unchanged', () => {
    const notice = byNumber.get('9')!;
    expect(notice.description).toBe(
      'NOTICE of compliance with 8 temporary restraining order by respondent Halvorsen (Attachments: # 1 Declaration of Dana Pruitt, # 2 Exhibit A) (Okafor, Tem) (Entered: 03/09/2029)',
    );
    expect(notice.linkedEntries).toEqual([8]);
    // The attachments' own numbers are no references.
    expect(notice.attachments.map((a) => a.number)).toEqual(['1', '2']);
  });

  it('lists each linked entry once, in the order first linked; an attachment link names its entry', () => {
    expect(byNumber.get('10')!.linkedEntries).toEqual([8, 3, 1]);
    expect(byNumber.get('8')!.linkedEntries).toEqual([3]);
  });

  it('gives no field at all to an entry whose text links nothing (its output as before)', () => {
    expect('linkedEntries' in byNumber.get('1')!).toBe(false);
  });
});

describeShared('parseDistrictDocket: entries linked in real reports of DEV courts', () => {
  // Every linked number stands in the text as a bare number (mostly an earlier entry; a clerk's
  // note can link a later one: "Modified on 1/22/2015 … per Filing No. 39").
  it.each(['mad_193254', 'mowd', 'ned', 'dcd_3'])('%s: each link is a number the text shows', (name) => {
    const html = readFileSync(resolve(fixturesDir, 'pacer/district-dockets', `${name}.html`), 'utf8');
    const parsed = parseDistrictDocket(html, null).cases[0]!.entries;
    const linking = parsed.filter((e) => e.linkedEntries);
    expect(linking.length).toBeGreaterThan(0);
    for (const e of linking) {
      for (const n of e.linkedEntries!) {
        expect(e.description).toMatch(new RegExp(`(?<![\\d#])${n}(?!\\d)`));
      }
    }
  });

  it('D. Mass.: "ELECTRONIC ORDER entered granting 5 Motion", "MEMORANDUM in Support re 7 MOTION to Strike 1 Complaint"', () => {
    const html = readFileSync(resolve(fixturesDir, 'pacer/district-dockets/mad_193254.html'), 'utf8');
    const parsed = new Map(parseDistrictDocket(html, null).cases[0]!.entries.map((e) => [e.number, e]));
    expect(parsed.get('6')!.linkedEntries).toEqual([5]);
    expect(parsed.get('8')!.linkedEntries).toEqual([7, 1]);
  });
});
