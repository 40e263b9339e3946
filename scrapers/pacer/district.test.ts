import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseName, parseDistrictDocket } from './district.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseDistrictDocket: civil docket with attachments, minute and sealed entries', () => {
  const result = parseDistrictDocket(fixture('district-mied-civil.html'), null);
  const c = result.cases[0]!;

  it('reads the court from the page links and says it is a docket', () => {
    expect(result).toMatchObject({ kind: 'pacer-docket', court: 'mied', isDocket: true, reason: null });
    expect(result.cases).toHaveLength(1);
  });

  it('reads the case metadata, normalizing judge names and the case name', () => {
    expect(c).toMatchObject({
      docketNumber: '2:17-cv-11910',
      caseName: 'Hamlin v. Adams',
      assignedTo: 'Mark A. Goldsmith',
      referredTo: 'David R. Grand',
      dateFiled: '2017-06-15',
      dateTerminated: null,
      cause: '28:2241 Petition for Writ of Habeas Corpus (federal)',
      natureOfSuit: '463 Habeas Corpus - Alien Detainee',
      juryDemand: 'None',
      jurisdiction: 'U.S. Government Defendant',
      demand: null,
    });
  });

  it('reads parties with their attorneys, contact blocks and roles', () => {
    expect(c.parties.map((p) => [p.type, p.name])).toEqual([
      ['Petitioner', 'Usama Jamil Hamlin'],
      ['Respondent', 'Rebecca Adams'],
    ]);
    const [first, second] = c.parties[0]!.attorneys;
    expect(first).toEqual({
      name: 'Miriam Aukerman',
      contact:
        'Civil Liberties Union Fund of Michigan\n1514 Wealthy SE\nSuite 242\nGrand Rapids, MI 49506\n616-555-0101\nEmail: maukerman@example.org\n',
      roles: ['LEAD ATTORNEY', 'ATTORNEY TO BE NOTICED'],
    });
    expect(second?.name).toBe('Margo Schlanger');
    expect(c.parties[1]!.attorneys[0]!.roles).toEqual(['LEAD ATTORNEY']);
  });

  it('reads entries: numbers over a two-cell "#" column, doc ids zeroed, sequence numbers, dates entered', () => {
    expect(c.entries.map((e) => e.number)).toEqual(['1', null, '2', '3']);
    const [petition, minute, sealed, order] = c.entries;
    expect(petition).toMatchObject({
      dateFiled: '2017-06-15',
      dateEntered: '2017-06-15',
      pacerDocId: '09907000101',
      pacerSeqNo: '7',
      pageCount: 12,
    });
    expect(petition!.description).toBe(
      'PETITION for Writ of Habeas Corpus. Receipt No: 0645-1234567 - Fee: $ 5. (Attachments: # 1 Exhibit A, # 2 Exhibit B) (Aukerman, Miriam) (Entered: 06/15/2017)',
    );
    expect(minute).toMatchObject({
      number: null,
      pacerDocId: null,
      pacerSeqNo: null,
      dateFiled: '2017-06-16',
    });
    expect(sealed).toMatchObject({ number: '2', pacerDocId: null, dateEntered: '2017-06-23' });
    expect(order).toMatchObject({ pacerDocId: '09907000200', pacerSeqNo: '32', pageCount: 7 });
    expect(order!.description).toContain('Restraining Order, Staying Removal.');
  });

  it('reads attachments with page counts from the attachment list row', () => {
    expect(c.entries[0]!.attachments).toEqual([
      { number: '1', description: 'Exhibit A', pacerDocId: '09907000102', pageCount: 3 },
      { number: '2', description: 'Exhibit B', pacerDocId: '09907000103', pageCount: 5 },
    ]);
    expect(c.entries[3]!.attachments).toEqual([]);
  });
});

describe('parseDistrictDocket: criminal docket in descending order', () => {
  const result = parseDistrictDocket(fixture('district-criminal-descending.html'), 'zzz');
  const c = result.cases[0]!;

  it('takes the court from the page links over the argument', () => {
    expect(result.court).toBe('nvd');
  });

  it('keeps the page order and reads the criminal header', () => {
    expect(c.entries.map((e) => e.dateFiled)).toEqual(['2019-11-20', '2019-11-19', '2019-02-05']);
    expect(c).toMatchObject({
      docketNumber: '2:19-cr-00042',
      caseName: 'United States v. Doe',
      assignedTo: 'Anna B. Carter Jr.',
      dateTerminated: '2019-11-20',
    });
    expect(c.parties.map((p) => p.type)).toEqual(['Defendant (1)', 'Plaintiff']);
  });
});

describe('parseDistrictDocket: court from the argument or the court name', () => {
  const bare = (header: string): string =>
    `<html><body><center>${header}<br>CIVIL DOCKET FOR CASE #: 1:20-cv-00001</center>
     <table><tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>
     <tr><td>01/02/2020</td><td>1</td><td>COMPLAINT (Entered: 01/02/2020)</td></tr></table></body></html>`;

  it('names the court from "Southern District of New York" and "California Northern District"', () => {
    expect(
      parseDistrictDocket(bare('U.S. District Court<br>Southern District of New York'), null).court,
    ).toBe('nysd');
    expect(
      parseDistrictDocket(bare('U.S. District Court<br>California Northern District (Oakland)'), null).court,
    ).toBe('cand');
  });

  it('falls back to the court argument', () => {
    const r = parseDistrictDocket(bare('U.S. District Court'), 'mied');
    expect(r.court).toBe('mied');
    expect(r.cases[0]!.entries).toHaveLength(1);
  });

  it('says null when neither names a court', () => {
    expect(parseDistrictDocket(bare('U.S. District Court'), null).court).toBeNull();
  });
});

describe('name normalizations', () => {
  it('case names: "et al" dropped, "vs." made "v.", USA spelled out', () => {
    expect(caseName('Tremsky, et al v. Laden')).toBe('Tremsky v. Laden');
    expect(caseName('Alford vs. Baylor et al')).toBe('Alford v. Baylor');
    expect(caseName('USA v. Romero')).toBe('United States v. Romero');
    expect(caseName('IN RE: Lithium Ion Batteries')).toBe('IN RE: Lithium Ion Batteries');
  });
});
