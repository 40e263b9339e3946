/**
 * `npx tsx bench/documents/ocr-levers.ts [--rounds N] [--set fixtures|heldout|both] [VARIANT...]`:
 * OCR variants (rendering and tesseract options) measured against the default in alternating
 * rounds of the same run, on the scanned fixture pages (against our hand transcriptions) and on
 * held-out pages: pages of the text PDFs rendered to 1-bit images at 300 and 200 dpi and wrapped as
 * image-only PDFs (like a scanner's CCITT pages), their reference being pdftotext's reading of the
 * original (cleaned the same way). The held-out pages are made in a temporary folder at each run,
 * never kept. Per variant: word recall, dates read exactly, CPU seconds per page (user + system of
 * the pdftoppm and tesseract processes), and the median over rounds of its CPU against the default's
 * in the same round (the machine is shared: the paired ratio is what compares).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { cleanPages, compareWords, wordsOf } from '../../src/documents/clean.ts';
import { linesOf } from '../../src/documents/ocr.ts';
import { fixturesDir } from '../../tests/support/shared.ts';
import { median } from '../stats.ts';
import { datesIn } from './dates.ts';

interface Variant {
  name: string;
  /** pdftoppm resolution and colour options (before -f/-l). */
  render: string[];
  /** tesseract options after `-l eng`. */
  tesseract: string[];
}

const BASE_TESS = ['--psm', '3'];
const LEAN = [
  '-c',
  'textord_tabfind_find_tables=0',
  '-c',
  'textord_all_prop=1',
  '-c',
  'tessedit_do_invert=0',
];
export const VARIANTS: Record<string, Variant> = {
  default: { name: '120 dpi grey (default)', render: ['-r', '120', '-gray'], tesseract: BASE_TESS },
  rx100: { name: '100 × 120 dpi', render: ['-rx', '100', '-ry', '120', '-gray'], tesseract: BASE_TESS },
  rx90: { name: '90 × 120 dpi', render: ['-rx', '90', '-ry', '120', '-gray'], tesseract: BASE_TESS },
  rx80: { name: '80 × 120 dpi', render: ['-rx', '80', '-ry', '120', '-gray'], tesseract: BASE_TESS },
  rx100ry130: { name: '100 × 130 dpi', render: ['-rx', '100', '-ry', '130', '-gray'], tesseract: BASE_TESS },
  rx110ry150: { name: '110 × 150 dpi', render: ['-rx', '110', '-ry', '150', '-gray'], tesseract: BASE_TESS },
  dpi120: {
    name: '120 dpi, --dpi 120 hint',
    render: ['-r', '120', '-gray'],
    tesseract: [...BASE_TESS, '--dpi', '120'],
  },
  mono: { name: '120 dpi 1-bit', render: ['-r', '120', '-mono'], tesseract: BASE_TESS },
  noinvert: {
    name: '120 dpi, no inverted retries',
    render: ['-r', '120', '-gray'],
    tesseract: [...BASE_TESS, '-c', 'tessedit_do_invert=0'],
  },
  nodict: {
    name: '120 dpi, no dictionary correction',
    render: ['-r', '120', '-gray'],
    tesseract: [...BASE_TESS, '-c', 'tessedit_enable_dict_correction=0', '-c', 'lstm_choice_mode=0'],
  },
  /** Work court pages do not need: table detection, fixed-pitch analysis, inverted-line retries. */
  lean: { name: '120 dpi, lean layout', render: ['-r', '120', '-gray'], tesseract: [...BASE_TESS, ...LEAN] },
  rx110: { name: '110 × 120 dpi', render: ['-rx', '110', '-ry', '120', '-gray'], tesseract: BASE_TESS },
  rx110lean: {
    name: '110 × 120 dpi, lean layout',
    render: ['-rx', '110', '-ry', '120', '-gray'],
    tesseract: [...BASE_TESS, ...LEAN],
  },
  psm4: { name: '120 dpi, --psm 4', render: ['-r', '120', '-gray'], tesseract: ['--psm', '4'] },
  psm4lean: {
    name: '120 dpi, --psm 4, lean layout',
    render: ['-r', '120', '-gray'],
    tesseract: ['--psm', '4', ...LEAN],
  },
  noaa: {
    name: '120 dpi grey, no anti-aliasing',
    render: ['-r', '120', '-gray', '-aa', 'no', '-aaVector', 'no'],
    tesseract: BASE_TESS,
  },
  rx100noinv: {
    name: '100 × 120 dpi, no inverted retries',
    render: ['-rx', '100', '-ry', '120', '-gray'],
    tesseract: [...BASE_TESS, '-c', 'tessedit_do_invert=0'],
  },
};

