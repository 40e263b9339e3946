/**
 * Notify: first the documents of rulings that arrived are fetched and read (so an alert can quote
 * the order's own sentence, and the posture has its terms); then new events become alerts in the
 * outbox (past a cursor, in the transaction that moves it) and saved searches' new matches become
 * proposals; then the outbox is delivered (claims with leases, so two workers never send one
 * message twice, and a message a dead worker had claimed is sent by the next). Every minute, and
 * right after a poll or the deadline clock produced events, or saved searches found a case.
 */

import { fetchArrivedDocuments } from '../src/documents/arrivals.ts';
import { processAlerts } from '../src/notify/alerts.ts';
import { Arrivals, type DeliverySummary, deliverOutbox } from '../src/notify/outbox.ts';
import { queueSearchEmails } from '../src/searches/propose.ts';
import type { JobContext, Schedule } from './types.ts';

export const notifySchedule: Schedule = {
  job: 'notify',
  description: 'events → alerts → outbox → delivery',
  cron: '* * * * *',
  atStart: true,
  async run(ctx) {
    const documents = await arrivedDocuments(ctx);
    if (!ctx.notify || !ctx.mailer)
      return `${documents}email is off (no DOCKETWATCH_SECRET): nothing to notify`;
    // Alerts are queued range by range while the outbox is delivered (`Arrivals`): while events
    // keep coming, the first alerts wait neither for the last to be rendered nor for earlier
    // ranges to be sent. Both run to the end, also when the other fails.
    const started = Date.now();
    const arrivals = new Arrivals(ctx.now());
    const [queued, delivered] = await Promise.allSettled([
      queueAlerts(ctx, arrivals).finally(() => arrivals.close()),
      deliverDue(ctx, arrivals),
    ]);
    if (queued.status === 'rejected') throw queued.reason;
    if (delivered.status === 'rejected') throw delivered.reason;
    const { alerts, proposals: p } = queued.value;
    const proposals = p > 0 ? `, ${p} saved-search proposals queued` : '';
    const ranges = alerts.ranges > 1 ? ` in ${alerts.ranges} ranges` : '';
    return `${documents}notify: ${alerts.events} new events${ranges}, ${alerts.queued} alerts queued${proposals}; ${said(ctx, delivered.value)} (rendering ${alerts.renderMs} ms, delivering alongside; ${Date.now() - started} ms in all)`;
  },
};

/**
 * New events into alerts, a range at a time, then saved searches' proposals, each batch made due
 * to the delivery (`arrivals`) as it is queued. At most a minute of rendering a run (a job is taken
 * for dead after `jobExpireSeconds`); the polls that bring more trigger more.
 */
async function queueAlerts(
  ctx: JobContext,
  arrivals: Arrivals,
): Promise<{
  alerts: { events: number; queued: number; ranges: number; renderMs: number };
  proposals: number;
}> {
  const notify = ctx.notify!;
  const until = Date.now() + 60_000;
  const alerts = { events: 0, queued: 0, ranges: 0, renderMs: 0 };
  for (;;) {
    const t0 = Date.now();
    const now = ctx.now();
    const step = await processAlerts(ctx.store, notify, { now, ranges: 1 });
    alerts.renderMs += Date.now() - t0;
    alerts.events += step.events;
    alerts.queued += step.queued;
    if (step.events > 0) alerts.ranges++;
    if (step.queued > 0) arrivals.queued(now);
    if (step.events === 0) break;
    if (Date.now() > until) {
      ctx.trigger('notify');
      break;
    }
  }
  const now = ctx.now();
  const searches = await queueSearchEmails(ctx.store, notify, now);
  if (searches.queued > 0) arrivals.queued(now);
  return { alerts, proposals: searches.queued };
}

/** Deliver what is due and count it; shared with the digest job. */
export async function deliver(ctx: JobContext): Promise<string> {
  return said(ctx, await deliverDue(ctx));
}

async function deliverDue(ctx: JobContext, arrivals?: Arrivals): Promise<DeliverySummary> {
  const none = { sent: 0, retrying: 0, failed: 0, cancelled: 0 };
  if (!ctx.mailer) return none;
  const summary = await deliverOutbox(ctx.store, ctx.mailer, {
    now: () => ctx.now(),
    ...(arrivals ? { arrivals } : {}),
  });
  for (const [result, n] of Object.entries(summary)) if (n > 0) ctx.metrics.emails.inc({ result }, n);
  return summary;
}

function said(ctx: JobContext, s: DeliverySummary): string {
  if (!ctx.mailer) return 'no mailer';
  return `${s.sent} sent, ${s.retrying} to retry, ${s.failed} failed (${ctx.mailer.destination})`;
}

/** Fetch and read the documents of rulings that arrived (at most a minute of it a run); what it did, in words. */
async function arrivedDocuments(ctx: JobContext): Promise<string> {
  if (!ctx.documents) return '';
  const t0 = Date.now();
  const done = await fetchArrivedDocuments(ctx.store, ctx.documents, {
    now: ctx.now(),
    signal: ctx.signal,
    budgetMs: 60_000,
  });
  if (done.length === 0) return '';
  const fetched = done.flatMap((d) =>
    d.outcome.fetched ? [`${d.caseKey} #${d.entry} from ${d.outcome.origin}`] : [],
  );
  const not = done.length - fetched.length;
  return `documents: ${fetched.length > 0 ? `read ${fetched.join(', ')}` : 'none fetched'}${not > 0 ? `, ${not} not (yet) available` : ''} (${Date.now() - t0} ms); `;
}
