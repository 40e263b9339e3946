import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { type AppellateAct, readAppealsDocket, readDistrictCopy } from '../../deadlines/appellate.ts';
import { analyzeEntry, analyzeSequence } from '../../deadlines/extract/index.ts';
import { linkedField } from '../../deadlines/extract/refs.ts';
import type { Analysis, AnalyzeInput } from '../../deadlines/types.ts';
import { InputError, InputTooLargeError } from '../../errors.ts';
import { writeLine } from '../output.ts';

/** A JSONL file of entries larger than this is refused: a whole docket is far smaller. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

interface AnalyzeOpts {
  filed?: string;
  court?: string;
  document?: string;
  input?: string;
}

/** Whether a file starts like a PDF (within its first KiB, as readers allow). */
async function isPdf(file: string): Promise<boolean> {
  const head = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read ${file}: ${err.code ?? err.message}`, { cause: err });
  });
  return head.subarray(0, 1024).includes('%PDF-');
}

/** Drop provenance (`source`) so the output is the stable contract; it stays in the library API. */
function publicView(a: Analysis): Analysis {
  const strip = <T extends object>(x: T) => {
    const { source: _source, ...rest } = x as T & { source?: string };
    return rest as T;
  };
  return {
    ...a,
    deadlines: a.deadlines.map(strip),
    stays: a.stays.map(strip),
    injunctions: a.injunctions.map(strip),
    hearings: a.hearings.map(strip),
  };
}

/**
 * A court of appeals' act — on its own docket (`--court ca11`), or the district clerk's copy of its
 * (or the Supreme Court's) order — read as the case record reads it (docs/deadlines.md, "Appeals"):
 * that act, under `appellate`, and nothing left for a person to read.
 */
function withHigherCourt(
  a: Analysis,
  text: string,
  court: string | undefined,
): Analysis & { appellate?: AppellateAct } {
  const act = court && /^ca(?:\d+|dc|fc)$/.test(court) ? readAppealsDocket(text) : readDistrictCopy(text);
  if (!act) return a;
  const { needsReview: _unread, ...read } = a;
  return { ...read, appellate: act };
}

function parseLine(line: string, lineNo: number, file: string): AnalyzeInput {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    throw new InputError(`${file}:${lineNo}: not a JSON object (${(err as Error).message})`, { cause: err });
  }
  if (typeof v !== 'object' || v === null) throw new InputError(`${file}:${lineNo}: expected a JSON object`);
  const o = v as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new InputError(`${file}:${lineNo}: "text" must be a string`);
  if (typeof o.dateFiled !== 'string')
    throw new InputError(`${file}:${lineNo}: "dateFiled" must be a YYYY-MM-DD string`);
  const number = o.number === null || o.number === undefined ? null : String(o.number);
  return {
    number,
    id: typeof o.id === 'string' ? o.id : undefined,
    dateFiled: o.dateFiled,
    text: o.text,
    documentText: typeof o.documentText === 'string' ? o.documentText : null,
    ...linkedField(o.linkedEntries),
  };
}

/**
 * `docketwatch analyze`: read docket text like a docketing clerk. One entry from the command line,
 * or a docket as JSON lines (read in order, so responses meet earlier deadlines and clerk entries
 * that repeat an order are marked duplicates). One JSON object per entry on stdout.
 */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description(
      'Read docket entries: kind, related entries, deadlines, stays, injunctions, hearings; one JSON line per entry',
    )
    .option(
      '--filed <date>',
      'filing date of the entry (YYYY-MM-DD); the trigger of "within N days of this Order"',
    )
    .option(
      '--court <court>',
      'CM/ECF court id (e.g. mied): holidays, time zone and local-rule response times',
    )
    .option(
      '--document <file>',
      "the order's own text: a PDF (findings name the page and quote the sentence; the docket text is then optional) or a text file",
    )
    .option(
      '--input <file>',
      'JSON lines, one entry each: {"number", "dateFiled", "text", "documentText"?}; read in order',
    )
    .argument('[text...]', 'the docket text of one entry')
    .addHelpText(
      'after',
      `
Examples:
  docketwatch analyze --filed 2017-07-28 --court mied "TEXT-ONLY ORDER: Petitioners shall file a response to [47] within seven (7) days of the date of this order."
  docketwatch analyze --input docket.jsonl --court mied
  docketwatch analyze --document order.pdf --filed 2017-07-24 --court mied`,
    )
    .action(async (words: string[], opts: AnalyzeOpts) => {
      const options = opts.court ? { court: opts.court.toLowerCase() } : {};
      if (opts.input) {
        if (words.length > 0) throw new InputError('give either --input FILE or a docket text, not both');
        const buf = await readFile(opts.input).catch((err: NodeJS.ErrnoException) => {
          throw new InputError(`cannot read ${opts.input}: ${err.code ?? err.message}`, { cause: err });
        });
        if (buf.byteLength > MAX_INPUT_BYTES) throw new InputTooLargeError(buf.byteLength, MAX_INPUT_BYTES);
        const lines = buf.toString('utf8').split(/\r?\n/);
        const entries: AnalyzeInput[] = [];
        lines.forEach((line, i) => {
          if (line.trim()) entries.push(parseLine(line, i + 1, opts.input!));
        });
        const analyses = analyzeSequence(entries, options);
        for (const [i, a] of analyses.entries())
          await writeLine(JSON.stringify(withHigherCourt(publicView(a), entries[i]!.text, options.court)));
        return;
      }
      const text = words.join(' ').trim();
      const filed = opts.filed ?? new Date().toISOString().slice(0, 10);
      if (opts.document && (await isPdf(opts.document))) {
        // The order's PDF: findings from its own sentences, each with its page and the sentence.
        const { analyzePdf } = await import('../../documents/cli.ts');
        await writeLine(
          JSON.stringify(
            await analyzePdf(opts.document, { filed, court: options.court, docketText: text || null }),
          ),
        );
        return;
      }
      if (!text)
        throw new InputError('no docket text: give it as an argument, or use --input FILE (see --help)');
      let documentText: string | null = null;
      if (opts.document) {
        documentText = await readFile(opts.document, 'utf8').catch((err: NodeJS.ErrnoException) => {
          throw new InputError(`cannot read ${opts.document}: ${err.code ?? err.message}`, { cause: err });
        });
      }
      const a = analyzeEntry({ number: null, dateFiled: filed, text, documentText }, options);
      await writeLine(JSON.stringify(withHigherCourt(publicView(a), text, options.court)));
    });
}
