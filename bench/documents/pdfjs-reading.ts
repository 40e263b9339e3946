/**
 * An independent reading of a PDF's text layer for the documents bench: pdfjs-dist (Mozilla's
 * reader, which read docketwatch's text layer before poppler's `pdftotext` did), lines grouped by
 * baseline. docketwatch reads text with pdftotext, so comparing it with pdftotext again would be
 * circular; this reading is the reference its words are checked against.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Item {
  str?: string;
  transform: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/** Items on one baseline (within this fraction of the font height) are one line. */
const SAME_LINE = 0.5;

function linesOf(items: Item[]): string[] {
  const lines: string[] = [];
  let line = '';
  let lastY: number | null = null;
  let lastEnd: number | null = null;
  let lastHeight = 0;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const [, , , d = 0, x = 0, y = 0] = item.transform;
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

/** Each page's lines, as pdfjs reads them. */
export async function pdfjsPages(data: Uint8Array): Promise<string[][]> {
  const doc = await getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(linesOf((await page.getTextContent()).items as Item[]));
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
