/**
 * A PDF to page texts: the text layer where a page has one, OCR where it has none (a scan), then
 * the cleaning courts' PDFs need (`clean.ts`). Hostile input gives a `DocumentError` or a bounded
 * result: the file size, the pages read and the pages OCR'd are capped, and every step runs in a
 * child process under a time and a memory limit.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanPages, dropLineNumbers, dropStamps, wordsOf } from './clean.ts';
import { DocumentError } from './errors.ts';
import { DEFAULT_OCR_LIMITS, type OcrLimits, ocrPages } from './ocr.ts';
import { type TextLayerLimits, TextLayerReader } from './text-layer.ts';

export interface PageText {
  /** 1-based page number. */
  number: number;
  text: string;
  /** The text was read by OCR (the page had no usable text layer). */
  ocr: boolean;
}

export interface DocumentText {
  sha256: string;
  bytes: number;
  /** Pages in the file. */
  numPages: number;
  /** The pages read (the first `maxPages` of them). */
  pages: PageText[];
  /** Pages that looked scanned but were not OCR'd (over `maxOcrPages`, or OCR off or failed). */
  unread: number[];
  /** Why some pages were not read, in words. */
  warnings: string[];
}

export interface ReaderOptions {
  /** Larger files are refused. */
  maxBytes: number;
  /** Pages read from one document; later pages are left out (and counted in `numPages`). */
  maxPages: number;
  /** Scanned pages OCR'd per document. */
  maxOcrPages: number;
  /** A page whose text layer has fewer words than this (after cleaning) and paints an image is OCR'd. */
  ocrBelowWords: number;
  /** `false` turns OCR off. */
  ocr: OcrLimits | false;
  textLayer: TextLayerLimits;
}

export const DEFAULT_READER_OPTIONS: ReaderOptions = {
  maxBytes: 100 * 2 ** 20,
  maxPages: 2000,
  maxOcrPages: 100,
  ocrBelowWords: 20,
  ocr: DEFAULT_OCR_LIMITS,
  textLayer: { size: 1, timeoutMs: 120_000, memoryBytes: 1024 * 2 ** 20 },
};

/** Reads PDFs; every step runs in child processes under the limits of `options`. */
export class DocumentReader {
  readonly options: ReaderOptions;
  readonly #textLayer: TextLayerReader;
  #closed = false;

  constructor(options: Partial<ReaderOptions> = {}) {
    this.options = { ...DEFAULT_READER_OPTIONS, ...options };
    this.#textLayer = new TextLayerReader(this.options.textLayer);
  }

  async read(data: Uint8Array): Promise<DocumentText> {
    const o = this.options;
    if (this.#closed) throw new Error('the document reader is closed');
    if (data.byteLength === 0) throw new DocumentError('empty', 'the file is empty (0 bytes)');
    if (data.byteLength > o.maxBytes)
      throw new DocumentError(
        'too-large',
        `the file is ${(data.byteLength / 2 ** 20).toFixed(1)} MiB, over the ${o.maxBytes >> 20} MiB limit`,
      );
    const head = Buffer.from(data.buffer, data.byteOffset, Math.min(1024, data.byteLength)).toString(
      'latin1',
    );
    if (!head.includes('%PDF-'))
      throw new DocumentError('not-pdf', 'the file is not a PDF (no %PDF- header)');
    const sha256 = createHash('sha256').update(data).digest('hex');

    const layer = await this.#textLayer.read(data, o.maxPages, o.ocrBelowWords * 2);
    const raw = layer.pages;
    const cleanedWords = raw.map((lines) => wordsOf(dropLineNumbers(dropStamps(lines)).join(' ')).length);
    const scanned = layer.imagePages.filter((n) => cleanedWords[n - 1]! < o.ocrBelowWords);
    const ocred = new Set<number>();
    const unread: number[] = [];
    const warnings: string[] = [];
    if (layer.numPages > raw.length)
      warnings.push(`only the first ${raw.length} of ${layer.numPages} pages were read`);

    if (scanned.length > 0 && o.ocr === false) {
      unread.push(...scanned);
      warnings.push(`${scanned.length} scanned page(s) not read: OCR is off`);
    } else if (scanned.length > 0 && o.ocr !== false) {
      const limits = o.ocr;
      const todo = scanned.slice(0, o.maxOcrPages);
      if (scanned.length > todo.length) {
        unread.push(...scanned.slice(todo.length));
        warnings.push(
          `${scanned.length - todo.length} scanned page(s) over the ${o.maxOcrPages}-page OCR limit not read`,
        );
      }
      const dir = await mkdtemp(join(tmpdir(), 'docketwatch-ocr-'));
      try {
        const file = join(dir, 'document.pdf');
        await writeFile(file, data, { mode: 0o600 });
        const results = await ocrPages(file, todo, dir, limits);
        results.forEach((r, i) => {
          const n = todo[i]!;
          if (r.status === 'rejected') {
            unread.push(n);
            warnings.push(r.reason instanceof Error ? r.reason.message : `page ${n}: OCR failed`);
            return;
          }
          const words = wordsOf(dropLineNumbers(dropStamps(r.value)).join(' ')).length;
          if (words > cleanedWords[n - 1]!) {
            raw[n - 1] = r.value;
            ocred.add(n);
          }
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }

    const cleaned = cleanPages(raw);
    return {
      sha256,
      bytes: data.byteLength,
      numPages: layer.numPages,
      pages: cleaned.map((lines, i) => ({ number: i + 1, text: lines.join('\n'), ocr: ocred.has(i + 1) })),
      unread: unread.sort((a, b) => a - b),
      warnings,
    };
  }

  /** Refuses further reads. Nothing outlives a read (its processes end with it), so there is nothing to stop. */
  async close(): Promise<void> {
    this.#closed = true;
  }
}
