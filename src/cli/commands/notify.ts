/**
 * Subscribers and mail on the command line: `subscribe`, `subscribers`, `confirm`, `unsubscribe`,
 * `digest`, `outbox` and `notify` (events → alerts and due digests → outbox → delivery). Every
 * command takes `--db PATH|URL`. Mail goes to `SMTP_URL`, or into `.eml` files in `./outbox/`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { Store } from '../../../db/index.ts';
import { loadConfig } from '../../config.ts';
import { InputError } from '../../errors.ts';
import { processAlerts } from '../../notify/alerts.ts';
import { previewDigests, runDueDigests } from '../../notify/digest.ts';
import { LANGUAGES, type Language } from '../../notify/i18n.ts';
import { deliverOutbox, listOutbox, type OutboxStatus, outboxCounts } from '../../notify/outbox.ts';
import { type NotifySettings, notifySettings } from '../../notify/settings.ts';
import {
  confirmSubscription,
  FREQUENCIES,
  type Frequency,
  listSubscriptions,
  type SubscriptionView,
  subscribe,
  unsubscribe,
  unsubscribeAddress,
} from '../../notify/subscriptions.ts';
import { createMailer, emlFileName, type Mailer } from '../../notify/transport.ts';
import { type Audience, EVENT_TYPES, type NotifyEventType } from '../../notify/types.ts';
import { queueSearchEmails } from '../../searches/propose.ts';
import { type ListOptions, listCommand, printRows } from '../listing.ts';
import { writeLine } from '../output.ts';
import { DB_HELP, readStore, withStore } from '../store.ts';

const NOW_HELP = 'act as if it were this instant (ISO-8601), e.g. to preview or catch up a digest';

/** The settings for the store the command opens (`--db`): the embedded default's key is kept beside it. */
function settings(db: string | undefined): NotifySettings {
  return notifySettings(loadConfig({ overrides: db ? { database: db } : {} }).config);
}

function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const t = Date.parse(value);
  if (Number.isNaN(t))
    throw new InputError(`--now "${value}" is not an ISO-8601 instant (2017-07-12T11:00:00Z)`);
  return new Date(t);
}

/** Messages queued in real time are due even when `--now` is in the past. */
function latest(now: Date): Date {
  return new Date(Math.max(now.getTime(), Date.now()));
}

function words(value: string | undefined): string[] {
  return value === undefined
    ? []
    : value
        .split(',')
        .map((w) => w.trim())
        .filter((w) => w !== '');
}

function intOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,2}$/.test(value)) throw new InputError(`${name} must be a whole number, got "${value}"`);
  return Number(value);
}

function describeSubscription(s: SubscriptionView): string {
  const filters = [
    s.filters.kinds.length ? `kinds=${s.filters.kinds.join(',')}` : '',
    s.filters.include.length ? `include=${s.filters.include.join(',')}` : '',
    s.filters.mute.length ? `mute=${s.filters.mute.join(',')}` : '',
  ]
    .filter((f) => f)
    .join(' ');
  const when =
    s.frequency === 'immediate'
      ? 'immediate'
      : `${s.frequency} ${String(s.digestHour).padStart(2, '0')}:00 ${s.timeZone}`;
  return `${s.status.padEnd(12)} ${s.email.padEnd(32)} ${s.case.padEnd(24)} ${s.audience.padEnd(8)} ${when}${filters ? `  ${filters}` : ''}`;
}

/** One pass: new events → alerts, due digests → outbox → delivery. */
async function pass(store: Store, s: NotifySettings, mailer: Mailer, now: Date) {
  const alerts = await processAlerts(store, s, { now });
  const digests = await runDueDigests(store, now, s);
  const searches = await queueSearchEmails(store, s, now);
  const delivery = await deliverOutbox(store, mailer, { now: () => latest(now) });
  return {
    at: now.toISOString(),
    events: alerts.events,
    alertsQueued: alerts.queued,
    digestsQueued: digests.filter((d) => d.result === 'queued').length,
    ...(searches.queued > 0 ? { searchProposalsQueued: searches.queued } : {}),
    ...delivery,
    destination: mailer.destination,
  };
}

