/**
 * Sources on the command line: `source add`, `sources`, `poll`, `ingest-email`, `listen-email`. Every command
 * takes `--db PATH|URL`.
 */
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../../db/index.ts';
import type { Database } from '../../../db/schema.ts';
import { addSource, configuredSources, loadSourceState } from '../../../db/sources.ts';
import { findSource, SOURCES } from '../../../scrapers/registry.ts';
import { validateConfig } from '../../../scrapers/run.ts';
import { loadConfig } from '../../config.ts';
import { InputError } from '../../errors.ts';
import { HttpClient } from '../../net/http.ts';
import { spentThisMonth } from '../../sources/budget.ts';
import { cronIntervalMs } from '../../sources/health.ts';
import { ingestEmailPath, type NoticeOutcome } from '../../sources/nef-notices.ts';
import { startNefSmtpServer } from '../../sources/nef-smtp.ts';
import { pollAll } from '../../sources/poll.ts';
import { isSourceStale, sourceCron } from '../../sources/schedule.ts';
import { type ListOptions, listCommand, printRows } from '../listing.ts';
import { writeLine } from '../output.ts';
import { untilStopSignal } from '../signals.ts';
import { DB_HELP, readStore, withStore } from '../store.ts';

/** A source's config from the command line: `--config` JSON over what `--court`, `--case` and `--url` say. */
function buildConfig(type: string, opts: { court?: string; case?: string; url?: string; config?: string }) {
  const source = findSource(type);
  if (!source) {
    throw new InputError(`unknown source type "${type}"; known: ${polledTypes()}`);
  }
  if (!source.fetch)
    throw new InputError(`${type} is not added by hand: docketwatch adds it when the first message arrives`);
  let extra: Record<string, unknown> = {};
  if (opts.config) {
    try {
      extra = JSON.parse(opts.config);
    } catch (cause) {
      throw new InputError(`--config is not JSON: ${(cause as Error).message}`, { cause });
    }
    if (typeof extra !== 'object' || extra === null || Array.isArray(extra))
      throw new InputError('--config must be a JSON object');
  }
  const shape = (source.configSchema as { shape?: Record<string, unknown> }).shape ?? {};
  const base: Record<string, unknown> = {};
  const [caseCourt, ...docket] = opts.case?.split(':') ?? [];
  const court = opts.court ?? caseCourt;
  if (court && 'court' in shape) base.court = court.toLowerCase();
  if (docket.length && 'docketNumber' in shape) base.docketNumber = docket.join(':');
  if (opts.url) {
    const key = ['url', 'feedUrl', 'baseUrl', 'courtUrl'].find((k) => k in shape);
    if (!key) throw new InputError(`a ${type} source takes no --url`);
    base[key] = opts.url;
  }
  const config = { ...base, ...extra };
  validateConfig(source, config);
  return config;
}

interface SourceView {
  id: string;
  type: string;
  scope: string;
  court: string | null;
  case: string | null;
  schedule: string;
  health: string;
  stale: boolean;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  consecutiveFailures: number;
  lastError: string | null;
  coverage: { entryTypes: string[] | 'all'; partial: boolean } | null;
}

/** A source as `docketwatch sources` prints it: one line, and its last error under it when it is not healthy. */
function describeSource(v: SourceView): string {
  const cov = v.coverage
    ? v.coverage.partial
      ? `partial (${v.coverage.entryTypes === 'all' ? 'all' : v.coverage.entryTypes.join(', ') || 'types not declared'})`
      : 'complete'
    : 'unknown';
  const health = `${v.health}${v.stale ? ', stale' : ''}${v.consecutiveFailures ? `, ${v.consecutiveFailures} failures` : ''}`;
  return `${v.id.padEnd(36)} ${v.type.padEnd(14)} ${(v.case ?? v.court ?? 'any').padEnd(24)} ${v.schedule.padEnd(14)} ${health}; coverage ${cov}${v.lastError && v.health !== 'ok' ? `\n    last error: ${v.lastError}` : ''}`;
}

