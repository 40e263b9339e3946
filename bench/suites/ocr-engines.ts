/**
 * `npm run bench -- ocr-engines`: why docketwatch OCRs with Debian's tesseract (a child process)
 * rather than tesseract.js (WASM, from npm). Both read the same bitmaps (the scanned fixture pages
 * rendered by pdftoppm at the resolution docketwatch uses) with the same kind of LSTM English model
 * (tesseract.js: @tesseract.js-data/eng 4.0.0_best_int, loaded from node_modules, nothing
 * downloaded); each reports word recall against the hand transcriptions, CPU seconds per page
 * (one page at a time, one thread) and memory.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanPages, compareWords, wordsOf } from '../../src/documents/clean.ts';
import { childPeak, runLimited } from '../../src/documents/limits.ts';
import { DEFAULT_OCR_LIMITS } from '../../src/documents/ocr.ts';
import { fixturesDir } from '../../tests/support/shared.ts';

const here = dirname(fileURLToPath(import.meta.url));
const transcriptions = join(here, '../documents');
const require = createRequire(import.meta.url);

function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
const ownCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

export async function run(): Promise<void> {
  const dir = join(fixturesDir, 'documents');
  if (!existsSync(dir)) {
    console.log(`skipped: ${dir} is absent`);
    return;
  }
  const pages: { bitmap: Buffer; reference: string[]; name: string }[] = [];
  for (const t of [
    'ca4_17.p1',
    'gov.uscourts.cand.203070.27.0.p1',
    'gov.uscourts.cand.203070.27.0.p2',
    'image-pdf-2.p1',
    'image-pdf.p1',
    'image-pdf.p2',
  ]) {
    const [file, page] = [t.replace(/\.p\d+$/, ''), t.replace(/^.*\.p/, '')];
    const bitmap = execFileSync(
      'pdftoppm',
      ['-r', String(DEFAULT_OCR_LIMITS.dpi), '-gray', '-f', page, '-l', page, join(dir, `${file}.pdf`)],
      { maxBuffer: 256 * 2 ** 20 },
    );
    const reference = wordsOf(
      cleanPages([readFileSync(join(transcriptions, `${t}.txt`), 'utf8').split('\n')])[0]!.join('\n'),
    );
    pages.push({ bitmap, reference, name: t });
  }
  const score = (texts: string[]) => {
    let hit = 0;
    let all = 0;
    texts.forEach((text, i) => {
      const ref = pages[i]!.reference;
      hit += compareWords(wordsOf(cleanPages([text.split('\n')])[0]!.join('\n')), ref).recall * ref.length;
      all += ref.length;
    });
    return hit / all;
  };

  // Debian tesseract, as docketwatch runs it.
  childPeak.bytes = 0;
  let cpu = childCpuSeconds();
  const native: string[] = [];
  for (const p of pages) {
    const out = await runLimited(
      'tesseract',
      ['stdin', 'stdout', '-l', 'eng', '--psm', '3', '-c', 'tessedit_do_invert=0'],
      p.bitmap,
      { timeoutMs: 120_000, memoryBytes: 2 ** 30 },
      { OMP_THREAD_LIMIT: '1' },
    );
    native.push(out.toString('utf8'));
  }
  cpu = childCpuSeconds() - cpu;
  console.log(
    `tesseract (Debian, process): recall ${(100 * score(native)).toFixed(1)} %, ${(cpu / pages.length).toFixed(2)} CPU s/page, largest process ${(childPeak.bytes / 2 ** 20).toFixed(0)} MiB`,
  );

  // tesseract.js, everything from node_modules.
  const { createWorker, OEM } = await import('tesseract.js');
  const rss0 = process.memoryUsage().rss;
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    langPath: join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int'),
    gzip: true,
    cacheMethod: 'none',
    workerPath: require.resolve('tesseract.js/src/worker-script/node/index.js'),
    corePath: dirname(require.resolve('tesseract.js-core/package.json')),
    workerBlobURL: false,
  });
  await worker.setParameters({ tessedit_do_invert: '0' } as never);
  let peak = 0;
  const js: string[] = [];
  let own = ownCpuSeconds();
  for (const p of pages) {
    const { data } = await worker.recognize(p.bitmap);
    js.push(data.text);
    peak = Math.max(peak, process.memoryUsage().rss - rss0);
  }
  own = ownCpuSeconds() - own;
  await worker.terminate();
  console.log(
    `tesseract.js (WASM, worker thread): recall ${(100 * score(js)).toFixed(1)} %, ${(own / pages.length).toFixed(2)} CPU s/page, +${(peak / 2 ** 20).toFixed(0)} MiB in this process`,
  );
}
