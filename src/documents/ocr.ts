/**
 * OCR for pages without a text layer: poppler's `pdftoppm` renders the page to a grey bitmap and
 * Debian's `tesseract` reads it, each as a child process with a time and memory limit. Pages are
 * read by a pool no larger than the machine's cores less one, so the worker's polling and the web
 * server keep a core (they never wait on OCR: it all runs in other processes).
 *
 * Why the native tesseract and not tesseract.js: on the scanned fixtures tesseract 5.3 (one
 * thread, Debian's fast English model) used about half the CPU time per page and a fifth of the
 * memory of tesseract.js 7 (WASM, its best_int model), at about the same word recall; see
 * docs/documents.md.
 */
import { rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DocumentError } from './errors.ts';
import { runLimited, Slots } from './limits.ts';

export interface OcrLimits {
  /** Pages read at once. */
  concurrency: number;
  /** Time allowed for one page (render + recognize). */
  pageTimeoutMs: number;
  memoryBytes: number;
  /**
   * Rendering resolution. The LSTM reads each text line scaled to a fixed height, so resolution
   * mostly costs rendering and layout analysis. Measured on the scanned fixtures
   * (docs/documents.md): 120 dpi recalls 97.0 % of the words for about 15 % less CPU than 150
   * (98.0 %); 100 dpi is faster still (about 1 page per CPU-second) but misreads the date under a
   * scanned stipulated order's "IT IS SO ORDERED", so its three deadlines read as proposed; 110
   * keeps them, only just.
   */
  dpi: number;
  /**
   * Pages one tesseract process reads at most (1: a process per page). Loading the model costs
   * about 0.06 CPU s, 5–10 % of a page, once per process.
   */
  batchPages: number;
}

export const DEFAULT_OCR_LIMITS: OcrLimits = {
  concurrency: Math.max(1, availableParallelism() - 1),
  pageTimeoutMs: 60_000,
  memoryBytes: 1024 * 2 ** 20,
  dpi: 120,
  batchPages: 10,
};

/** Pages are read by one pool per size, process-wide: at most `size` pages at any time. */
const pools = new Map<number, Slots>();
function slots(size: number): Slots {
  let s = pools.get(size);
  if (!s) {
    s = new Slots(size);
    pools.set(size, s);
  }
  return s;
}

/** Whether the OCR programs are installed (`pdftoppm` from poppler-utils, `tesseract` with English). */
export async function ocrAvailable(): Promise<boolean> {
  try {
    const out = await runLimited('tesseract', ['--list-langs'], null, {
      timeoutMs: 10_000,
      memoryBytes: 512 * 2 ** 20,
    });
    return /^eng$/m.test(out.toString('utf8'));
  } catch {
    return false;
  }
}

/**
 * Read pages (1-based) of the PDF at `file` by OCR, each page's text lines or the error that left
 * it unread, in the order given. `dir` is a private folder for the page bitmaps.
 *
 * The pages go in batches, as many as the pool has slots (at most `batchPages` each): each page
 * rendered by `pdftoppm`, then one `tesseract` reads the batch from a list of the bitmaps, so it
 * loads its model once a batch rather than once a page (about 0.06 CPU s, 5–10 % of a page). A
 * batch may take the time of all its pages; when one fails (a time or memory limit, a page that
 * cannot be read), its pages are read again one at a time, each under its own limits, so only the
 * pages that fail alone are left unread.
 */
export async function ocrPages(
  file: string,
  pages: readonly number[],
  dir: string,
  limits: OcrLimits = DEFAULT_OCR_LIMITS,
): Promise<PromiseSettledResult<string[]>[]> {
  const count = Math.min(
    pages.length,
    Math.max(limits.concurrency, Math.ceil(pages.length / Math.max(1, limits.batchPages))),
  );
  const size = Math.ceil(pages.length / Math.max(1, count));
  const batches: number[][] = [];
  for (let i = 0; i < pages.length; i += size) batches.push(pages.slice(i, i + size));
  const read = await Promise.all(
    batches.map(async (batch) => {
      if (batch.length === 1) return Promise.allSettled([ocrPage(file, batch[0]!, limits)]);
      const lines = await slots(limits.concurrency)
        .use(() => readBatch(file, batch, dir, limits))
        .catch(() => null);
      if (lines) return lines.map((value) => ({ status: 'fulfilled', value }) as const);
      return Promise.allSettled(batch.map((n) => ocrPage(file, n, limits)));
    }),
  );
  return read.flat();
}

