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
import { availableParallelism } from 'node:os';
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
}

export const DEFAULT_OCR_LIMITS: OcrLimits = {
  concurrency: Math.max(1, availableParallelism() - 1),
  pageTimeoutMs: 60_000,
  memoryBytes: 1024 * 2 ** 20,
  dpi: 120,
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

/** Read page `page` (1-based) of the PDF at `file` by OCR; returns its text lines. */
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
    const text = await runLimited(
      'tesseract',
      ['stdin', 'stdout', '-l', 'eng', '--psm', '3'],
      bitmap,
      { ...run, timeoutMs: left() },
      { OMP_THREAD_LIMIT: '1' },
    ).catch((err) => {
      throw withPage(err, page, 'OCR');
    });
    return text
      .toString('utf8')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== '');
  });
}

function withPage(err: unknown, page: number, what: string): unknown {
  if (err instanceof DocumentError)
    return new DocumentError(err.problem, `page ${page}: ${what}: ${err.message}`, { cause: err });
  return err;
}
