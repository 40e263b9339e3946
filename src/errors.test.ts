import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, listenError } from './errors.ts';

const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(port, '127.0.0.1', () => {
      servers.push(s);
      resolve(s);
    });
  });
}

describe('listenError', () => {
  it('makes a taken port a ConfigError that says what could not listen', async () => {
    const taken = await listen(0);
    const port = (taken.address() as { port: number }).port;
    const err = await listen(port).catch((e: unknown) =>
      listenError(e, `on 127.0.0.1:${port} (web.port / PORT)`),
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(
      new RegExp(`^cannot listen on 127.0.0.1:${port} \\(web.port / PORT\\): .*EADDRINUSE`),
    );
  });

  it('returns any other error as it is', () => {
    const other = new TypeError('boom');
    expect(listenError(other, 'anywhere')).toBe(other);
    expect(listenError(null, 'anywhere')).toBeNull();
  });
});
