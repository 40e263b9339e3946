/**
 * A worker's ingest, stopped between its entries and the posture, for `hold-lease.test.ts`: as the
 * pipeline does (`src/ingest/pipeline.ts`), the entries' events are written under a hold whose
 * lease this process renews while it works (`whileHolding`); then it says `held HOLD` and waits for
 * a line on stdin before bringing the posture up to date and releasing the hold (or is killed).
 *
 * `node --import tsx tests/notify/hold-child.ts TARGET RESULT.json`
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { openDatabase } from '../../db/index.ts';
import { followingIngest, whileHolding } from '../../db/ingests.ts';
import { refreshAfterIngest } from '../../src/deadlines/record.ts';
import { ingest } from '../../src/ingest/index.ts';
import { releaseHold } from '../../src/ingest/pipeline.ts';
import type { ParseResult } from '../../src/model/docket.ts';

const [target, file] = process.argv.slice(2);
const result = JSON.parse(readFileSync(file!, 'utf8')) as ParseResult;
const store = await openDatabase(target!);
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const hold = `child-${randomBytes(6).toString('hex')}`;
await whileHolding(store.db, hold, () =>
  followingIngest(hold, async () => {
    const written = await ingest(store.db, result, { hold });
    process.stdout.write(`held ${hold}\n`);
    await lines.next();
    await refreshAfterIngest(store, written.events);
    await releaseHold(store, hold);
  }),
);
process.stdout.write('done\n');
await store.close();
process.exit(0);
