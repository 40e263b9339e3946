/** A docketwatch site on 127.0.0.1 with Debian's Chromium in front of it, as the browser tests use them. */
import { type Browser, chromium } from 'playwright-core';
import type { NotifySettings } from '../../src/notify/settings.ts';
import { type RunningServer, startWebServer, type WebOptions } from '../../src/web/server.ts';
import { freePort } from './smtp.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
