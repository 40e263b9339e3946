/**
 * The case record on the command line: `case add`, `cases`, `ingest`, `entries`, `events`.
 * Every command takes `--db PATH|URL` (default: the configured store, `DATABASE_URL`, or
 * `./data/docketwatch.sqlite`).
 */
import { readFile, stat } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { CLASS_PROTECTS, CLASS_SCOPES, readCaseDetails, setCaseClass } from '../../../db/case-details.ts';
import { addCase, findCase, listCases, listEntries, listEvents } from '../../../db/cases.ts';
import { type KindOption, parsePacer } from '../../../scrapers/pacer/index.ts';
import { checkCaseNumber } from '../../courts.ts';
import { InputError, InputTooLargeError } from '../../errors.ts';
import { ingestParsed } from '../../ingest/pipeline.ts';
import { DOCUMENT_KINDS, type ParseResult } from '../../model/docket.ts';
import { textOrNull } from '../../model/fields.ts';
import { type ListOptions, listCommand, printRows } from '../listing.ts';
import { writeLine } from '../output.ts';
import { DB_HELP, readStore, withStore } from '../store.ts';

/** Parse output saved as JSON lines (`docketwatch parse … > x.jsonl`) can be ingested as is; it may be large. */
const MAX_JSON_BYTES = 256 * 1024 * 1024;

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

