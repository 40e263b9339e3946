import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPairs, runCorpus } from '../../tests/support/corpus.ts';
import { describeShared } from '../../tests/support/shared.ts';
import { parsePacer } from './index.ts';
import { magicNumberFromUrl, parseNef, shortDescriptionFromSubject } from './nef.ts';
import { decodeEncodedWords, decodeQuotedPrintable, looksLikeMime, readMimeMessage } from './nef-mime.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('a notice naming several cases (HTML body)', () => {
  const result = parsePacer(fixture('nef-multi-case.html'), { kind: 'pacer-nef' });

  it('gives one case per case table, each with its own document number and link', () => {
    expect(result).toMatchObject({ kind: 'pacer-nef', court: 'mied', isDocket: true, reason: null });
    expect(result.cases.map((c) => [c.docketNumber, c.caseName, c.pacerCaseId])).toEqual([
      ['5:16-cv-10444', 'In re Flint Water Cases', '310455'],
      ['5:17-cv-10164', 'Walters v. City of Flint', '317522'],
    ]);
    expect(result.cases[1]!.entries).toEqual([
      {
        number: '612',
        dateFiled: '2024-03-11',
        dateEntered: null,
        description:
          'STIPULATED ORDER Extending Time to Respond to [600] Motion for Protective Order. Responses due by 3/25/2024. Signed by District Judge Judith E. Levy. Associated Cases: 5:16-cv-10444-JEL-EAS, 5:17-cv-10164-JEL-EAS (DRey)',
        shortDescription: null,
        pacerDocId: '09709885003',
        pacerSeqNo: '1480',
        pageCount: null,
        attachments: [],
        documentUrl:
          'https://ecf.mied.uscourts.gov/doc1/09719885003?caseid=317522&de_seq_num=1480&magic_num=MAGIC',
      },
    ]);
    expect(result.cases[0]!.entries[0]!.number).toBe('2871');
    expect(result.cases[0]!.entries[0]!.description).toContain('[2860] Motion for Protective Order');
  });

  it('exposes the free-look magic number of a document link', () => {
    expect(magicNumberFromUrl(result.cases[0]!.entries[0]!.documentUrl)).toBe('44718231');
    expect(magicNumberFromUrl(result.cases[1]!.entries[0]!.documentUrl)).toBeNull();
  });
});

describe('a quoted-printable ISO-8859-1 email with soft-wrapped lines', () => {
  const raw = fixture('nef-qp-latin1.eml');

  it('decodes the HTML part in its charset and reads the notice', () => {
    const result = parsePacer(raw, { kind: 'pacer-nef' });
    expect(result.court).toBe('mied');
    expect(result.cases).toHaveLength(1);
    const [hamama] = result.cases;
    expect(hamama).toMatchObject({
      docketNumber: '2:17-cv-11910',
      caseName: 'Hamama v. Adducci',
      pacerCaseId: '321020',
    });
    expect(hamama!.entries[0]).toMatchObject({
      number: '87',
      dateFiled: '2017-07-24',
      description:
        "OPINION & ORDER Granting Petitioners' [77] Motion for Preliminary Injunction. Signed by District Judge Mark A. Goldsmith. (Copy to José Niñez, counsel) (Whitfield, Renée)",
      shortDescription: 'Order on Motion for Preliminary Injunction',
      pacerDocId: '09707302087',
      pacerSeqNo: '412',
      documentUrl:
        'https://ecf.mied.uscourts.gov/doc1/09717302087?caseid=321020&de_seq_num=412&magic_num=55210937',
    });
  });

  it('prefers the HTML part and decodes the encoded-word subject', () => {
    const message = readMimeMessage(raw.toString('latin1'));
    expect(message.bodyType).toBe('text/html');
    expect(message.subject).toBe(
      'Activity in Case 2:17-cv-11910-MAG-DRG Hamama et al v. Adducci Order on Motion for Preliminary Injunction',
    );
  });
});

describe('a plain-text notice', () => {
  const plain = [
    'Date: Thu, 6 Jul 2017 18:51:00 -0400',
    'From: ecf_notices@mied.uscourts.gov',
    'Subject: Activity in Case 2:17-cv-11910-MAG-DRG Hamama et al v. Adducci Order',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'U.S. District Court',
    'Eastern District of Michigan',
    '',
    'Notice of Electronic Filing',
    '',
    'The following transaction was entered by Ortiz, Carmen on 7/6/2017 at 6:48 PM EDT and filed on 7/6/2017',
    '',
    'Case Name:           Hamama et al v. Adducci',
    'Case Number:         2:17-cv-11910-MAG-DRG https://ecf.mied.uscourts.gov/cgi-bin/DktRpt.pl?321020',
    'Filer:',
    'Document Number:     61',
    '',
    'Copy the URL address from the line below into the location bar of your Web browser to view the document:',
    'https://ecf.mied.uscourts.gov/doc1/09717264391?caseid=321020&de_seq_num=297&magic_num=10483316',
    '',
    'Docket Text:',
    "ORDER Extending Stay of Enforcement of Removal Orders Pending Court's Review of",
    'Jurisdiction. Signed by District Judge Mark A. Goldsmith. (COrt)',
    '',
    '2:17-cv-11910-MAG-DRG Notice has been electronically mailed to:',
    'Counsel Example counsel@example.org',
    '',
  ].join('\r\n');

  it('joins the wrapped docket text and finds the bare document URL', () => {
    const result = parseNef(plain, null);
    expect(result.cases[0]).toMatchObject({ docketNumber: '2:17-cv-11910', pacerCaseId: '321020' });
    expect(result.cases[0]!.entries[0]).toMatchObject({
      number: '61',
      dateFiled: '2017-07-06',
      description:
        "ORDER Extending Stay of Enforcement of Removal Orders Pending Court's Review of Jurisdiction. Signed by District Judge Mark A. Goldsmith. (COrt)",
      shortDescription: 'Order',
      pacerSeqNo: '297',
    });
  });
});

