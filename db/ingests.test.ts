/**
 * The ingest token (`events.ingest`) follows each ingest through its awaits, also when ingests
 * overlap and when the storage was switched off between them (it is, whenever none runs).
 */
import { describe, expect, it } from 'vitest';
import { followingIngest, ingestOfEvents } from './ingests.ts';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** What an ingest stamps its events with, read after several kinds of waits. */
async function stamps(token: string, waits: number[]): Promise<(string | null)[]> {
  return followingIngest(token, async () => {
    const seen: (string | null)[] = [ingestOfEvents()];
    for (const ms of waits) {
      await tick(ms);
      seen.push(ingestOfEvents());
      await Promise.resolve();
      seen.push(await new Promise<string | null>((r) => setImmediate(() => r(ingestOfEvents()))));
    }
    return seen;
  });
}

describe('ingest token', () => {
  it('stamps what each of two overlapping ingests writes with its own token', async () => {
    const [a, b] = await Promise.all([stamps('a', [5, 0, 10]), stamps('b', [0, 8, 1])]);
    expect(new Set(a)).toEqual(new Set(['a']));
    expect(new Set(b)).toEqual(new Set(['b']));
    expect(ingestOfEvents()).toBeNull();
  });

  it('stamps an ingest that starts while another ends, and one after all have ended', async () => {
    const first = stamps('first', [5]);
    await tick(1);
    const second = stamps('second', [10, 0]);
    expect(new Set(await first)).toEqual(new Set(['first']));
    expect(new Set(await second)).toEqual(new Set(['second']));
    expect(ingestOfEvents()).toBeNull();
    expect(new Set(await stamps('third', [0, 2]))).toEqual(new Set(['third']));
    expect(ingestOfEvents()).toBeNull();
  });

  it('ends with an ingest that fails, and stamps the next', async () => {
    await expect(
      followingIngest('failing', async () => {
        await tick(1);
        throw new Error('store unreachable');
      }),
    ).rejects.toThrow('store unreachable');
    expect(ingestOfEvents()).toBeNull();
    expect(new Set(await stamps('next', [1]))).toEqual(new Set(['next']));
  });
});
