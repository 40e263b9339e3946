/**
 * `npm run bench -- documents`: court PDFs to text, over `../shared/fixtures/documents/`.
 *
 * - Text PDFs: our reading (pdfjs-dist, cleaned) against poppler's `pdftotext` reading of the same
 *   file, cleaned the same way (stamps, margin numbers, hyphenation): word agreement (multiset
 *   matches over the larger count), target ≥ 98 %; speed in pages/s (wall, median of rounds),
 *   target ≥ 50, with pdftotext's own pages/s beside it as the reference.
 * - Scanned pages: OCR word recall against our hand transcriptions (`bench/documents/*.txt`,
 *   cleaned the same way), target ≥ 90 %; pages per second per core, from the CPU time of the
 *   OCR child processes (one page at a time), target ≥ 1; the largest child's resident memory.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanPages, compareWords, wordsOf } from '../../src/documents/clean.ts';
import { childPeak } from '../../src/documents/limits.ts';
import { DEFAULT_OCR_LIMITS } from '../../src/documents/ocr.ts';
import { DEFAULT_READER_OPTIONS, DocumentReader } from '../../src/documents/text.ts';
import { fixturesDir } from '../../tests/support/shared.ts';
import { median } from '../stats.ts';

const ROUNDS = 5;
const here = dirname(fileURLToPath(import.meta.url));
const transcriptions = join(here, '../documents');

interface Fixture {
  file: string;
  pages: number | null;
  kind: 'text' | 'scanned' | 'empty';
}

/** CPU seconds used by this process's finished children (Linux `/proc/self/stat`: cutime + cstime). */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function pdftotextPages(path: string): string[][] {
  const out = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 256 * 2 ** 20 }).toString(
    'utf8',
  );
  const pages = out.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map((p) =>
    p
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== ''),
  );
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export async function run(): Promise<void> {
  const dir = join(fixturesDir, 'documents');
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.log(`skipped: ${dir} is absent`);
    return;
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Fixture[];
  const text = manifest.filter((f) => f.kind === 'text');
  const scanned = manifest.filter((f) => f.kind === 'scanned');
  const reader = new DocumentReader({ ocr: { ...DEFAULT_OCR_LIMITS, concurrency: 1 } });
  try {
    // Text PDFs: agreement with pdftotext.
    const buffers = text.map((f) => readFileSync(join(dir, f.file)));
    let matched = 0;
    let larger = 0;
    let pages = 0;
    console.log('text PDFs: words agreeing with pdftotext (both cleaned)');
    for (const [i, f] of text.entries()) {
      const ours = await reader.read(buffers[i]!);
      const theirs = cleanPages(pdftotextPages(join(dir, f.file)));
      const a = wordsOf(ours.pages.map((p) => p.text).join('\n'));
      const b = wordsOf(theirs.map((p) => p.join('\n')).join('\n'));
      const { agreement } = compareWords(a, b);
      matched += agreement * Math.max(a.length, b.length);
      larger += Math.max(a.length, b.length);
      pages += ours.pages.length;
      console.log(
        `  ${f.file}: ${ours.pages.length} pages, ${a.length} words (pdftotext ${b.length}), ${pct(agreement)}`,
      );
    }
    console.log(`  overall: ${pct(matched / larger)} of ${larger} words (target ≥ 98 %)`);

    // Speed, rounds alternating with pdftotext; wall time, and CPU time (ours: the reader
    // processes; pdftotext: its finished processes), since the machine may be shared.
    const ourRounds: number[] = [];
    const ourCpu: number[] = [];
    const refRounds: number[] = [];
    const refCpu: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      let t = performance.now();
      let c = reader.textLayerCpuSeconds();
      for (const b of buffers) await reader.read(b);
      ourRounds.push(performance.now() - t);
      ourCpu.push(reader.textLayerCpuSeconds() - c);
      t = performance.now();
      c = childCpuSeconds();
      for (const f of text) pdftotextPages(join(dir, f.file));
      refRounds.push(performance.now() - t);
      refCpu.push(childCpuSeconds() - c);
    }
    const ours = pages / (median(ourRounds) / 1000);
    const ref = pages / (median(refRounds) / 1000);
    const oursCpu = pages / median(ourCpu);
    const refPerCpu = pages / median(refCpu);
    console.log(
      `  speed, one document at a time: ${ours.toFixed(0)} pages/s wall (target ≥ 50); pdftotext ${ref.toFixed(0)} pages/s; ratio ${(ours / ref).toFixed(2)} (${pages} pages, median of ${ROUNDS}; load ${load()})`,
    );
    console.log(
      `  CPU: ${oursCpu.toFixed(0)} pages per CPU-second in the reader process; pdftotext ${refPerCpu.toFixed(0)}; ratio ${(oursCpu / refPerCpu).toFixed(2)}`,
    );
    // Throughput with one reader process per core, documents read concurrently.
    const cores = availableParallelism();
    const pool = new DocumentReader({
      ocr: false,
      textLayer: { ...DEFAULT_READER_OPTIONS.textLayer, size: cores },
    });
    try {
      await Promise.all(buffers.map((b) => pool.read(b)));
      const rounds: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const t = performance.now();
        await Promise.all(buffers.map((b) => pool.read(b)));
        rounds.push(performance.now() - t);
      }
      console.log(
        `  speed, ${cores} reader processes (one per core): ${(pages / (median(rounds) / 1000)).toFixed(0)} pages/s wall (load ${load()})`,
      );
    } finally {
      await pool.close();
    }

    // Scanned pages: OCR recall against the hand transcriptions, at each resolution in the same run.
    for (const dpi of OCR_DPIS) {
      const ocrReader = new DocumentReader({ ocr: { ...DEFAULT_OCR_LIMITS, concurrency: 1, dpi } });
      try {
        await ocrScanned(ocrReader, dir, scanned, dpi);
      } finally {
        await ocrReader.close();
      }
    }
  } finally {
    await reader.close();
  }
}

