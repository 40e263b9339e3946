/**
 * Findings from documents' own words: the deadlines we labeled in the shared documents
 * (`bench/documents/deadlines.json`) are found with the right dates and pages; each finding quotes
 * its sentence; a document that dates something differently from its docket text asks for review.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../tests/support/pdf.ts';
import { describeShared, fixturesDir, projectRoot } from '../../tests/support/shared.ts';
import { analyzeDocument, documentTitle, sentencesOf } from './analyze.ts';
import { DocumentReader } from './text.ts';

interface Labeled {
  file: string;
  filed: string;
  deadlines: { due: string; page: number; what: string }[];
}

const reader = new DocumentReader();
afterAll(() => reader.close());

/** Labeled deadlines the entry extractor does not read yet (none now); listed here when there are. */
const NOT_YET_FOUND = new Set<string>();
/** Dated deadlines read from documents that set none: narrative the sentence filter lets through. */
const KNOWN_FALSE = new Set(['ca1_00117684624.pdf 2021-05-05']);

describeShared('deadlines the shared documents set', () => {
  const labels = (
    JSON.parse(readFileSync(join(projectRoot, 'bench/documents/deadlines.json'), 'utf8')) as {
      documents: Labeled[];
    }
  ).documents;

  it.each(labels)('$file', async (doc) => {
    const pdf = await reader.read(readFileSync(join(fixturesDir, 'documents', doc.file)));
    const a = analyzeDocument(pdf.pages, { filed: doc.filed });
    const found = a.deadlines.filter((d) => d.dueDate !== null && d.change !== 'proposed');
    for (const label of doc.deadlines) {
      const hit = found.find((d) => d.dueDate === label.due);
      if (NOT_YET_FOUND.has(`${doc.file} ${label.due}`)) {
        expect(hit, `${label.due} is found now: remove it from NOT_YET_FOUND`).toBeUndefined();
        continue;
      }
      expect(hit, `${label.what}: ${label.due}`).toBeDefined();
      expect(hit!.page).toBe(label.page);
      expect(pdf.pages[hit!.page - 1]!.text.replace(/\s+/g, ' ')).toContain(hit!.quote.slice(0, 40));
    }
    const extra = found.filter(
      (d) => !doc.deadlines.some((l) => l.due === d.dueDate) && !KNOWN_FALSE.has(`${doc.file} ${d.dueDate}`),
    );
    expect(extra.map((d) => `${d.dueDate} p. ${d.page}: ${d.quote}`)).toEqual([]);
  });
});

describe('reading a made order', () => {
  const order = makePdf({
    pages: [
      {
        lines: [
          'UNITED STATES DISTRICT COURT',
          'ORDER GRANTING MOTION TO STAY',
          'The Court has considered the motion.',
        ],
      },
      {
        lines: [
          'Accordingly, removal of Petitioners is stayed for fourteen (14) days from the date of this',
          'Order. Respondents shall file a status report on or before August 1, 2017.',
          'IT IS SO ORDERED.',
        ],
      },
    ],
  });

  it('finds the stay and the deadline on page 2 and quotes their sentences', async () => {
    const pdf = await reader.read(order);
    const a = analyzeDocument(pdf.pages, { filed: '2017-07-24', court: 'mied' });
    expect(a.title).toBe('ORDER GRANTING MOTION TO STAY');
    expect(a.stays).toEqual([
      expect.objectContaining({
        action: 'granted',
        expires: '2017-08-07',
        page: 2,
        quote:
          'Accordingly, removal of Petitioners is stayed for fourteen (14) days from the date of this Order.',
      }),
    ]);
    expect(a.deadlines).toEqual([
      expect.objectContaining({
        dueDate: '2017-08-01',
        page: 2,
        quote: 'Respondents shall file a status report on or before August 1, 2017.',
      }),
    ]);
    expect(a.review).toBeNull();
  });

  it('asks for review when the docket text dates the stay differently', async () => {
    const pdf = await reader.read(order);
    const a = analyzeDocument(pdf.pages, {
      filed: '2017-07-24',
      court: 'mied',
      docketText: 'ORDER granting motion to stay. Removal is stayed until August 14, 2017.',
    });
    expect(a.review).toBe('needs_review');
    expect(a.disagreements).toEqual([
      expect.objectContaining({ kind: 'stay', docket: '2017-08-14', document: ['2017-08-07'], page: 2 }),
    ]);
  });
});

