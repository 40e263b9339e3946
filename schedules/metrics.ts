/**
 * What the worker counts, in Prometheus terms (prom-client, one registry per worker so tests and
 * the demo never share counters). `/metrics` on the web server serves it; the outbox depth is read
 * from the store when scraped, so it is right even when another worker did the sending.
 */
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Store } from '../db/index.ts';
import { outboxCounts } from '../src/notify/outbox.ts';

export interface WorkerMetrics {
  registry: Registry;
  polls: Counter<'source' | 'type' | 'status'>;
  fetchErrors: Counter<'source' | 'code'>;
  entriesIngested: Counter<'source'>;
  events: Counter<'type'>;
  emails: Counter<'result'>;
  jobDuration: Histogram<'job' | 'outcome'>;
  outboxDepth: Gauge<'status'>;
}

export function createMetrics(store: Store, options: { defaults?: boolean } = {}): WorkerMetrics {
  const registry = new Registry();
  if (options.defaults !== false) collectDefaultMetrics({ register: registry, prefix: 'docketwatch_' });
  const registers = [registry];
  return {
    registry,
    polls: new Counter({
      name: 'docketwatch_polls_total',
      help: 'Source polls, by source, type and outcome (fetched, not-modified, failed).',
      labelNames: ['source', 'type', 'status'],
      registers,
    }),
    fetchErrors: new Counter({
      name: 'docketwatch_fetch_errors_total',
      help: 'Failed polls, by source and error code.',
      labelNames: ['source', 'code'],
      registers,
    }),
    entriesIngested: new Counter({
      name: 'docketwatch_entries_ingested_total',
      help: 'Docket entries added or changed by ingest, by source.',
      labelNames: ['source'],
      registers,
    }),
    events: new Counter({
      name: 'docketwatch_events_total',
      help: 'Events appended (entries, stays, deadlines, source health), by type.',
      labelNames: ['type'],
      registers,
    }),
    emails: new Counter({
      name: 'docketwatch_emails_total',
      help: 'Outbox deliveries by this worker: sent, retrying, failed, cancelled.',
      labelNames: ['result'],
      registers,
    }),
    jobDuration: new Histogram({
      name: 'docketwatch_job_duration_seconds',
      help: 'How long each scheduled job took, by job and outcome.',
      labelNames: ['job', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 15, 60, 300],
      registers,
    }),
    outboxDepth: new Gauge({
      name: 'docketwatch_outbox_messages',
      help: 'Messages in the outbox, by status (read from the store when scraped).',
      labelNames: ['status'],
      registers,
      async collect() {
        try {
          const counts = await outboxCounts(store);
          for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
        } catch {
          // The store is unreachable: /healthz says so; keep the last figures.
        }
      },
    }),
  };
}

/** `GET /metrics` in the Prometheus text format. */
export function metricsRoute(metrics: WorkerMetrics) {
  return (app: FastifyInstance): void => {
    app.get('/metrics', async (_req, reply) => {
      const body = await metrics.registry.metrics();
      return reply.header('cache-control', 'no-store').type(metrics.registry.contentType).send(body);
    });
  };
}
