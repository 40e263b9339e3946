import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPairs, runCorpus } from '../../tests/support/corpus.ts';
import { describeShared } from '../../tests/support/shared.ts';
import { parseAppellateDocket } from './appellate.ts';

const page = readFileSync(new URL('./fixtures/appellate-ca6.html', import.meta.url), 'utf8');

describe('parseAppellateDocket', () => {
  const result = parseAppellateDocket(page, null);
  const kase = result.cases[0]!;

  it('reads the case stub and the originating court', () => {
    expect(result).toMatchObject({ kind: 'pacer-appellate', court: 'ca6', isDocket: true, reason: null });
    expect(kase).toMatchObject({
      docketNumber: '17-2171',
      caseName: 'Usama Hamama v. Rebecca Adducci',
      dateFiled: '2017-11-22',
      dateTerminated: '2018-12-20',
      natureOfSuit: '3530 Habeas Corpus',
    });
    expect(kase.originatingCourt).toEqual({
      court: 'mied',
      docketNumber: '2:17-cv-11910',
      assignedTo: 'Mark A. Goldsmith',
      dateFiled: '2017-06-15',
      dateJudgment: '2017-11-07',
      dateNoticeOfAppeal: '2017-11-21',
    });
  });

  it('reads parties with their attorneys, roles and contacts', () => {
    expect(kase.parties).toEqual([
      {
        name: 'USAMA JAMIL HAMAMA, on behalf of himself and all those similarly situated',
        type: 'Petitioner - Appellee',
        attorneys: [
          {
            name: 'Miriam Aukerman',
            contact:
              'Direct: 616-301-0930\nAmerican Civil Liberties Union of Michigan\n1514 Wealthy Street, S.E.\nGrand Rapids, MI 49506',
            roles: ['COR LD NTC Retained'],
          },
          {
            name: 'Margo Schlanger',
            contact: 'University of Michigan Law School\nAnn Arbor, MI 48109',
            roles: ['COR NTC Retained'],
          },
        ],
      },
      {
        name: 'REBECCA ADDUCCI, Director of the Detroit District of Immigration and Customs Enforcement',
        type: 'Respondent - Appellant',
        attorneys: [
          {
            name: 'William C. Silvis',
            contact:
              'Direct: 202-307-4693\nU.S. Department of Justice\nOffice of Immigration Litigation\nWashington, DC 20044',
            roles: ['COR LD NTC Government'],
          },
        ],
      },
    ]);
  });

  it('reads entries, unnumbered ones included, with attachments', () => {
    expect(kase.entries).toEqual([
      {
        number: '1',
        dateFiled: '2017-11-22',
        dateEntered: '2017-11-22',
        description:
          'Civil Case Docketed. Notice filed by Appellant Rebecca Adducci. Transcript needed: n. (LWH) [Entered: 11/22/2017 10:02 AM]',
        shortDescription: null,
        pacerDocId: '006012544001',
        pacerSeqNo: '3401101',
        pageCount: 2,
        attachments: [],
      },
      {
        number: null,
        dateFiled: '2017-11-22',
        dateEntered: '2017-11-22',
        description: 'The case manager for this case is: Linda Hill (LWH) [Entered: 11/22/2017 10:15 AM]',
        shortDescription: null,
        pacerDocId: null,
        pacerSeqNo: '3401125',
        pageCount: null,
        attachments: [],
      },
      {
        number: '3',
        dateFiled: '2017-12-06',
        dateEntered: '2017-12-06',
        description:
          'MOTION filed by Ms. Margo Schlanger for Usama Jamil Hamama to expedite appeal. Certificate of Service: 12/06/2017. [17-2171] (MS) [Entered: 12/06/2017 04:51 PM]',
        shortDescription: null,
        pacerDocId: '006012557123',
        pacerSeqNo: '3407790',
        pageCount: 14,
        attachments: [
          { number: '1', description: 'Motion', pacerDocId: '006012557123', pageCount: 10 },
          {
            number: '2',
            description: 'Exhibit A – District Court Order',
            pacerDocId: '006012557124',
            pageCount: 4,
          },
        ],
      },
      {
        number: '4',
        dateFiled: '2018-12-20',
        dateEntered: '2018-12-20',
        description:
          "OPINION filed: the district court's orders are REVERSED in part and VACATED in part, and the case is REMANDED. [17-2171] (CL) [Entered: 12/20/2018 09:30 AM]",
        shortDescription: null,
        pacerDocId: null,
        pacerSeqNo: '3844012',
        pageCount: null,
        attachments: [],
      },
    ]);
  });

  it('uses the document id as the number of an entry that prints none', () => {
    const noNumber = page.replace('&nbsp;1&nbsp;</a>', '<img alt="Open Document"></a>');
    const first = parseAppellateDocket(noNumber, null).cases[0]!.entries[0]!;
    expect(first.number).toBe('006012544001');
  });

  it('names the court from the heading when no document links are left', () => {
    const noLinks = page.replace(/https:\/\/ecf\.ca6\.uscourts\.gov/g, '');
    expect(parseAppellateDocket(noLinks, null).court).toBe('ca6');
    const bap = noLinks
      .replace('Sixth Circuit', 'Ninth Circuit')
      .replace('Court of Appeals Docket #', 'Bankruptcy Appellate Panel Docket #');
    expect(parseAppellateDocket(bap, null).court).toBe('bap9');
  });

  it('keeps no alien number as the originating docket number of an agency case', () => {
    const agency = page.replace(/0645-2 : <a[^>]*>2:17-cv-11910<\/a>/, 'BIA-1 : A012-345-678');
    expect(parseAppellateDocket(agency, null).cases[0]!.originatingCourt!.docketNumber).toBeNull();
  });

  it('parses what there is of a truncated page without throwing', () => {
    let previous = 0;
    for (let cut = 0; cut <= page.length; cut += 101) {
      const r = parseAppellateDocket(page.slice(0, cut), null);
      const n = r.cases[0]?.entries.length ?? 0;
      expect(n).toBeGreaterThanOrEqual(previous);
      previous = n;
    }
    const cut = parseAppellateDocket(page.slice(0, page.indexOf('Exhibit A')), null).cases[0]!;
    expect(cut.entries.map((e) => e.number)).toEqual(['1', null, '3']);
    // The second attachment's row is cut inside its description: what is there is kept.
    expect(cut.entries[2]!.attachments).toEqual([
      { number: '1', description: 'Motion', pacerDocId: '006012557123', pageCount: 10 },
      { number: '2', description: null, pacerDocId: '006012557124', pageCount: null },
    ]);
  });

  it('says a page without a case stub is not an appellate docket', () => {
    const r = parseAppellateDocket('<html><body><p>Your session has expired.</p></body></html>', 'ca6');
    expect(r).toMatchObject({ isDocket: false, court: 'ca6', cases: [] });
    expect(r.reason).toMatch(/not a court of appeals docket/);
  });
});

describeShared('parseAppellateDocket against the shared corpus (appellate-dockets)', () => {
  it('agrees with at least 99.5 % of the compared fields', () => {
    const summary = runCorpus(corpusPairs(['appellate-dockets']));
    const folder = summary.byKind['appellate-dockets']!;
    expect(folder.files).toBeGreaterThan(0);
    expect(folder.errors).toBe(0);
    expect((folder.agreed + folder.allowed) / folder.compared).toBeGreaterThanOrEqual(0.995);
  });
});
