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
import { deliverOutbox } from '../src/notify/outbox.ts';
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
    const alerts = await processAlerts(ctx.store, ctx.notify, { now: ctx.now() });
    const searches = await queueSearchEmails(ctx.store, ctx.notify, ctx.now());
    const sent = await deliver(ctx);
    const proposals = searches.queued > 0 ? `, ${searches.queued} saved-search proposals queued` : '';
    return `${documents}notify: ${alerts.events} new events, ${alerts.queued} alerts queued${proposals}; ${sent}`;
  },
};

/** Deliver what is due and count it; shared with the digest job. */
export async function deliver(ctx: JobContext): Promise<string> {
  if (!ctx.mailer) return 'no mailer';
  const summary = await deliverOutbox(ctx.store, ctx.mailer, { now: () => ctx.now() });
  for (const [result, n] of Object.entries(summary)) if (n > 0) ctx.metrics.emails.inc({ result }, n);
  return `${summary.sent} sent, ${summary.retrying} to retry, ${summary.failed} failed (${ctx.mailer.destination})`;
}

/** Fetch and read the documents of rulings that arrived (at most a minute of it a run); what it did, in words. */
async function arrivedDocuments(ctx: JobContext): Promise<string> {
  if (!ctx.documents) return '';
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
  return `documents: ${fetched.length > 0 ? `read ${fetched.join(', ')}` : 'none fetched'}${not > 0 ? `, ${not} not (yet) available` : ''}; `;
}