export function registerNotify(program: Command): void {
  program
    .command('subscribe')
    .description(
      'Subscribe EMAIL to a case (or update its subscription). It stays pending until the link in the confirmation email is used, unless --confirmed.',
    )
    .argument('<email>', 'the address to mail')
    .requiredOption('--case <case>', 'COURT:DOCKET of a case in the record, e.g. mied:2:17-cv-11910')
    .addOption(
      new Option(
        '--audience <audience>',
        'legal: every entry with links; advocate: orders, stays, deadlines in plain words',
      )
        .choices(['legal', 'advocate', 'maintainer'])
        .default('legal'),
    )
    .addOption(
      new Option(
        '--frequency <frequency>',
        'immediate: every event at once; daily/weekly: critical events at once, the rest in a digest',
      )
        .choices([...FREQUENCIES])
        .default('daily'),
    )
    .addOption(
      new Option(
        '--language <language>',
        "language of an advocate's messages and pages: en (English), es (Spanish), ar (Arabic, right to left); docket text stays in English",
      )
        .choices([...LANGUAGES])
        .default('en'),
    )
    .option('--tz <zone>', 'IANA time zone of the digest hour', 'America/Detroit')
    .option('--hour <hour>', 'local hour (0-23) the digest is sent', '7')
    .option('--weekday <day>', 'weekly digests: ISO weekday, 1 = Monday … 7 = Sunday', '1')
    .option('--kinds <kinds>', `only these event kinds, comma-separated (${EVENT_TYPES.join(', ')})`)
    .option('--include <words>', 'comma-separated: entries must mention one of these')
    .option(
      '--mute <words>',
      'comma-separated: leave out entries mentioning any of these, e.g. "pro hac vice,appearance"',
    )
    .option('--confirmed', 'the operator adds this person: active at once, no confirmation email')
    .option('--db <target>', DB_HELP)
    .action(
      async (
        email: string,
        opts: {
          case: string;
          audience: Audience;
          frequency: Frequency;
          language: Language;
          tz: string;
          hour: string;
          weekday: string;
          kinds?: string;
          include?: string;
          mute?: string;
          confirmed?: boolean;
          db?: string;
        },
      ) => {
        const s = settings(opts.db);
        await withStore(opts.db, async (store) => {
          const r = await subscribe(
            store,
            {
              email,
              case: opts.case,
              audience: opts.audience,
              frequency: opts.frequency,
              language: opts.language,
              timeZone: opts.tz,
              digestHour: intOption('--hour', opts.hour),
              digestWeekday: intOption('--weekday', opts.weekday),
              kinds: words(opts.kinds) as NotifyEventType[],
              include: words(opts.include),
              mute: words(opts.mute),
              confirmed: opts.confirmed === true,
            },
            s,
          );
          await writeLine(
            JSON.stringify({
              ...r.subscription,
              created: r.created,
              confirmationQueued: r.confirmationQueued,
            }),
          );
          if (r.confirmationQueued) {
            process.stderr.write(
              `confirmation email queued for ${r.subscription.email}; it goes out with the next \`docketwatch notify\`\n`,
            );
          }
        });
      },
    );

  listCommand(
    program,
    'subscribers',
    'List subscriptions: status, address, case, audience, frequency, filters',
  )
    .option('--case <case>', 'only this case (COURT:DOCKET)')
    .addOption(
      new Option('--status <status>', 'only this status').choices([
        'pending',
        'active',
        'unsubscribed',
        'bounced',
      ]),
    )
    .action(async (opts: ListOptions & { case?: string; status?: SubscriptionView['status'] }) => {
      await readStore(opts.db, async (store) =>
        printRows(await listSubscriptions(store, { case: opts.case, status: opts.status }), opts, {
          text: describeSubscription,
          none: 'no subscriptions yet: docketwatch subscribe EMAIL --case COURT:DOCKET',
        }),
      );
    });

  program
    .command('confirm')
    .description('Confirm a subscription with the token from its confirmation link')
    .argument('<token>', 'the token (the part after ?token= in the link)')
    .option('--db <target>', DB_HELP)
    .action(async (token: string, opts: { db?: string }) => {
      const s = settings(opts.db);
      await withStore(opts.db, async (store) => {
        const confirmed = await confirmSubscription(store, token.trim(), s.secret, new Date(), {
          publicUrl: s.publicUrl,
          unsubscribeMailto: s.unsubscribeMailto,
        });
        await writeLine(JSON.stringify(confirmed));
      });
    });

  program
    .command('unsubscribe')
    .description(
      'Unsubscribe: a token from an unsubscribe link (that subscription) or an EMAIL (all its subscriptions)',
    )
    .argument('<tokenOrEmail>', 'unsubscribe token, or an email address')
    .option('--db <target>', DB_HELP)
    .action(async (tokenOrEmail: string, opts: { db?: string }) => {
      const value = tokenOrEmail.trim();
      // An address (the operator's path; the web takes only tokens) needs no secret; a token is checked against it.
      const byAddress = value.includes('@');
      const secret = byAddress ? null : settings(opts.db).secret;
      await withStore(opts.db, async (store) => {
        const done = secret
          ? await unsubscribe(store, value, secret)
          : await unsubscribeAddress(store, value);
        for (const s of done) await writeLine(JSON.stringify(s));
      });
    });

  program
    .command('digest')
    .description(
      'Digests: without options, list the ones due now; --send queues and delivers them; --preview DIR writes each digest as .html, .txt and .eml without sending',
    )
    .option('--case <case>', 'only this case (COURT:DOCKET)')
    .option(
      '--preview <dir>',
      'write the digests (as they would read now) into DIR; nothing is sent or recorded',
    )
    .option('--send', 'queue every due digest and deliver the outbox')
    .option('--now <instant>', NOW_HELP)
    .option('--db <target>', DB_HELP)
    .action(async (opts: { case?: string; preview?: string; send?: boolean; now?: string; db?: string }) => {
      const s = settings(opts.db);
      const now = parseNow(opts.now);
      await withStore(opts.db, async (store) => {
        if (opts.preview) {
          const dir = resolve(opts.preview);
          await mkdir(dir, { recursive: true });
          const files = createMailer({ ...s.mailer, smtpUrl: null, outboxDir: dir });
          try {
            for (const plan of await previewDigests(store, now, s, { case: opts.case })) {
              const base = {
                subscription: plan.subscription.id,
                email: plan.subscription.email,
                case: plan.case,
                period: plan.period.key,
              };
              if (!plan.message) {
                await writeLine(JSON.stringify({ ...base, empty: true }));
                continue;
              }
              const stem = join(dir, emlFileName(plan.message.idempotencyKey).replace(/\.eml$/, ''));
              await writeFile(`${stem}.html`, plan.message.html);
              await writeFile(`${stem}.txt`, plan.message.text);
              const receipt = await files.send(plan.message);
              await writeLine(
                JSON.stringify({
                  ...base,
                  subject: plan.message.subject,
                  html: `${stem}.html`,
                  text: `${stem}.txt`,
                  eml: receipt.path,
                }),
              );
            }
          } finally {
            await files.close();
          }
          return;
        }
        if (opts.send) {
          for (const d of await runDueDigests(store, now, s, { case: opts.case }))
            await writeLine(JSON.stringify(d));
          const mailer = createMailer(s.mailer);
          try {
            const summary = await deliverOutbox(store, mailer, { now: () => latest(now) });
            process.stderr.write(`delivered through ${mailer.destination}: ${JSON.stringify(summary)}\n`);
          } finally {
            await mailer.close();
          }
          return;
        }
        for (const plan of await previewDigests(store, now, s, { case: opts.case })) {
          const sub = plan.subscription;
          const due =
            plan.period.key !== sub.last_digest_period &&
            plan.period.dueAt.getTime() >= Date.parse(sub.confirmed_at ?? sub.created_at);
          await writeLine(
            JSON.stringify({
              subscription: sub.id,
              email: sub.email,
              case: plan.case,
              period: plan.period.key,
              due,
              empty: plan.message === null,
            }),
          );
        }
      });
    });

  listCommand(
    program,
    'outbox',
    'Messages in the outbox: pending, sending, sent, failed, cancelled (newest first)',
  )
    .addOption(
      new Option('--status <status>', 'only this status').choices([
        'pending',
        'sending',
        'sent',
        'failed',
        'cancelled',
      ]),
    )
    .option('--limit <n>', 'at most this many messages', '100')
    .action(async (opts: ListOptions & { status?: OutboxStatus; limit: string }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new InputError(`--limit must be a positive whole number, got "${opts.limit}"`);
      await readStore(opts.db, async (store) => {
        const rows = await listOutbox(store, { status: opts.status, limit });
        if (!opts.json) {
          const counts = await outboxCounts(store);
          await writeLine(
            Object.entries(counts)
              .map(([k, v]) => `${k} ${v}`)
              .join(', '),
          );
        }
        await printRows(rows, opts, {
          text: (r) =>
            `${r.status.padEnd(9)} ${r.kind.padEnd(7)} ${r.to.padEnd(32)} ${r.subject}${r.lastError ? `  [${r.lastError}]` : ''}`,
        });
      });
    });

  program
    .command('notify')
    .description(
      'Turn new events into alerts, queue the digests that are due, and deliver the outbox; repeats every --interval seconds unless --once',
    )
    .option('--once', 'one pass, then exit')
    .option('--interval <seconds>', 'seconds between passes', '60')
    .option('--now <instant>', `${NOW_HELP} (with --once)`)
    .option('--db <target>', DB_HELP)
    .action(async (opts: { once?: boolean; interval: string; now?: string; db?: string }) => {
      const s = settings(opts.db);
      const interval = Number(opts.interval);
      if (!Number.isFinite(interval) || interval < 1)
        throw new InputError(`--interval must be at least 1 second, got "${opts.interval}"`);
      await withStore(opts.db, async (store) => {
        const mailer = createMailer(s.mailer);
        let stop = false;
        const onSignal = () => {
          stop = true;
        };
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        try {
          do {
            const now = opts.once ? parseNow(opts.now) : new Date();
            try {
              await writeLine(JSON.stringify(await pass(store, s, mailer, now)));
            } catch (err) {
              // One pass failing (the store or the mail server unreachable) is retried next pass;
              // with --once it is the command's failure.
              if (opts.once) throw err;
              process.stderr.write(
                `docketwatch notify: ${(err as Error).message}; next pass in ${interval} s\n`,
              );
            }
            if (opts.once) break;
            for (let waited = 0; waited < interval * 1000 && !stop; waited += 250) {
              await new Promise((r) => setTimeout(r, 250));
            }
          } while (!stop);
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          await mailer.close();
        }
      });
    });
}