interface Page {
  set: 'fixtures' | 'heldout';
  pdf: string;
  page: number;
  reference: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const documents = join(fixturesDir, 'documents');

function childCpu(): number {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[13]) + Number(f[14])) / 100;
}

function run(cmd: string, args: string[], env?: Record<string, string>): Buffer {
  const r = spawnSync(cmd, args, { maxBuffer: 512 * 2 ** 20, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr?.toString()}`);
  return r.stdout;
}

/** The scanned fixture pages with a hand transcription. */
function fixturePages(): Page[] {
  const out: Page[] = [];
  for (const [file, n] of [
    ['ca4_17.pdf', 1],
    ['gov.uscourts.cand.203070.27.0.pdf', 2],
    ['image-pdf.pdf', 2],
    ['image-pdf-2.pdf', 1],
  ] as const)
    for (let p = 1; p <= n; p++) {
      const ref = readFileSync(join(here, `${file.replace(/\.pdf$/, '')}.p${p}.txt`), 'utf8');
      out.push({ set: 'fixtures', pdf: join(documents, file), page: p, reference: ref });
    }
  return out;
}

/** A one-page PDF painting a 1-bit image (PBM `P4` raster) over a letter page. */
function imagePdf(pbm: Buffer, dpi: number): Buffer {
  const header = pbm.toString('latin1', 0, 64).split(/\s+/);
  const [w, h] = [Number(header[1]), Number(header[2])];
  const offset = pbm.indexOf('\n', pbm.indexOf('\n') + 1) + 1; // "P4\nW H\n" then the rows
  const data = deflateSync(pbm.subarray(offset));
  const [pw, ph] = [(w * 72) / dpi, (h * 72) / dpi].map((x) => x.toFixed(2));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pw} ${ph}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`,
    null,
    null,
  ];
  const content = `q ${pw} 0 0 ${ph} 0 0 cm /Im0 Do Q`;
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  const push = (b: Buffer) => {
    parts.push(b);
    at += b.length;
  };
  for (let i = 0; i < 5; i++) {
    offsets.push(at);
    if (i === 3) {
      push(
        Buffer.from(
          `4 0 obj\n<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0] /Filter /FlateDecode /Length ${data.length} >>\nstream\n`,
        ),
      );
      push(data);
      push(Buffer.from('\nendstream\nendobj\n'));
    } else if (i === 4)
      push(Buffer.from(`5 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`));
    else push(Buffer.from(`${i + 1} 0 obj\n${objects[i]}\nendobj\n`));
  }
  const xref = at;
  push(
    Buffer.from(
      `xref\n0 6\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

/**
 * Held-out pages: the first page and one later page of each text PDF, as 1-bit scans at 300 dpi
 * (the manifest's first text PDF, its third, …) or 200 dpi (the others); reference: pdftotext's
 * reading of the original page.
 */
function heldoutPages(dir: string): Page[] {
  const manifest = JSON.parse(readFileSync(join(documents, 'manifest.json'), 'utf8')) as {
    file: string;
    pages: number;
    kind: string;
  }[];
  const out: Page[] = [];
  for (const [i, f] of manifest.filter((m) => m.kind === 'text').entries()) {
    const pages = f.pages === 1 ? [1] : [1, Math.min(f.pages, 2 + (i % 3))];
    for (const p of pages) {
      const src = join(documents, f.file);
      const dpi = i % 2 === 0 ? 300 : 200;
      const pbm = run('pdftoppm', ['-r', String(dpi), '-mono', '-f', String(p), '-l', String(p), src]);
      const pdf = join(dir, `${f.file.replace(/\.pdf$/, '')}.p${p}.pdf`);
      writeFileSync(pdf, imagePdf(pbm, dpi));
      const reference = run('pdftotext', [
        '-layout',
        '-enc',
        'UTF-8',
        '-f',
        String(p),
        '-l',
        String(p),
        src,
        '-',
      ]).toString();
      out.push({ set: 'heldout', pdf, page: 1, reference });
    }
  }
  return out;
}

interface Measure {
  cpu: number;
  recalled: number;
  words: number;
  dates: number;
  datesRead: number;
  missed: string[];
}

/** Read `pages` with `v`: each page rendered, then one tesseract over all of them (as a batch). */
function measure(v: Variant, pages: Page[], dir: string): Measure {
  const cpu0 = childCpu();
  const images = pages.map((p, i) => {
    const out = join(dir, `img-${i}`);
    run('pdftoppm', [...v.render, '-f', String(p.page), '-l', String(p.page), '-singlefile', p.pdf, out]);
    return `${out}.${v.render.includes('-mono') ? 'pbm' : 'pgm'}`;
  });
  const list = join(dir, 'list.txt');
  writeFileSync(list, `${images.join('\n')}\n`);
  const tsv = run('tesseract', [list, 'stdout', '-l', 'eng', ...v.tesseract, 'tsv'], {
    OMP_THREAD_LIMIT: '1',
  });
  const cpu = childCpu() - cpu0;
  const lines = linesOf(tsv, pages.length);
  const m: Measure = { cpu, recalled: 0, words: 0, dates: 0, datesRead: 0, missed: [] };
  for (const [i, p] of pages.entries()) {
    const text = cleanPages([lines[i]!])[0]!.join('\n');
    const refText = cleanPages([p.reference.split('\n')])[0]!.join('\n');
    const ref = wordsOf(refText);
    const rec = compareWords(wordsOf(text), ref).recall;
    if (process.env.OCR_LEVERS_DUMP)
      writeFileSync(
        join(process.env.OCR_LEVERS_DUMP, `${p.pdf.split('/').pop()}.${v.render.join('')}.txt`),
        `${text}\n=====\n${refText}`,
      );
    if (process.env.OCR_LEVERS_PAGES)
      console.log(
        `    ${v.name} ${p.pdf.split('/').pop()} p${p.page}: ${(100 * rec).toFixed(1)} % of ${ref.length}`,
      );
    m.recalled += rec * ref.length;
    m.words += ref.length;
    const read = datesIn(text);
    for (const d of datesIn(refText)) {
      m.dates++;
      const at = read.indexOf(d);
      if (at >= 0) {
        m.datesRead++;
        read.splice(at, 1);
      } else m.missed.push(`${p.pdf.split('/').pop()}: ${d}`);
    }
  }
  for (const f of images) rmSync(f, { force: true });
  return m;
}

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  if (i < 0) return def;
  const v = args[i + 1]!;
  args.splice(i, 2);
  return v;
};
const rounds = Number(opt('--rounds', '3'));
const which = opt('--set', 'both');
const names = ['default', ...args.filter((a) => a !== 'default')];
for (const n of names)
  if (!VARIANTS[n]) throw new Error(`unknown variant ${n}: ${Object.keys(VARIANTS).join(', ')}`);

const dir = mkdtempSync(join(tmpdir(), 'ocr-levers-'));
try {
  const sets: Page[][] = [];
  if (which !== 'heldout') sets.push(fixturePages());
  if (which !== 'fixtures') sets.push(heldoutPages(dir));
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  console.log(`load at start ${load()}; ${rounds} rounds; variants: ${names.join(', ')}`);
  for (const pages of sets) {
    const set = pages[0]!.set;
    const results = new Map<string, Measure[]>(names.map((n) => [n, []]));
    for (let r = 0; r < rounds; r++) {
      // Alternate the order each round so that neither side always runs first.
      const order = r % 2 === 0 ? names : [...names].reverse();
      for (const n of order) results.get(n)!.push(measure(VARIANTS[n]!, pages, dir));
      console.log(`  ${set} round ${r + 1} done (load ${load()})`);
    }
    console.log(`\n${set}: ${pages.length} pages`);
    const base = results.get('default')!;
    for (const n of names) {
      const ms = results.get(n)!;
      const m = ms[0]!;
      const perPage = ms.map((x) => x.cpu / pages.length);
      const ratios = ms.map((x, i) => x.cpu / base[i]!.cpu);
      console.log(
        `  ${VARIANTS[n]!.name}: recall ${((100 * m.recalled) / m.words).toFixed(1)} % of ${m.words} words; dates ${m.datesRead} of ${m.dates}${m.missed.length ? ` (missed ${m.missed.join('; ')})` : ''}; CPU s/page ${perPage.map((x) => x.toFixed(3)).join(' ')} (median ${median(perPage).toFixed(3)}, ${(1 / median(perPage)).toFixed(2)} pages/s); vs default same round ${ratios.map((x) => x.toFixed(3)).join(' ')} → median ${((median(ratios) - 1) * 100).toFixed(1)} %`,
      );
    }
  }
  console.log(`load at end ${load()}`);
} finally {
  if (!process.env.OCR_LEVERS_KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}
