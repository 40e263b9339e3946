/**
 * A case history replayed through the real worker at max speed, mailing to a real SMTP server, the
 * live posture collected after each round (`PostureRounds`), and its store opened to read back.
 * `history` is a parsed replay file (written to the run's folder and loaded as `replay` loads one);
 * without it, the bundled Hamama history. `close` ends everything and removes the folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Store } from '../../db/index.ts';
import { loadHistory } from '../../src/demo/history.ts';
import { runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';
import { PostureRounds } from './posture-mail.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

export interface Replayed {
  smtp: TestSmtp;
  dir: string;
  rounds: PostureRounds;
  store: Store;
  close(): Promise<void>;
}

export async function replayed(options: {
  caseKey: string;
  history?: unknown;
  subscribers?: Parameters<typeof runDemo>[0]['subscribers'];
}): Promise<Replayed> {
  const dir = mkdtempSync(join(tmpdir(), 'dw-replayed-'));
  if (options.history !== undefined)
    writeFileSync(join(dir, 'history.json'), JSON.stringify(options.history));
  const smtp = await startSmtp();
  const rounds = new PostureRounds(smtp, options.caseKey);
  await runDemo({
    ...(options.history !== undefined ? { history: loadHistory(join(dir, 'history.json')) } : {}),
    speed: 'max',
    outboxDir: join(dir, 'outbox'),
    smtpUrl: smtp.url,
    port: null,
    db: join(dir, 'replay.sqlite'),
    logger: silentLogger,
    ...(options.subscribers ? { subscribers: options.subscribers } : {}),
    onCycle: rounds.onCycle,
  });
  const store = await openDatabase(join(dir, 'replay.sqlite'));
  return {
    smtp,
    dir,
    rounds,
    store,
    async close() {
      await store.close();
      await smtp.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
