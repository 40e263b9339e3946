/**
 * The text layer of a PDF, read by poppler's `pdftotext` as a child process (the bytes on its
 * stdin) under a time and a memory limit; pages that have few words are checked for images with
 * `pdfimages -list` (which lists, without decoding). A program that runs over a limit is killed and
 * the caller gets a `DocumentError` saying which.
 *
 * Why pdftotext and not pdfjs-dist (which read the text layer before): on the shared court PDFs
 * it reads 3–4 times as many pages per CPU-second (measured side by side in `npm run bench --
 * documents`), its words agree with pdfjs's on 99.8 % of them, it streams what it decompresses
 * (a 384 MiB decompression bomb costs it 10 MiB), and poppler-utils is already required for OCR.
 */
import { DocumentError } from './errors.ts';
import { runLimited, Slots } from './limits.ts';

export interface TextLayer {
  /** Each page's lines, in pdftotext's reading order. */
  pages: string[][];
  numPages: number;
  /** Pages (1-based) with few words that paint an image: candidates for OCR. */
  imagePages: number[];
}

export interface TextLayerLimits {
  /** Documents read at once. */
  size: number;
  /** Time allowed for one document. */
  timeoutMs: number;
  memoryBytes: number;
}

export class TextLayerReader {
  readonly #limits: TextLayerLimits;
  readonly #slots: Slots;

  constructor(limits: TextLayerLimits) {
    this.#limits = limits;
    this.#slots = new Slots(limits.size);
  }

  /** Read the first `maxPages` pages; pages with fewer than `imageCheckBelowWords` words are checked for images. */
  read(data: Uint8Array, maxPages: number, imageCheckBelowWords: number): Promise<TextLayer> {
    return this.#slots.use(() => this.#read(data, maxPages, imageCheckBelowWords));
  }

  async #read(data: Uint8Array, maxPages: number, imageCheckBelowWords: number): Promise<TextLayer> {
    const input = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const started = Date.now();
    const run = (command: string, args: string[]) =>
      runLimited(command, args, input, {
        timeoutMs: Math.max(1, this.#limits.timeoutMs - (Date.now() - started)),
        memoryBytes: this.#limits.memoryBytes,
      }).catch((err: unknown) => {
        throw this.#explain(err);
      });

    const out = await run('pdftotext', ['-enc', 'UTF-8', '-l', String(maxPages), '-', '-']);
    // One form feed ends each page.
    const texts = out.toString('utf8').split('\f');
    texts.pop();
    const pages = texts.map((t) =>
      t
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter((l) => l !== ''),
    );
    const numPages = Math.max(
      pages.length,
      pages.length < maxPages ? pages.length : pageCount(await run('pdfinfo', ['-'])),
    );

    const few = pages.flatMap((lines, i) =>
      lines.join(' ').split(' ').filter(Boolean).length < imageCheckBelowWords ? [i + 1] : [],
    );
    let imagePages: number[] = [];
    if (few.length > 0) {
      // A file pdftotext read but pdfimages cannot list: every page with few words may be a scan
      // (OCR keeps its reading only where it finds more words). Time and memory stay fatal.
      const list = await run('pdfimages', [
        '-list',
        '-f',
        String(few[0]),
        '-l',
        String(few.at(-1)),
        '-',
      ]).catch((err: unknown) => {
        if (err instanceof DocumentError && err.problem === 'damaged') return null;
        throw err;
      });
      if (list === null) return { pages, numPages, imagePages: few };
      const painted = new Set(
        list
          .toString('utf8')
          .split('\n')
          .map((l) => /^\s*(\d+)\s+\d+\s+\w+/.exec(l)?.[1])
          .filter((n) => n !== undefined)
          .map(Number),
      );
      imagePages = few.filter((n) => painted.has(n));
    }
    return { pages, numPages, imagePages };
  }

  #explain(err: unknown): unknown {
    if (!(err instanceof DocumentError)) return err;
    const seconds = this.#limits.timeoutMs / 1000;
    switch (err.problem) {
      case 'timeout':
        return new DocumentError('timeout', `reading the PDF took longer than ${seconds} s`, { cause: err });
      case 'memory':
        return new DocumentError(
          'memory',
          `reading the PDF needed more than ${this.#limits.memoryBytes >> 20} MiB (a decompression bomb?)`,
          { cause: err },
        );
      case 'unreadable':
        if (/Incorrect password/i.test(err.message))
          return new DocumentError(
            'encrypted',
            'the PDF is encrypted with a password; docketwatch does not open protected documents',
            { cause: err },
          );
        // Not installed: the program cannot be started, or the shell that runs it under its
        // memory limit cannot find it (exit 127).
        if (/^cannot run|failed \(127\)/.test(err.message))
          return new DocumentError(
            'unreadable',
            `poppler-utils is not installed (pdftotext, pdfinfo, pdfimages read the text layer): ${err.message}`,
            { cause: err },
          );
        return new DocumentError('damaged', `the file is not a readable PDF (${err.message})`, {
          cause: err,
        });
      default:
        return err;
    }
  }
}

function pageCount(info: Buffer): number {
  const m = /^Pages:\s*(\d+)/m.exec(info.toString('utf8'));
  return m ? Number(m[1]) : 0;
}