export function registerStore(program: Command): void {
  const caseCmd = program.command('case').description('Manage the cases docketwatch tracks');
  caseCmd
    .command('add')
    .description('Track a case: COURT (CM/ECF id, e.g. mied) and DOCKET (e.g. 2:17-cv-11910)')
    .argument('<court>', 'court id, e.g. mied or ca6')
    .argument('<docket>', 'docket number; judge initials are dropped (2:17-cv-11910-TGB = 2:17-cv-11910)')
    .option('--name <name>', 'case name, e.g. "Hamama v. Adducci"')
    .option('--parent <case>', 'COURT:DOCKET of the case this one comes from (an appeal of a district case)')
    .option('--db <target>', DB_HELP)
    .action(async (court: string, docket: string, opts: { name?: string; parent?: string; db?: string }) => {
      const checked = checkCaseNumber(court, docket);
      await withStore(opts.db, async (store) => {
        const r = await addCase(store.db, checked.court.id, checked.docket, {
          name: opts.name ?? null,
          parent: opts.parent ?? null,
        });
        await writeLine(JSON.stringify({ case: r.key, created: r.created }));
      });
    });

  caseCmd
    .command('set')
    .description(
      'Say who a case is about, for the plain-language messages and the case page: the class as an order defines it (one definition per order), how far its orders reach, what they protect from',
    )
    .argument('<case>', 'COURT:DOCKET, e.g. mied:2:17-cv-11910')
    .option(
      '--class <words>',
      'who is covered, in English, as the court defined the class: "Iraqi nationals in the U.S. who had final removal orders on June 24, 2017 and who have been or will be detained by ICE"',
    )
    .option(
      '--class-from <entry>',
      "the number of the docket entry whose order defines the class in these words: a definition of its own, in force from that order's filing day (pages and messages say so; without it the words are the maintainers', in force from the start)",
    )
    .option('--class-es <words>', 'the same in Spanish (otherwise Spanish messages quote the English)')
    .option('--class-ar <words>', 'the same in Arabic (otherwise Arabic messages quote the English)')
    .addOption(new Option('--scope <scope>', 'how far the orders reach').choices([...CLASS_SCOPES]))
    .addOption(
      new Option('--protects <what>', 'what the stays and injunctions protect people from').choices([
        ...CLASS_PROTECTS,
      ]),
    )
    .option(
      '--clear',
      "forget the maintainers' definitions and what the orders protect from (with --class-from N: only that order's definition)",
    )
    .option('--db <target>', DB_HELP)
    .action(
      async (
        key: string,
        opts: {
          class?: string;
          classEs?: string;
          classAr?: string;
          classFrom?: string;
          scope?: string;
          protects?: string;
          clear?: boolean;
          db?: string;
        },
      ) => {
        await withStore(opts.db, async (store) => {
          const found = await findCase(store.db, key);
          if (!found)
            throw new InputError(`case ${key} is not in the record: docketwatch case add COURT DOCKET`);
          const given =
            opts.class ?? opts.classEs ?? opts.classAr ?? opts.classFrom ?? opts.scope ?? opts.protects;
          if (!opts.clear && given === undefined)
            throw new InputError('nothing to set: give --class (or --clear)');
          const set = await setCaseClass(
            store.db,
            found.id,
            {
              ...(opts.class !== undefined ? { en: opts.class } : {}),
              ...(opts.classEs !== undefined ? { es: opts.classEs } : {}),
              ...(opts.classAr !== undefined ? { ar: opts.classAr } : {}),
              ...(opts.scope !== undefined ? { scope: opts.scope } : {}),
              ...(opts.protects !== undefined ? { protects: opts.protects } : {}),
              ...(opts.classFrom !== undefined ? { from: opts.classFrom } : {}),
              ...(opts.clear ? { clear: true } : {}),
            },
            new Date(),
          );
          await writeLine(JSON.stringify({ case: found.key, class: set }));
        });
      },
    );

  caseCmd
    .command('classes')
    .description(
      "List who a case is about, per order: each definition of its class, the day it is in force from (its order's filing day), the order, and whether the words were read from the order or given by a maintainer",
    )
    .argument('<case>', 'COURT:DOCKET, e.g. mied:2:17-cv-11910')
    .option('--json', 'one JSON object per line')
    .option('--db <target>', DB_HELP)
    .action(async (key: string, opts: { json?: boolean; db?: string }) => {
      await readStore(opts.db, async (store) => {
        const found = await findCase(store.db, key);
        if (!found)
          throw new InputError(`case ${key} is not in the record: docketwatch case add COURT DOCKET`);
        const classes = (await readCaseDetails(store.db, found.id)).class;
        const rows = (classes?.versions ?? []).map((v) => ({
          effective: v.from ? v.from.dateFiled : null,
          entry: v.from?.entry ?? null,
          source: v.source,
          scope: v.scope,
          text: v.text,
          adds: v.adds === true,
        }));
        if (opts.json) {
          for (const r of rows) await writeLine(JSON.stringify(r));
          return;
        }
        if (rows.length === 0) {
          await writeLine(
            `no class is known for ${found.key}: docketwatch case set ${found.key} --class … --class-from N`,
          );
          return;
        }
        for (const r of rows) {
          const when =
            r.entry === null
              ? 'from the start'
              : r.effective
                ? `from ${r.effective}`
                : 'order not in the record yet';
          const by = r.source === 'order' ? "the order's words" : 'a maintainer';
          await writeLine(
            `${when.padEnd(28)} ${(r.entry === null ? '—' : `entry ${r.entry}`).padEnd(12)} ${by.padEnd(17)} ${r.adds ? 'adds: ' : ''}${r.text.en}${r.scope ? ` (${r.scope})` : ''}`,
          );
        }
      });
    });

  listCommand(program, 'cases', 'List the cases in the record').action(async (opts: ListOptions) => {
    await readStore(opts.db, async (store) =>
      printRows(await listCases(store.db), opts, {
        text: (c) =>
          `${c.key.padEnd(28)} ${String(c.entries).padStart(6)} entries  ${c.caseName ?? ''}${c.parent ? `  (${c.linkType ?? 'linked'} of ${c.parent})` : ''}${c.tracked ? '' : '  [not tracked]'}`,
        none: 'no cases yet: docketwatch case add COURT DOCKET',
      }),
    );
  });

  program
    .command('ingest')
    .description(
      'Parse CM/ECF files (or saved `docketwatch parse` output, JSON lines) and merge them into the record; prints the resulting events as JSON lines',
    )
    .option('--source <name>', 'name of the source these files came from (default: the kind of each file)')
    .addOption(
      new Option('--kind <kind>', 'what the files are').choices(['auto', ...DOCUMENT_KINDS]).default('auto'),
    )
    .option('--court <court>', 'court id to assume when a file does not name one')
    .option('--track', 'start tracking cases that are not tracked yet (default: ignore them)')
    .option('--db <target>', DB_HELP)
    .argument(
      '<files...>',
      'files to ingest; each file (each line of saved parse output) is merged in one transaction',
    )
    .action(
      async (
        files: string[],
        opts: { source?: string; kind: KindOption; court?: string; track?: boolean; db?: string },
      ) => {
        let failed = 0;
        await withStore(opts.db, async (store) => {
          for (const file of files) {
            try {
              for (const result of await readResults(file, opts.kind, opts.court ?? null)) {
                if (!result.isDocket) {
                  process.stderr.write(
                    `${file}: not a docket (${result.reason ?? 'unrecognized'}); skipped\n`,
                  );
                  continue;
                }
                // The one ingest path (as the poller and webhooks): merge, then the deadline record
                // and stays follow the changed entries (their events go to the log: `docketwatch events`).
                const outcome = await ingestParsed(store, result, {
                  ...(opts.source ? { source: opts.source } : {}),
                  track: opts.track === true,
                  log: (n) =>
                    process.stderr.write(
                      `${file}: ${n.action}${n.case ? ` ${n.case}` : ''}${n.entry ? ` entry ${n.entry}` : ''}: ${n.reason}\n`,
                    ),
                });
                for (const e of outcome.events) await writeLine(JSON.stringify(e));
              }
            } catch (err) {
              failed++;
              process.stderr.write(`${file}: ${err instanceof Error ? err.message : String(err)}\n`);
            }
          }
        });
        if (failed > 0) process.exitCode = 1;
      },
    );

  listCommand(
    program,
    'entries',
    'Show the merged entries of a case, in docket order (with --json, each with its sources and documents)',
  )
    .requiredOption('--case <case>', 'COURT:DOCKET, e.g. mied:2:17-cv-11910')
    .action(async (opts: ListOptions & { case: string }) => {
      await readStore(opts.db, async (store) =>
        printRows(await listEntries(store.db, opts.case), opts, {
          text: (e) =>
            `${(e.number ?? '-').padStart(5)}  ${(e.dateFiled ?? e.dateEntered ?? '').slice(0, 10)}  ${truncate(e.description || (e.shortDescription ?? ''), 120)}${e.status === 'present' ? '' : ` [${e.status}]`}`,
        }),
      );
    });

  listCommand(program, 'events', 'Show the event log (every change to the record), oldest first')
    .option('--case <case>', 'only this case (COURT:DOCKET)')
    .option('--since <time>', 'only events at or after this date or ISO-8601 time')
    .option('--limit <n>', 'at most this many events', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1)
        throw new InputError(`--limit must be a positive integer, not "${v}"`);
      return n;
    })
    .action(async (opts: ListOptions & { case?: string; since?: string; limit?: number }) => {
      await readStore(opts.db, async (store) => {
        const events = await listEvents(store.db, {
          case: opts.case ?? null,
          since: opts.since ?? null,
          ...(opts.limit ? { limit: opts.limit } : {}),
        });
        await printRows(events, opts, {
          text: (e) => `${e.at}  ${e.type.padEnd(15)} ${e.case}${e.entry ? ` ${entryWords(e.entry)}` : ''}`,
        });
      });
    });
}

