import { expect, it } from 'vitest';
import { emptyCase, emptyEntry, type ParseResult } from '../model/docket.ts';
import { appealClaims } from './appeals.ts';

const text = (
  court: string,
  docket: string,
  texts: string[],
  origin?: { court: string | null; docketNumber: string },
): ParseResult => ({
  kind: court.startsWith('ca') ? 'pacer-appellate' : 'pacer-docket',
  court,
  isDocket: true,
  reason: null,
  cases: [
    {
      ...emptyCase(),
      docketNumber: docket,
      entries: texts.map((t) => emptyEntry(t)),
      ...(origin
        ? {
            originatingCourt: {
              ...origin,
              assignedTo: null,
              dateFiled: null,
              dateJudgment: null,
              dateNoticeOfAppeal: null,
            },
          }
        : {}),
    },
  ],
});

it('reads a district entry naming its appeal, in the forms clerks write it, for the district’s circuit', () => {
  const forms = [
    'USCA Case Number 18-31050 for 9 Notice of Appeal filed by Lucas Joseph Roddy. (KAH)',
    'Certified and Transmitted Record on Appeal to US Court of Appeals re 9 Notice of Appeal. Court of Appeals Docket No. 18-31050, an electronic certified copy',
    'NOTICE OF DOCKETING NOTICE OF APPEAL FROM USCA. COURT OF APPEALS CASE NUMBER: 18-31050. (VB)',
    'MANDATE of USCA (Certified Copy) as to 56 Notice of Interlocutory Appeal. USCA Case Number 18-31050. The parties…',
    'Letter from the Fifth Circuit re Circuit Case No. 18-31050',
  ];
  for (const f of forms) {
    expect(appealClaims(text('lamd', '3:18-cv-00001', [f]), new Set()), f).toEqual([
      {
        appealCourt: 'ca5',
        appealDocket: '18-31050',
        originCourt: 'lamd',
        originDocket: '3:18-cv-00001',
        seenIn: 'district-entry',
      },
    ]);
  }
  expect(
    appealClaims(
      text('mied', '2:17-cv-11910', ['USCA Case Number 17-2171 for 110 Notice of Appeal']),
      new Set(),
    )[0],
  ).toMatchObject({ appealCourt: 'ca6', appealDocket: '17-2171' });
  expect(
    appealClaims(text('dcd', '1:20-cv-00001', ['Federal Circuit Case No. 21-1234']), new Set())[0],
  ).toMatchObject({ appealCourt: 'cafc' });
  expect(
    appealClaims(text('cand', '3:20-cv-00001', ['ORDER re case number 21-1234 in another court']), new Set()),
  ).toEqual([]);
  // A case ingest did not take (untracked, from a court feed) claims nothing.
  expect(
    appealClaims(
      text('mied', '2:17-cv-11910', ['USCA Case Number 17-2171']),
      new Set(['mied:2:17-cv-11910']),
    ),
  ).toEqual([]);
});

it('reads an appellate docket’s originating case, from its header or an entry', () => {
  expect(
    appealClaims(
      text('ca6', '17-2171', ['Civil Case Docketed.'], { court: 'mied', docketNumber: '2:17-cv-11910' }),
      new Set(),
    ),
  ).toEqual([
    {
      appealCourt: 'ca6',
      appealDocket: '17-2171',
      originCourt: 'mied',
      originDocket: '2:17-cv-11910',
      seenIn: 'appellate-docket',
    },
  ]);
  expect(
    appealClaims(
      text('ca9', '25-1234', ['Case docketed. Originating Case Number: 2:25-cv-00451-ABC. Fee paid.']),
      new Set(),
    ),
  ).toEqual([
    {
      appealCourt: 'ca9',
      appealDocket: '25-1234',
      originCourt: null,
      originDocket: '2:25-cv-00451',
      seenIn: 'appellate-docket',
    },
  ]);
});
