/**
 * `docketwatch replay FILE`: replay a case history (docs/replay.md) on a local court and watch it
 * with the real worker; `docketwatch demo` replays the bundled Hamama v. Adducci history. Emails
 * land in `--outbox` as .eml files (or go to SMTP_URL). See docs/replay.md and docs/demo.md.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseSpeed } from '../../demo/court-clock.ts';
import { hamamaHistory, loadHistory, type ReplayHistory } from '../../demo/history.ts';
import { DEMO_SUBSCRIBERS, type DemoSummary, runDemo } from '../../demo/run.ts';
import { InputError } from '../../errors.ts';
import { createLogger } from '../../log.ts';
import { type Language, toLanguage } from '../../notify/i18n.ts';
import { writeLine } from '../output.ts';

interface ReplayCommandOptions {
  /** The history file, for messages (none for the bundled one). */
  file?: string;
  speed: string;
  outbox: string;
  port?: string;
  db?: string;
  poll: string;
  json?: boolean;
  languages: string;
}

/** The options `demo` and `replay` share. */
function replayOptions(command: Command, defaultStore: string, languages: string): Command {
  return command
    .option(
      '--speed <n|max>',
      'court seconds per real second, or "max": as fast as the worker can follow',
      'max',
    )
    .option('--outbox <dir>', 'write emails here as .eml files (unless SMTP_URL is set)', './outbox')
    .option('--port <n>', 'also serve the web pages on this port (0 = any free one)')
    .option(
      '--db <target>',
      `keep the store here (default: ${defaultStore}, which a later run replaces; a store it did not make is never deleted)`,
    )
    .option('--json', 'end with the whole summary as one JSON object instead of a few lines')
    .option(
      '--languages <list>',
      'the advocates who read the case: one in each language (en, es, ar; "en,ar"), each with urgent news at once and a daily summary',
      languages,
    )
    .option('--poll <seconds>', 'at a numeric speed: seconds between polls', '2');
}

export function registerDemo(program: Command): void {
  replayOptions(
    program
      .command('demo')
      .description(
        'Replay Hamama v. Adducci (E.D. Mich. 2017–2019) on a local court while the real worker watches it: the stay, its extension, the injunction, the appeal — each as an email in ./outbox',
      ),
    DEMO_STORE,
    'en,es,ar',
  )
    .addHelpText(
      'after',
      `
Examples:
  docketwatch demo                     # the whole history as fast as possible, then a summary
  docketwatch demo --speed 86400 --port 8080   # a court day per second; watch http://127.0.0.1:8080
  docketwatch demo --languages ar      # only the Arabic-reading family besides the legal team

docketwatch demo is docketwatch replay of the bundled history (docs/replay.md).`,
    )
    .action((opts: ReplayCommandOptions) => replayCommand(hamamaHistory(), opts, DEMO_STORE));

  replayOptions(
    program
      .command('replay')
      .argument('<file>', 'a case history in the replay format (docs/replay.md, src/demo/replay.schema.json)')
      .description(
        "Replay any case's history from a file on a local court (its district court and any courts of appeals) while the real worker watches it; emails in ./outbox",
      ),
    REPLAY_STORE,
    'en',
  )
    .addHelpText(
      'after',
      `
Examples:
  docketwatch replay my-case.json --speed max --db my-case.sqlite
  docketwatch replay my-case.json --speed 86400 --port 8080   # a court day per second

The file's format, with a JSON Schema to check it: docs/replay.md.`,
    )
    .action((file: string, opts: ReplayCommandOptions) =>
      replayCommand(loadHistory(file), { ...opts, file }, REPLAY_STORE),
    );
}

async function replayCommand(history: ReplayHistory, opts: ReplayCommandOptions, defaultStore: string) {
  const speed = parseSpeed(opts.speed);
  const port = opts.port === undefined ? null : Number(opts.port);
  if (port !== null && (!Number.isInteger(port) || port < 0 || port > 65535))
    throw new InputError(`--port must be a whole number from 0 to 65535, got "${opts.port}"`);
  const poll = Number(opts.poll);
  if (!Number.isInteger(poll) || poll < 1 || poll > 59)
    throw new InputError(`--poll must be a whole number of seconds from 1 to 59, got "${opts.poll}"`);
  const readers = readersIn(opts.languages);
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
  for (const warning of history.warnings) logger.warn(`${opts.file ?? 'the history'}: ${warning}`);
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const summary = await runDemo({
      history,
      speed,
      outboxDir: opts.outbox,
      smtpUrl: process.env.SMTP_URL || null,
      port,
      db: opts.db ?? freshDemoStore(defaultStore),
      logger,
      pollSeconds: poll,
      signal: abort.signal,
      advocate: readers.includes('en'),
      subscribers: readers
        .filter((l) => l !== 'en')
        .map((language) => ({
          email: familyAddress(language),
          audience: 'advocate' as const,
          frequency: 'daily' as const,
          language,
        })),
    });
    if (opts.json) await writeLine(JSON.stringify({ summary }));
    else {
      const again = opts.file ? `docketwatch replay ${opts.file}` : 'docketwatch demo';
      for (const line of describeSummary(summary, opts.port !== undefined, again)) await writeLine(line);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    logger.flush();
  }
}