/**
 * An event's entry as a person reads it in the log: "#87", "#2-10" (a gap), "unnumbered entry of
 * 2017-06-16 (key u:2017-06-16:…)" — the store's key kept, labelled, where it alone tells two
 * entries of a day apart; `--json` gives the key as is.
 */
function entryWords(key: string): string {
  const unnumbered = /^u:(\d{4}-\d{2}-\d{2}):/.exec(key);
  if (unnumbered) return `unnumbered entry of ${unnumbered[1]} (key ${key})`;
  const appeal = /^appeal:\d+:(.+)$/.exec(key);
  if (appeal) return `appeal's ${entryWords(appeal[1]!)}`;
  return `#${key}`;
}

const attachmentSchema = z.object({
  number: z.string(),
  description: z.string().nullable(),
  pacerDocId: z.string().nullable(),
  pageCount: z.number().nullable(),
});
const entrySchema = z.object({
  number: z.string().nullable(),
  dateFiled: z.string().nullable(),
  dateEntered: z.string().nullable(),
  description: z.string(),
  shortDescription: z.string().nullable(),
  pacerDocId: z.string().nullable(),
  pacerSeqNo: z.string().nullable(),
  pageCount: z.number().nullable(),
  attachments: z.array(attachmentSchema),
  documentUrl: z.string().nullable().optional(),
});
const originSchema = z.object(
  textOrNull('court', 'docketNumber', 'assignedTo', 'dateFiled', 'dateJudgment', 'dateNoticeOfAppeal'),
);
const caseSchema = z.object({
  docketNumber: z.string().nullable(),
  caseName: z.string().nullable(),
  pacerCaseId: z.string().nullable().default(null),
  assignedTo: z.string().nullable().default(null),
  referredTo: z.string().nullable().default(null),
  dateFiled: z.string().nullable().default(null),
  dateTerminated: z.string().nullable().default(null),
  cause: z.string().nullable().default(null),
  natureOfSuit: z.string().nullable().default(null),
  juryDemand: z.string().nullable().default(null),
  jurisdiction: z.string().nullable().default(null),
  demand: z.string().nullable().default(null),
  parties: z.array(z.any()).default([]),
  entries: z.array(entrySchema),
  originatingCourt: originSchema.nullable().optional(),
});
const resultSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  court: z.string().nullable(),
  isDocket: z.boolean(),
  reason: z.string().nullable(),
  cases: z.array(caseSchema),
});

/** A CM/ECF file through the parsers, or saved parse output (JSON lines, one result per line). */
async function readResults(file: string, kind: KindOption, court: string | null): Promise<ParseResult[]> {
  const size = (await stat(file)).size;
  if (size > MAX_JSON_BYTES) throw new InputTooLargeError(size, MAX_JSON_BYTES);
  const bytes = await readFile(file);
  let i = 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  if (bytes[i] !== 0x7b /* { */) return [parsePacer(bytes, { kind, court })];
  const results: ParseResult[] = [];
  const lines = bytes.toString('utf8').split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new InputError(`line ${n + 1} is not JSON (${(err as Error).message})`);
    }
    const parsed = resultSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(
        `line ${n + 1} is not docketwatch parse output: ${issue?.path.join('.') || '(top)'}: ${issue?.message}`,
      );
    }
    results.push({ ...parsed.data, court: parsed.data.court ?? court } as ParseResult);
  }
  return results;
}