async function sourceViews(db: Kysely<Database>): Promise<SourceView[]> {
  const out: SourceView[] = [];
  const now = Date.now();
  for (const row of await configuredSources(db)) {
    const state = await loadSourceState(db, row.id);
    const schedule = sourceCron(row) ?? 'received';
    const caseRow =
      row.case_id === null
        ? null
        : await db
            .selectFrom('cases')
            .select(['court_id', 'docket_number'])
            .where('id', '=', row.case_id)
            .executeTakeFirst();
    const cov = await db
      .selectFrom('case_coverage')
      .select(['entry_types', 'partial'])
      .where('source_id', '=', row.id)
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    out.push({
      id: row.id,
      type: row.type,
      scope: row.scope,
      court: row.court_id,
      case: caseRow ? `${caseRow.court_id}:${caseRow.docket_number}` : null,
      schedule,
      health: state?.health ?? 'new',
      stale: isSourceStale(row, state?.last_success_at ?? null, now),
      lastSuccessAt: state?.last_success_at ?? null,
      lastAttemptAt: state?.last_attempt_at ?? null,
      consecutiveFailures: state?.consecutive_failures ?? 0,
      lastError: state?.last_error ?? null,
      coverage: cov ? { entryTypes: JSON.parse(cov.entry_types), partial: cov.partial === 1 } : null,
    });
  }
  return out;
}

