/**
 * End-to-end latency: from the moment the replay court makes an entry visible to the moment the
 * alert is accepted by a local smtp-server, with the real worker polling every source every
 * `E2E_BENCH_POLL_SECONDS` (default 2) in real time. Publishes `E2E_BENCH_PUBLICATIONS` entries
 * (default 6), one at a time, waiting for each one's mail. Reports median and max; target: under
 * the poll interval plus 2 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';
import { startSmtp } from '../../tests/support/smtp.ts';
import { median } from '../stats.ts';

const POLL_SECONDS = Number(process.env.E2E_BENCH_POLL_SECONDS ?? 2);
const PUBLICATIONS = Number(process.env.E2E_BENCH_PUBLICATIONS ?? 6);

export async function run(): Promise<void> {
  const smtp = await startSmtp();
  const dir = mkdtempSync(join(tmpdir(), 'docketwatch-bench-e2e-'));
  const abort = new AbortController();
  const latencies: number[] = [];
  try {
    await runDemo({
      speed: 'max',
      drive: false,
      outboxDir: join(dir, 'outbox'),
      smtpUrl: smtp.url,
      port: null,
      logger: silentLogger,
      pollSeconds: POLL_SECONDS,
      signal: abort.signal,
      async onStart({ court }) {
        // Let the start runs settle, then publish one entry at a time.
        await new Promise((r) => setTimeout(r, 2 * POLL_SECONDS * 1000));
        void (async () => {
          try {
            for (let i = 0; i < PUBLICATIONS; i++) {
              const before = smtp.received.length;
              const published = Date.now();
              court.clock.advance();
              const deadline = published + 10 * POLL_SECONDS * 1000 + 10_000;
              while (smtp.received.length === before && Date.now() < deadline) {
                await new Promise((r) => setTimeout(r, 10));
              }
              if (smtp.received.length > before) latencies.push(Date.now() - published);
              // Let the rest of this publication's mail arrive before the next one.
              await new Promise((r) => setTimeout(r, POLL_SECONDS * 1000));
            }
          } finally {
            abort.abort();
          }
        })();
      },
    });
  } finally {
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const max = Math.max(...latencies);
  const target = (POLL_SECONDS + 2) * 1000;
  console.log(
    `publication → SMTP accepted, poll every ${POLL_SECONDS} s, ${latencies.length}/${PUBLICATIONS} publications mailed: median ${(median(latencies) / 1000).toFixed(2)} s, max ${(max / 1000).toFixed(2)} s (target < ${target / 1000} s: ${max < target ? 'met' : 'NOT met'})`,
  );
}
