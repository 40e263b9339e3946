/**
 * The text-layer reader, run as a child process by `text-layer.ts` (plain JavaScript so it starts
 * without a TypeScript loader). It reads PDFs with pdfjs-dist, one request at a time, and answers
 * each with the text lines of every page. Hostile input cannot hurt the parent: the parent kills
 * this process when a request runs too long or it grows past its memory limit, and starts another.
 *
 * Request:  { id, data: Uint8Array, maxPages }
 * Answer:   { id, pages: string[][], numPages, imagePages: number[] } or { id, error: { code, message } }
 */
import { getDocument, PasswordResponses } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Items on one baseline (within this fraction of the font height) are one line. */
const SAME_LINE = 0.5;

function linesOf(items) {
  const lines = [];
  let line = '';
  let lastY = null;
  let lastEnd = null;
  let lastHeight = 0;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const [, , , d, x, y] = item.transform;
    const height = Math.abs(item.height || d || 0) || 1;
    if (lastY !== null && Math.abs(y - lastY) > SAME_LINE * Math.max(height, lastHeight)) {
      lines.push(line);
      line = '';
      lastEnd = null;
    } else if (lastEnd !== null && item.str !== '' && x - lastEnd > 0.15 * height && !/\s$/.test(line)) {
      line += ' ';
    }
    line += item.str;
    if (item.str !== '') {
      lastY = y;
      lastHeight = height;
      lastEnd = x + (item.width || 0);
    }
    if (item.hasEOL) {
      lines.push(line);
      line = '';
      lastEnd = null;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
}

/** Whether a page paints an image (a scanned page), read from its operator list without decoding. */
async function paintsImage(page, OPS) {
  const list = await page.getOperatorList({ intent: 'display', annotationMode: 0 });
  return list.fnArray.some(
    (fn) =>
      fn === OPS.paintImageXObject || fn === OPS.paintImageMaskXObject || fn === OPS.paintInlineImageXObject,
  );
}

async function read({ data, maxPages, imagesFor }, OPS) {
  const task = getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // Images larger than this many pixels are not decoded (a scan at 600 dpi is ~34 million).
    maxImageSize: 64 * 2 ** 20,
    verbosity: 0,
  });
  task.onPassword = (_update, reason) => {
    const err = new Error(
      reason === PasswordResponses.INCORRECT_PASSWORD
        ? 'wrong password'
        : 'the PDF is encrypted with a password',
    );
    err.code = 'encrypted';
    task.destroy();
    throw err;
  };
  const doc = await task.promise;
  try {
    const count = Math.min(doc.numPages, maxPages);
    const pages = [];
    const imagePages = [];
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ disableNormalization: false });
      const lines = linesOf(content.items);
      pages.push(lines);
      if (imagesFor(lines) && (await paintsImage(page, OPS))) imagePages.push(n);
      page.cleanup();
    }
    return { pages, numPages: doc.numPages, imagePages };
  } finally {
    await doc.destroy();
  }
}

function codeOf(err) {
  if (err?.code === 'encrypted' || err?.name === 'PasswordException') return 'encrypted';
  if (err?.name === 'InvalidPDFException') return 'damaged';
  if (err?.name === 'MissingPDFException') return 'damaged';
  return 'unreadable';
}

const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');

process.on('message', async (msg) => {
  const { id, data, maxPages, imageCheckBelowWords } = msg;
  // A page with fewer words than this may be a scan: only then is its operator list read.
  const imagesFor = (lines) => lines.join(' ').split(/\s+/).filter(Boolean).length < imageCheckBelowWords;
  try {
    const result = await read({ data: new Uint8Array(data), maxPages, imagesFor }, OPS);
    process.send({ id, ...result });
  } catch (err) {
    process.send({ id, error: { code: codeOf(err), message: String(err?.message ?? err) } });
  }
});
process.send({ ready: true });