export function registerSources(program: Command): void {
  const source = program.command('source').description('Configure the sources docketwatch polls');
  source
    .command('add')
    .description(
      `Add a source and print its id. TYPE: ${polledTypes()}. The config is checked against the type's schema.`,
    )
    .argument('<type>', 'source type')
    .option('--court <court>', 'court id (court-wide sources such as pacer-rss), e.g. mied')
    .option('--case <case>', 'COURT:DOCKET for a source of one case (tracked if it is not yet)')
    .option(
      '--url <url>',
      'address: the page (html, browser), the feed (pacer-rss) or the site (courtlistener, pacer-docket)',
    )
    .option('--config <json>', 'the rest of the config as a JSON object (see docs/sources.md)')
    .option('--db <target>', DB_HELP)
    .addHelpText(
      'after',
      '\nExamples:\n  docketwatch source add pacer-rss --court mied\n  docketwatch source add courtlistener --case mied:2:17-cv-11910\n  docketwatch source add nef-mailbox --config \'{"dir":"/var/mail/notices"}\'\n  docketwatch source add pacer-docket --case mied:2:17-cv-11910 --config \'{"pacerCaseId":"321020"}\'',
    )
    .action(
      async (
        type: string,
        opts: { court?: string; case?: string; url?: string; config?: string; db?: string },
      ) => {
        const config = buildConfig(type, opts);
        await withStore(opts.db, async (store) => {
          const id = await addSource(store.db, {
            type,
            court: opts.court ?? null,
            case: opts.case ?? null,
            config,
          });
          await writeLine(id);
        });
      },
    );

  listCommand(
    program,
    'sources',
    'List the configured sources with type, scope, schedule, health and coverage',
  ).action(async (opts: ListOptions) => {
    await readStore(opts.db, async (store) => {
      const views = await sourceViews(store.db);
      await printRows(views, opts, {
        text: describeSource,
        none: 'no sources yet: docketwatch source add TYPE …',
      });
      if (!opts.json && views.some((v) => v.type === 'pacer-docket')) {
        const spent = await spentThisMonth(store.db);
        const budget = loadConfig().config.pacer.monthlyBudgetUsd;
        await writeLine(`PACER this month: $${(spent / 100).toFixed(2)} of $${budget.toFixed(2)}`);
      }
    });
  });

  program
    .command('poll')
    .description(
      'Poll sources now, ingest what they bring, and print the events (entries, health) as JSON lines',
    )
    .option('--source <id>', 'poll only this source')
    .option('--once', "poll each source once and exit (default: keep polling on each source's schedule)")
    .option('--db <target>', DB_HELP)
    .action(async (opts: { source?: string; once?: boolean; db?: string }) => {
      const { config } = loadConfig();
      await withStore(opts.db, async (store) => {
        const http = new HttpClient({
          contact: config.http.contact,
          headersTimeoutMs: config.http.timeoutMs,
          maxBytes: config.http.maxBytes,
        });
        const stop = new AbortController();
        const onSignal = () => stop.abort(new InputError('interrupted'));
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        let failed = 0;
        try {
          const due = new Map<string, number>();
          for (;;) {
            await pollAll(store, {
              http,
              monthlyBudgetUsd: config.pacer.monthlyBudgetUsd,
              signal: stop.signal,
              ...(opts.source ? { sourceId: opts.source } : {}),
              onReport: async (r) => {
                for (const e of r.events) await writeLine(JSON.stringify(e));
                if (r.error) {
                  failed++;
                  process.stderr.write(`${r.source}: ${r.error.code}: ${r.error.message}\n`);
                }
                const row = (await configuredSources(store.db, r.source))[0]!;
                const cron = sourceCron(row);
                if (cron) due.set(r.source, Date.now() + cronIntervalMs(cron));
              },
              skip: (id) => (due.get(id) ?? 0) > Date.now(),
            });
            if (opts.once || stop.signal.aborted) break;
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, 30_000);
              stop.signal.addEventListener(
                'abort',
                () => {
                  clearTimeout(timer);
                  resolve();
                },
                { once: true },
              );
            });
          }
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
        if (opts.once && failed > 0) process.exitCode = 1;
      });
    });

  program
    .command('ingest-email')
    .description(
      'Read forwarded court notices (NEF emails): one .eml file, a folder of them, or a maildir; each message once',
    )
    .argument('<path>', "FILE or DIR (a maildir's new/ messages move to cur/ once read)")
    .option('--db <target>', DB_HELP)
    .action(async (path: string, opts: { db?: string }) => {
      await withStore(opts.db, async (store) => {
        const { failed } = await ingestEmailPath(store, path, async (o) => {
          await printNotice(o);
        });
        if (failed > 0) process.exitCode = 1;
      });
    });

  program
    .command('listen-email')
    .description(
      'Listen for forwarded court notices (NEF emails) by SMTP and ingest each one; mail for any other address is refused (550). Prints the events as JSON lines until Ctrl-C',
    )
    .option(
      '--to <address...>',
      'addresses that take notices (default: mail.inbound.addresses / INBOUND_SMTP_ADDRESSES)',
    )
    .option(
      '--port <n>',
      'port to listen on (default: mail.inbound.port / INBOUND_SMTP_PORT, else 2525; 0 picks a free one)',
    )
    .option(
      '--host <host>',
      'address to listen on (default: mail.inbound.host / INBOUND_SMTP_HOST, else 127.0.0.1)',
    )
    .option('--db <target>', DB_HELP)
    .addHelpText(
      'after',
      `
Point a mail forward (or an MX) at it, e.g. forward the court's NEF emails to
notices@docketwatch.example.org and run:
  docketwatch listen-email --port 2525 --to notices@docketwatch.example.org
\`docketwatch run\` starts the same listener when mail.inbound is configured (docs/sources.md).`,
    )
    .action(async (opts: { to?: string[]; port?: string; host?: string; db?: string }) => {
      const { config } = loadConfig();
      const port = opts.port === undefined ? (config.mail.inbound?.port ?? 2525) : Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new InputError(`--port must be a whole number from 0 to 65535, got "${opts.port}"`);
      const host = opts.host ?? config.mail.inbound?.host ?? '127.0.0.1';
      const recipients = (opts.to ?? config.mail.inbound?.addresses ?? [])
        .flatMap((a) => a.split(','))
        .map((a) => a.trim())
        .filter((a) => a !== '');
      if (recipients.length === 0)
        throw new InputError('say which addresses take notices: --to ADDRESS (or INBOUND_SMTP_ADDRESSES)');
      for (const a of recipients)
        if (!/^[^\s@<>]+@[^\s@<>]+$/.test(a)) throw new InputError(`--to: "${a}" is not an email address`);
      const store = await openDatabase(opts.db ?? config.database);
      let queue = Promise.resolve();
      const server = await startNefSmtpServer(store, {
        recipients,
        host,
        port,
        onNotice: (o) => {
          queue = queue.then(async () => {
            await printNotice(o);
          });
        },
      }).catch(async (err: NodeJS.ErrnoException) => {
        await store.close();
        throw new InputError(`cannot listen on ${host}:${port}: ${err.message}`, { cause: err });
      });
      process.stderr.write(
        `listening for forwarded notices on ${host}:${server.port} for ${recipients.join(', ')}\n`,
      );
      await untilStopSignal();
      await server.close();
      await queue;
      await store.close();
    });
}

/** What became of a forwarded notice: its events as JSON lines, anything else on stderr. */
async function printNotice(o: NoticeOutcome): Promise<void> {
  for (const e of o.events) await writeLine(JSON.stringify(e));
  if (o.status === 'not-a-notice') process.stderr.write(`${o.origin}: not a notice: ${o.reason}\n`);
  else if (o.status === 'seen') process.stderr.write(`${o.origin}: already read\n`);
  else if (o.status === 'failed') process.stderr.write(`${o.origin}: not recorded: ${o.reason}\n`);
}

/** The source types `source add` takes: those docketwatch polls (the others receive, and are made on first use). */
function polledTypes(): string {
  return SOURCES.filter((s) => s.fetch)
    .map((s) => s.id)
    .join(', ');
}