/** Read page `page` (1-based) of the PDF at `file` by OCR, alone; returns its text lines. */
export function ocrPage(
  file: string,
  page: number,
  limits: OcrLimits = DEFAULT_OCR_LIMITS,
): Promise<string[]> {
  return slots(limits.concurrency).use(async () => {
    const started = Date.now();
    const left = () => Math.max(1, limits.pageTimeoutMs - (Date.now() - started));
    const run = { memoryBytes: limits.memoryBytes };
    const bitmap = await runLimited(
      'pdftoppm',
      ['-r', String(limits.dpi), '-gray', '-f', String(page), '-l', String(page), file],
      null,
      { ...run, timeoutMs: left() },
    ).catch((err) => {
      throw withPage(err, page, 'rendering');
    });
    if (bitmap.length === 0) throw new DocumentError('unreadable', `page ${page} could not be rendered`);
    const tsv = await runLimited(
      'tesseract',
      ['stdin', 'stdout', ...TESSERACT_ARGS],
      bitmap,
      {
        ...run,
        timeoutMs: left(),
      },
      TESSERACT_ENV,
    ).catch((err) => {
      throw withPage(err, page, 'OCR');
    });
    return linesOf(tsv, 1)[0]!;
  });
}

/** English, automatic page layout, words with their lines as TSV (which says which image each line is from). */
const TESSERACT_ARGS = ['-l', 'eng', '--psm', '3', 'tsv'];
/** One thread: OpenMP's spinning threads cost several times the CPU time on a busy machine. */
const TESSERACT_ENV = { OMP_THREAD_LIMIT: '1' };

async function readBatch(
  file: string,
  batch: readonly number[],
  dir: string,
  limits: OcrLimits,
): Promise<string[][]> {
  const started = Date.now();
  const left = () => Math.max(1, limits.pageTimeoutMs * batch.length - (Date.now() - started));
  const run = { memoryBytes: limits.memoryBytes };
  const images: string[] = [];
  for (const page of batch) {
    const out = join(dir, `page-${page}`);
    await runLimited(
      'pdftoppm',
      ['-r', String(limits.dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', file, out],
      null,
      { ...run, timeoutMs: left() },
    );
    images.push(`${out}.pgm`);
  }
  const list = join(dir, `pages-${batch[0]}.txt`);
  await writeFile(list, `${images.join('\n')}\n`, { mode: 0o600 });
  const tsv = await runLimited(
    'tesseract',
    [list, 'stdout', ...TESSERACT_ARGS],
    null,
    {
      ...run,
      timeoutMs: left(),
    },
    TESSERACT_ENV,
  );
  await Promise.all([list, ...images].map((f) => rm(f, { force: true })));
  return linesOf(tsv, batch.length);
}

/**
 * The text lines of each of `count` images from tesseract's TSV: its words, in reading order, with
 * the page (image), block, paragraph and line each belongs to. An image with nothing on it has no
 * words, so no lines.
 */
export function linesOf(tsv: Buffer, count: number): string[][] {
  const pages: string[][] = Array.from({ length: count }, () => []);
  let key = '';
  let line: string[] = [];
  const end = (page: number) => {
    const text = line.join(' ').replace(/\s+/g, ' ').trim();
    if (text !== '') pages[page]?.push(text);
    line = [];
  };
  let page = 0;
  for (const row of tsv.toString('utf8').split('\n')) {
    const f = row.split('\t');
    // level, page_num, block_num, par_num, line_num, word_num, left, top, width, height, conf, text
    if (f[0] !== '5' || f.length < 12) continue;
    const at = `${f[1]} ${f[2]} ${f[3]} ${f[4]}`;
    if (at !== key) {
      end(page);
      key = at;
      page = Number(f[1]) - 1;
    }
    line.push(f.slice(11).join('\t'));
  }
  end(page);
  return pages;
}

function withPage(err: unknown, page: number, what: string): unknown {
  if (err instanceof DocumentError)
    return new DocumentError(err.problem, `page ${page}: ${what}: ${err.message}`, { cause: err });
  return err;
}
