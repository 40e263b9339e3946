/**
 * Digests at each subscriber's local hour. Checked every five minutes and at start; `runDueDigests`
 * records the period it queued, so a digest that fell due while the worker was down goes out once
 * at the next check, and a second check (or a second worker) queues nothing.
 */
import { runDueDigests } from '../src/notify/digest.ts';
import { deliver } from './notify.ts';
import type { Schedule } from './types.ts';

export const digestSchedule: Schedule = {
  job: 'digests',
  description: "queue the digests due at each subscriber's local time, then deliver",
  cron: '*/5 * * * *',
  atStart: true,
  async run(ctx) {
    if (!ctx.notify || !ctx.mailer) return 'email is off (no DOCKETWATCH_SECRET): no digests';
    const outcomes = await runDueDigests(ctx.store, ctx.now(), ctx.notify);
    const queued = outcomes.filter((o) => o.result === 'queued').length;
    if (queued === 0) return `digests: none due (${outcomes.length} periods checked)`;
    return `digests: ${queued} queued; ${await deliver(ctx)}`;
  },
};