describe('emails that are not notices of a new entry', () => {
  const wrap = (body: string): string =>
    `From: ecf@cacb.uscourts.gov\nSubject: Proof of Claim 6:22-bk-13643-SY\nContent-Type: text/html\n\n${body}`;

  it('answers isDocket: false with a reason', () => {
    const claims = parseNef(wrap('<p>Notice of Electronic Claims Filing</p><p>Case Name: X</p>'), null);
    expect(claims).toMatchObject({ isDocket: false, cases: [] });
    expect(claims.reason).toMatch(/claims/);
    const edited = parseNef(
      wrap('<p>Notice of Electronic Filing</p>The following transaction was edited by x<p>Case Name: X</p>'),
      null,
    );
    expect(edited.reason).toMatch(/edited/);
    expect(parseNef(wrap('<p>Lunch on Friday?</p>'), 'cacb')).toMatchObject({
      isDocket: false,
      court: 'cacb',
    });
  });
});

describe('short descriptions from subject lines', () => {
  const one = (rawName: string, rawNumber: string) => [{ rawName, rawNumber }];

  it('removes docket numbers, chapters and the (cut-short) case name, wherever the court puts them', () => {
    expect(
      shortDescriptionFromSubject(
        'Fwd: Activity in Case 1:21-cv-00057-WS-N Troxel v. Gunite Pros, LLC et al Document Noted',
        one('Troxel v. Gunite Pros, LLC et al', '1:21-cv-00057-WS-N'),
      ),
    ).toBe('Document Noted');
    expect(
      shortDescriptionFromSubject(
        'Ch-7 23-10253-KBO Akorn Holding Comp Order',
        one('Akorn Holding Company LLC', '23-10253-KBO'),
      ),
    ).toBe('Order');
    expect(
      shortDescriptionFromSubject(
        '20-18680 Response - CH7 - Charles Martin',
        one('Charles Martin', '20-18680'),
      ),
    ).toBe('Response');
    expect(
      shortDescriptionFromSubject(
        "21-10245-BAH Chapter 13 Mykle Lepene  Chapter 13 Trustee's Interim Report",
        one('Mykle Lepene', '21-10245-BAH'),
      ),
    ).toBe("Chapter 13 Trustee's Interim Report");
    expect(
      shortDescriptionFromSubject(
        '24-04888-7 Chapter 7 Voluntary Petition',
        one('Omar Alegria', '24-04888-7'),
      ),
    ).toBe('Chapter 7 Voluntary Petition');
    expect(
      shortDescriptionFromSubject('Multiple Cases "Close adversary case"', one('Rogers', '22-30500')),
    ).toBe('Close adversary case');
  });
});

describe('MIME decoding', () => {
  it('joins quoted-printable soft breaks and keeps spaces before them', () => {
    expect(new TextDecoder('latin1').decode(decodeQuotedPrintable('Case =\r\nName: Ren=E9e  \r\nnext'))).toBe(
      'Case Name: Renée\r\nnext',
    );
  });

  it('decodes base64 parts and encoded words', () => {
    const body = Buffer.from('<p>Notice of Electronic Filing</p>', 'utf8').toString('base64');
    const raw = `Subject: =?utf-8?B?${Buffer.from('Re: Señal', 'utf8').toString('base64')}?=\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${body}\n`;
    expect(looksLikeMime(raw)).toBe(true);
    expect(readMimeMessage(raw)).toEqual({
      subject: 'Re: Señal',
      body: '<p>Notice of Electronic Filing</p>',
      bodyType: 'text/html',
    });
    expect(decodeEncodedWords('=?iso-8859-1?Q?Jos=E9_Ni=F1ez?=')).toBe('José Niñez');
  });

  it('treats an HTML body without headers as HTML, not MIME', () => {
    expect(looksLikeMime('<html><body>Case Name: x</body></html>')).toBe(false);
  });
});

describeShared('notices of the shared corpus', () => {
  it('agree with juriscraper on at least 99.5 % of compared fields (HTML bodies and MIME emails)', () => {
    const summary = runCorpus(corpusPairs(['nef-html', 'nef-mime']));
    expect(summary.reports.length).toBeGreaterThan(100);
    expect(summary.reports.filter((r) => r.error)).toEqual([]);
    expect((summary.agreed + summary.allowed) / summary.compared).toBeGreaterThanOrEqual(0.995);
  });
});