describe('dates vacated and re-set, in the documents’ own words', () => {
  const stipulation = (signed: boolean) =>
    makePdf({
      pages: [
        {
          lines: [
            'STIPULATION AND [PROPOSED] ORDER EXTENDING DISCOVERY DEADLINES',
            '1. The fact discovery cut-off of June 1, 2015 is hereby vacated and is re-set to July 15, 2015.',
            '2. The current deadline for opening expert reports of June 15, 2015 is vacated and reset for',
            'August 3, 2015.',
            '3. The deadline to file dispositive motions, currently set for September 1, 2015, is VACATED',
            'and RESET to September 29, 2015.',
            '4. The hearing on the motion set for May 20, 2015 is vacated and re-set to June 24, 2015 at 9:00 a.m.',
            'PURSUANT TO STIPULATION, IT IS SO ORDERED.',
            signed ? 'Dated: 5/12/2015' : 'Dated: ____________',
          ],
        },
      ],
    });

  it('reads the new date as the deadline and the old one as the date it replaces', async () => {
    const pdf = await reader.read(stipulation(true));
    const a = analyzeDocument(pdf.pages, { filed: '2015-05-12', court: 'cand' });
    const deadlines = a.deadlines.map((d) => [d.dueDate, d.change, d.previousDue ?? null]);
    expect(deadlines).toEqual(
      expect.arrayContaining([
        ['2015-07-15', 'reset', '2015-06-01'],
        ['2015-08-03', 'reset', '2015-06-15'],
        ['2015-09-29', 'reset', '2015-09-01'],
      ]),
    );
    expect(a.deadlines.every((d) => d.quote.length > 0 && d.page === 1)).toBe(true);
    expect(a.hearings.map((h) => [h.date, h.change])).toEqual(
      expect.arrayContaining([['2015-06-24', 'reset']]),
    );
  });

  it('a proposed order nobody signed stays a proposal', async () => {
    const pdf = await reader.read(stipulation(false));
    const a = analyzeDocument(pdf.pages, { filed: '2015-05-12', court: 'cand' });
    expect(a.deadlines.filter((d) => d.change !== 'proposed')).toEqual([]);
  });
});

describe('sentences', () => {
  it('keep abbreviations, initials and numbered paragraphs inside a sentence, and start on their page', () => {
    const s = sentencesOf([
      { number: 1, ocr: false, text: 'See Texas v. New Mexico, 482 U. S. 124. Judge J. Smith presiding.' },
      { number: 2, ocr: false, text: '4. The cut-off is May 15, 2009. It is' },
      { number: 3, ocr: false, text: 'so ordered.' },
    ]);
    expect(s).toEqual([
      { page: 1, quote: 'See Texas v. New Mexico, 482 U. S. 124.' },
      { page: 1, quote: 'Judge J. Smith presiding.' },
      { page: 2, quote: '4. The cut-off is May 15, 2009.' },
      { page: 2, quote: 'It is so ordered.' },
    ]);
  });

  it('a document that orders is an order even when its heading says otherwise', () => {
    expect(documentTitle([{ number: 1, ocr: false, text: 'JOINT STIPULATION\nIT IS SO ORDERED.' }])).toBe(
      'ORDER JOINT STIPULATION',
    );
  });

  it.each([
    'STIPULATION AND [PROPOSED] ORDER',
    'JOINT STIPULATION AND PPROPOSED] ORDER',
    'JOINT STIPULATION AND PPROPOSHKD| ORDER',
    'STIPULATION AND [PROPOSFD] ORDER',
  ])('"%s" signed (a date after IT IS SO ORDERED) is an order; unsigned, a proposal', (heading) => {
    const page = (dated: string) => [
      {
        number: 1,
        ocr: true,
        text: `${heading}\nThe cut-off is re-set to May 15, 2009.\nIT IS SO ORDERED.\n${dated}`,
      },
    ];
    expect(documentTitle(page('DATED: __ 2/2/09'))).toBe(`ORDER ON ${heading}`);
    expect(documentTitle(page('DATED: ____________'))).toBe(heading);
  });
});
