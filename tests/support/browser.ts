/** A docketwatch site on 127.0.0.1 with Debian's Chromium in front of it, as the browser tests use them. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { openDatabase, type Store } from '../../db/index.ts';
import type { NotifySettings } from '../../src/notify/settings.ts';
import { type RunningServer, startWebServer, type WebOptions } from '../../src/web/server.ts';
import { freePort, startSmtp, type TestSmtp } from './smtp.ts';
import { settings } from './web.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where browser tests leave their screenshots. */
export const ARTIFACTS = join(process.cwd(), 'test-artifacts');

export interface Site {
  /** `http://127.0.0.1:PORT`, also the links' base. */
  base: string;
  server: RunningServer;
  browser: Browser;
}

/**
 * The web server on a free port (its links pointing at that port) and a headless Chromium. `notify`
 * is given the site's base, for settings whose links must come back to it.
 */
export async function startSite(
  options: Omit<WebOptions, 'publicUrl' | 'notify'> & { notify: (base: string) => NotifySettings | null },
): Promise<Site> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startWebServer({
    ...options,
    host: '127.0.0.1',
    port,
    publicUrl: base,
    notify: options.notify(base),
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return { base, server, browser };
}

export interface MailingSite extends Site {
  /** The test's own folder: the store, the outbox. */
  dir: string;
  store: Store;
  smtp: TestSmtp;
  /** Close the browser, the server, the SMTP server and the store, and remove the folder. */
  close(): Promise<void>;
}

/**
 * `startSite` over a new SQLite store in a folder of its own (`seed` fills it first), sending mail
 * to a local SMTP server with the outbox in that folder; screenshots go to `ARTIFACTS`.
 */
export async function startMailingSite(
  name: string,
  options: Omit<WebOptions, 'store' | 'publicUrl' | 'notify'> & {
    seed?: (store: Store) => Promise<unknown>;
  } = {},
): Promise<MailingSite> {
  const { seed, ...web } = options;
  const dir = mkdtempSync(join(tmpdir(), `docketwatch-${name}-`));
  mkdirSync(ARTIFACTS, { recursive: true });
  const store = await openDatabase(join(dir, 'docketwatch.sqlite'));
  await seed?.(store);
  const smtp = await startSmtp();
  const site = await startSite({
    ...web,
    store,
    notify: (url) => settings(url, smtp.url, join(dir, 'outbox')),
  });
  return {
    ...site,
    dir,
    store,
    smtp,
    async close() {
      await site.browser.close();
      await site.server.close();
      await smtp.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
