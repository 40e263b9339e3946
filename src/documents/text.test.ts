/**
 * PDFs to page texts: the shared court documents (text layers, scans, the empty file), and hostile
 * PDFs made here (encrypted, damaged, image-only, 1,000 pages, a decompression bomb), each giving a
 * clear error or a bounded result.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deflatedZeros, makePdf } from '../../tests/support/pdf.ts';
import { describeShared, fixturesDir } from '../../tests/support/shared.ts';
import { cleanPages, wordsOf } from './clean.ts';
import { DocumentError } from './errors.ts';
import { DEFAULT_OCR_LIMITS, ocrPage, ocrPages } from './ocr.ts';
import { DocumentReader } from './text.ts';

const STAMP = /\b(?:Case|Appeal):?\s*\d[\d:a-z-]*\s+(?:Doc(?:ument)?:?\s*[\d-]+)?.*\b(?:Page|Pg):?\s*\d+/i;

const reader = new DocumentReader();
afterAll(() => reader.close());

async function problemOf(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DocumentError);
  return (err as DocumentError).problem;
}

interface Fixture {
  file: string;
  pages: number | null;
  textLayerWords: number;
  kind: 'text' | 'scanned' | 'empty';
}

describeShared('the shared court documents', () => {
  const dir = join(fixturesDir, 'documents');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Fixture[];

  it.each(manifest.filter((f) => f.kind === 'text'))(
    '$file: every page from its text layer, stamps removed',
    async (f) => {
      const doc = await reader.read(readFileSync(join(dir, f.file)));
      expect(doc.numPages).toBe(f.pages);
      expect(doc.pages).toHaveLength(f.pages!);
      expect(doc.pages.every((p) => !p.ocr)).toBe(true);
      const words = wordsOf(doc.pages.map((p) => p.text).join('\n')).length;
      expect(words).toBeGreaterThan(0.85 * f.textLayerWords);
      for (const p of doc.pages) expect(p.text.split('\n').filter((l) => STAMP.test(l))).toEqual([]);
    },
  );

  it.each(manifest.filter((f) => f.kind === 'scanned'))('$file: scanned pages read by OCR', async (f) => {
    const doc = await reader.read(readFileSync(join(dir, f.file)));
    expect(doc.pages).toHaveLength(f.pages!);
    for (const p of doc.pages) {
      expect(p.ocr).toBe(true);
      expect(wordsOf(p.text).length).toBeGreaterThan(100);
    }
  });

  it('OCR runs beside the event loop: a server in the same process answers while the pages are read', async () => {
    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      let reading = true;
      const read = reader.read(readFileSync(join(dir, 'image-pdf.pdf'))).finally(() => {
        reading = false;
      });
      // Each answer arrives while the scanned pages are still being read (the OCR is child processes).
      const answeredDuringOcr: boolean[] = [];
      for (let i = 0; i < 5; i++) {
        expect(await (await fetch(url)).text()).toBe('ok');
        answeredDuringOcr.push(reading);
        await new Promise((r) => setTimeout(r, 20));
      }
      const doc = await read;
      expect(doc.pages.every((p) => p.ocr)).toBe(true);
      expect(answeredDuringOcr).toEqual([true, true, true, true, true]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('the scanned pages of a document, read by one tesseract, read as each page read alone', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'docketwatch-ocr-test-'));
    try {
      const file = join(tmp, 'scan.pdf');
      writeFileSync(file, readFileSync(join(dir, 'gov.uscourts.cand.203070.27.0.pdf')));
      const limits = { ...DEFAULT_OCR_LIMITS, concurrency: 1 };
      const together = await ocrPages(file, [1, 2], tmp, limits);
      const alone = [await ocrPage(file, 1, limits), await ocrPage(file, 2, limits)];
      expect(together).toEqual(alone.map((value) => ({ status: 'fulfilled', value })));
      expect(alone.every((lines) => lines.length > 20)).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('the empty file is a clear error', async () => {
    expect(await problemOf(reader.read(readFileSync(join(dir, 'empty.pdf'))))).toBe('empty');
  });
});

describe('cleaning', () => {
  it('removes district and appellate stamps, even split over lines, and keeps the words', () => {
    const pages = cleanPages([
      ['Case 2:17-cv-11910-MAG-DRG ECF No. 87 filed 07/24/17 PageID.2300 Page 3 of 35', 'IT IS ORDERED.'],
      ['Case 2:17-cv-11910 Document 87 Filed 07/24/17 Page 4 of 35', 'The stay is extended.'],
      [
        'Case: 20-1507',
        'Document: 00117684624',
        'Page: 7',
        'Date Filed: 12/22/2020',
        'Entry ID: 6390389',
        'Governor',
      ],
      ['Appeal: 17-2218 Doc: 17 Filed: 10/31/2017 Pg: 1 of 1', 'APPEARANCE OF COUNSEL FORM'],
      ['Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19, Page 1 of 15', 'No. 20-16276'],
      [
        'Appellate Case: 21-800 Document: 010110462922 Date Filed: 01/11/2021 Page: 1',
        'Entered for the Court',
      ],
    ]);
    expect(pages).toEqual([
      ['IT IS ORDERED.'],
      ['The stay is extended.'],
      ['Governor'],
      ['APPEARANCE OF COUNSEL FORM'],
      ['No. 20-16276'],
      ['Entered for the Court'],
    ]);
  });

  it('removes pleading-paper line numbers and joins words hyphenated across lines', () => {
    const numbered = Array.from({ length: 12 }, (_, i) => `${i + 1} Line ${i + 1} of the text.`);
    numbered.push('13 and the stipula-', '14 tion follows');
    const [page] = cleanPages([numbered]);
    expect(page!.every((l) => !/^\d/.test(l))).toBe(true);
    expect(page!.slice(-3)).toEqual(['Line 12 of the text.', 'and the stipulation', 'follows']);
    // Numbered paragraphs ("1. The parties …") are not margin numbers.
    const paragraphs = Array.from({ length: 10 }, (_, i) => `${i + 1}. Paragraph.`);
    expect(cleanPages([paragraphs])[0]).toEqual(paragraphs);
    expect(cleanPages([['the non-expert cut-', 'off date', 'and the non-', 'expert reports']])[0]).toEqual([
      'the non-expert cutoff',
      'date',
      'and the non-expert',
      'reports',
    ]);
  });

  it('joins letter-spaced titles', () => {
    expect(cleanPages([['O R D E R', 'A B C D order']])[0]).toEqual(['ORDER', 'ABCD order']);
  });
});

describe('hostile PDFs', () => {
  it('reads a made text PDF', async () => {
    const doc = await reader.read(makePdf({ pages: [{ lines: ['ORDER', 'The stay is lifted.'] }] }));
    expect(doc.pages).toEqual([{ number: 1, text: 'ORDER\nThe stay is lifted.', ocr: false }]);
  });

  it('refuses an encrypted PDF', async () => {
    expect(await problemOf(reader.read(makePdf({ encrypted: true, pages: [{ lines: ['sealed'] }] })))).toBe(
      'encrypted',
    );
  });

  it('refuses a damaged PDF, a non-PDF and an empty file', async () => {
    const whole = makePdf({ pages: [{ lines: ['x'] }] });
    expect(await problemOf(reader.read(whole.subarray(0, 40)))).toMatch(/damaged|unreadable/);
    expect(await problemOf(reader.read(Buffer.from('<html>not a pdf</html>')))).toBe('not-pdf');
    expect(await problemOf(reader.read(Buffer.alloc(0)))).toBe('empty');
  });

  it('without poppler-utils, a document is refused saying so', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'docketwatch-nopoppler-'));
    symlinkSync('/bin/sh', join(bin, 'sh'));
    const path = process.env.PATH;
    process.env.PATH = bin;
    try {
      const err = await reader.read(makePdf({ pages: [{ lines: ['x'] }] })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DocumentError);
      expect((err as DocumentError).problem).toBe('unreadable');
      expect((err as DocumentError).message).toMatch(/poppler-utils is not installed/);
    } finally {
      process.env.PATH = path;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('an image-only page with nothing to read gives an empty page, not an error', async () => {
    const doc = await reader.read(makePdf({ pages: [{ image: { width: 32, height: 32 } }] }));
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0]!.text).toBe('');
  });

  it('a page OCR cannot finish in its time limit is listed as unread', async () => {
    const quick = new DocumentReader({ ocr: { ...DEFAULT_OCR_LIMITS, pageTimeoutMs: 1 } });
    try {
      const doc = await quick.read(makePdf({ pages: [{ image: { width: 32, height: 32 } }] }));
      expect(doc.unread).toEqual([1]);
      expect(doc.warnings.join('\n')).toMatch(/page 1: .*took longer/);
    } finally {
      await quick.close();
    }
  });

  it('pages read together that fail are read again alone, and only those that fail alone are unread', async () => {
    const quick = new DocumentReader({ ocr: { ...DEFAULT_OCR_LIMITS, concurrency: 1, pageTimeoutMs: 1 } });
    try {
      const image = { image: { width: 32, height: 32 } };
      const doc = await quick.read(makePdf({ pages: [image, image, image] }));
      expect(doc.unread).toEqual([1, 2, 3]);
      expect(doc.warnings).toHaveLength(3);
      expect(doc.warnings.join('\n')).toMatch(/page 3: .*took longer/);
    } finally {
      await quick.close();
    }
  });

  it('a 1,000-page PDF is read up to the page limit', async () => {
    const pdf = makePdf({
      pages: Array.from({ length: 1000 }, (_, i) => ({ lines: [`Paragraph ${i + 1}.`] })),
    });
    const capped = new DocumentReader({ maxPages: 50 });
    const doc = await capped.read(pdf);
    expect(doc.numPages).toBe(1000);
    expect(doc.pages).toHaveLength(50);
    expect(doc.pages[49]!.text).toBe('Paragraph 50.');
    expect(doc.warnings).toEqual(['only the first 50 of 1000 pages were read']);
  });

  it('a decompression bomb is read in bounded memory, and stopped at the time limit', async () => {
    // 192 MiB of zeros deflated into one content stream: the reader streams it, so it is read
    // whole under a 64 MiB limit (a reader holding it would be killed: `memory`).
    const bomb = makePdf({ pages: [{ deflatedContent: await deflatedZeros(192 * 2 ** 20) }] });
    const small = new DocumentReader({
      textLayer: { size: 1, timeoutMs: 240_000, memoryBytes: 64 * 2 ** 20 },
    });
    const doc = await small.read(bomb);
    expect(doc.pages).toEqual([{ number: 1, text: '', ocr: false }]);
    expect((await small.read(makePdf({ pages: [{ lines: ['still reading'] }] }))).pages[0]!.text).toBe(
      'still reading',
    );
    const hasty = new DocumentReader({ textLayer: { size: 1, timeoutMs: 200, memoryBytes: 2 ** 30 } });
    expect(await problemOf(hasty.read(bomb))).toBe('timeout');
  }, 300_000);
});