/** Resolutions compared; the default first. */
const OCR_DPIS = [DEFAULT_OCR_LIMITS.dpi, ...[200, 150, 120].filter((d) => d !== DEFAULT_OCR_LIMITS.dpi)];

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

async function ocrScanned(
  reader: DocumentReader,
  dir: string,
  scanned: Fixture[],
  dpi: number,
): Promise<void> {
  console.log(
    `scanned pages at ${dpi} dpi${dpi === DEFAULT_OCR_LIMITS.dpi ? ' (the default)' : ''}: OCR word recall against the hand transcriptions`,
  );
  let recalled = 0;
  let reference = 0;
  let ocrPages = 0;
  const cpu0 = childCpuSeconds();
  const wall0 = performance.now();
  childPeak.bytes = 0;
  for (const f of scanned) {
    const doc = await reader.read(readFileSync(join(dir, f.file)));
    for (const p of doc.pages) {
      const path = join(transcriptions, `${f.file.replace(/\.pdf$/, '')}.p${p.number}.txt`);
      if (!existsSync(path)) continue;
      const ref = wordsOf(cleanPages([readFileSync(path, 'utf8').split('\n')])[0]!.join('\n'));
      const { recall } = compareWords(wordsOf(p.text), ref);
      recalled += recall * ref.length;
      reference += ref.length;
      if (p.ocr) ocrPages++;
      console.log(
        `  ${f.file} p. ${p.number}: ${p.ocr ? 'OCR' : 'text layer'}, recall ${pct(recall)} of ${ref.length} words`,
      );
    }
  }
  const cpu = childCpuSeconds() - cpu0;
  const wall = (performance.now() - wall0) / 1000;
  console.log(`  overall recall: ${pct(recalled / reference)} of ${reference} words (target ≥ 90 %)`);
  console.log(
    `  speed: ${(ocrPages / cpu).toFixed(2)} pages/s per core (${cpu.toFixed(1)} CPU s in render + OCR processes for ${ocrPages} pages; target ≥ 1); wall ${(ocrPages / wall).toFixed(2)} pages/s one at a time; load ${load()}`,
  );
  console.log(
    `  memory: largest OCR/reader process ${(childPeak.bytes / 2 ** 20).toFixed(0)} MiB resident (limit ${DEFAULT_OCR_LIMITS.memoryBytes >> 20} MiB per process)`,
  );
}
