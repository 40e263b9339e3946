/**
 * Issue #13: behind a reverse proxy, a client cannot pick its own address for the rate limits by
 * sending `X-Forwarded-For`: `docketwatch serve --trust-proxy N|ADDRESSES` counts the right-most
 * address the trusted proxies did not add. Through the real command (a child process) over HTTP.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.ts';
import { parseTrustProxy } from '../../src/web/server.ts';
import { projectRoot } from '../support/shared.ts';
import { SECRET_TEXT } from '../support/web.ts';
import { CASE, seedCase } from '../support/web-case.ts';

const BIN = join(projectRoot, 'bin/docketwatch.js');
const PAGE = `/cases/${CASE.court}/${CASE.docket}`;
let db: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'dw-proxy-')), 'docketwatch.sqlite');
  const store = await openDatabase(db);
  await seedCase(store);
  await store.close();
});

afterAll(() => {
  for (const c of children) c.kill('SIGTERM');
});

async function serve(...args: string[]): Promise<string> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', db, ...args], {
    env: { ...process.env, DOCKETWATCH_SECRET: SECRET_TEXT, DATABASE_URL: '', LOG_LEVEL: 'warn' },
  });
  children.push(child);
  return new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!).listening);
    });
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

/** Subscribe attempts, each claiming a different client address in front of the real one. */
async function rotate(origin: string, realClient: string, proxies: string[], n: number): Promise<number[]> {
  const page = await fetch(`${origin}${PAGE}`);
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) {
    const forwarded = [`198.51.100.${i + 1}`, realClient, ...proxies].join(', ');
    const res = await fetch(`${origin}/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, 'x-forwarded-for': forwarded },
      body: `_csrf=${encodeURIComponent(csrf)}&email=p${i}%40example.org&case=${encodeURIComponent(CASE.key)}`,
    });
    statuses.push(res.status);
  }
  return statuses;
}

describe('--trust-proxy', () => {
  it('with a hop count, rotating the left-most X-Forwarded-For does not escape the subscribe limit', async () => {
    const origin = await serve('--trust-proxy', '1');
    const statuses = await rotate(origin, '203.0.113.9', [], 8);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it('with proxy addresses, the right-most address not among them is the client', async () => {
    // The request comes from 127.0.0.1 (a trusted proxy) through another trusted proxy, 10.0.0.2.
    const origin = await serve('--trust-proxy', '127.0.0.1,10.0.0.0/8');
    const statuses = await rotate(origin, '203.0.113.10', ['10.0.0.2'], 7);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
  });

  it('takes a hop count or addresses, and refuses anything else', () => {
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8 ::1')).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    for (const bad of ['', 'true', 'yes', '0', '-1', 'proxy.example.org', '10.0.0.0/99']) {
      expect(() => parseTrustProxy(bad), bad).toThrow(/--trust-proxy/);
    }
  });
});