/** `en,es,ar` → the languages, each once; anything else is refused. */
function readersIn(list: string): Language[] {
  const out: Language[] = [];
  for (const part of list.split(',')) {
    const language = toLanguage(part);
    if (!language || part.trim().length !== 2)
      throw new InputError(`--languages takes en, es and ar separated by commas, got "${list}"`);
    if (!out.includes(language)) out.push(language);
  }
  return out;
}

/** The demo's family that reads `language` (not English: that reader is DEMO_SUBSCRIBERS.advocate). */
function familyAddress(language: Language): string {
  return `family-${language}@demo.docketwatch.invalid`;
}

const DEMO_STORE = './demo/docketwatch.sqlite';
const REPLAY_STORE = './replay/docketwatch.sqlite';
/** Beside a store the demo made: a later demo may replace that store, and only that one. */
const MADE_BY_DEMO = '.made-by-docketwatch-demo';

/** The default store, fresh: a previous demo's is replaced; anything else there is left alone. */
function freshDemoStore(store: string): string {
  const file = resolve(store);
  const marker = join(dirname(file), MADE_BY_DEMO);
  if (existsSync(file)) {
    if (!existsSync(marker))
      throw new InputError(
        `${store} exists and was not made by the demo or a replay; move it, or pass --db with another file`,
      );
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(marker, 'docketwatch demo made the store in this folder; the next demo replaces it\n');
  return store;
}

/**
 * A few lines a person reads at the end: what happened, where the mail is, how to open the pages;
 * `command` is what they ran (`docketwatch demo`, `docketwatch replay FILE`).
 */
export function describeSummary(
  summary: DemoSummary,
  served: boolean,
  command = 'docketwatch demo',
): string[] {
  // The replayed case's record: an appeal's own docket reads its orders as if they were a district's.
  const events = (type: string) => summary.inCase[type] ?? 0;
  const store = /^postgres/i.test(summary.store) ? summary.store : relative(process.cwd(), summary.store);
  const port = new URL(summary.publicUrl).port || '80';
  const subjects = Object.entries(summary.emailsBySubject).sort((a, b) => b[1] - a[1]);
  return [
    `Replayed ${summary.publications.published} of ${summary.publications.total} publications of ${summary.case.name} (court time now ${summary.courtTime}).`,
    `Read ${summary.entries} docket entries: ${events('stay.granted')} stay(s) granted, ${events('stay.extended')} extended, ${events('injunction.granted')} injunction(s), ${events('appeal.noticed')} notice(s) of appeal${onAppealLine(summary.onAppeal)}.`,
    `Sent ${summary.emails.length} emails (${subjects.length} different subjects) to ${summary.outbox}; for example:`,
    ...subjects.slice(0, 5).map(([subject, n]) => `  ${n} × ${subject}`),
    'Who got what (each reader\'s mail: grep -l "^To: ADDRESS" in the outbox):',
    ...readerLines(summary),
    `The store is kept in ${store}. To open the pages and the emails' links:`,
    `  docketwatch serve --db ${store} --port ${port}`,
    `  then open ${summary.publicUrl}/cases/${summary.case.key.replace(':', '/')}${served ? ' (it was also served while the demo ran)' : ''}`,
    `The whole summary as JSON: ${command} --json`,
  ];
}

/** "; on appeal: 1 decision(s), 1 stay(s) pending appeal (1 administrative: only while the motion was decided), 1 mandate(s)", or nothing when no court above acted. */
function onAppealLine(a: DemoSummary['onAppeal']): string {
  if (a.decisions + a.stays + a.mandates === 0) return '';
  const stays =
    a.stays === 0
      ? []
      : [
          `${a.stays} stay(s) pending appeal by a higher court${a.administrative > 0 ? ` (${a.administrative} administrative, only while it decided the motion)` : ''}`,
        ];
  return `; on appeal: ${[`${a.decisions} decision(s)`, ...stays, `${a.mandates} mandate(s)`].join(', ')}`;
}

/** One line per reader: who it stands for, the address, how many messages, one subject. */
function readerLines(summary: DemoSummary): string[] {
  const who = (to: string): string => {
    if (to === DEMO_SUBSCRIBERS.legal) return 'the legal team (every entry, in English)';
    if (to === DEMO_SUBSCRIBERS.advocate) return 'an advocate reading English';
    const language = /^family-(\w+)@/.exec(to)?.[1];
    return language === 'es'
      ? 'a family reading Spanish'
      : language === 'ar'
        ? 'a family reading Arabic'
        : to;
  };
  const readers = new Map<string, string[]>();
  for (const e of summary.emails) readers.set(e.to, [...(readers.get(e.to) ?? []), e.subject]);
  const rank = (to: string) =>
    [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate, familyAddress('es'), familyAddress('ar')].indexOf(
      to,
    ) >>> 0;
  return [...readers]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([to, subjects]) => `  ${who(to)}: ${subjects.length} to ${to}, the first "${subjects[0]}"`);
}
