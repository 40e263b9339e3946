/**
 * One headless Chromium for the browser sources, launched on first use and closed on shutdown.
 * The system Chromium (Debian's package) is used through playwright-core: no browser download.
 */
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export class LazyBrowser {
  readonly executablePath: string;
  #launching: Promise<Browser> | null = null;

  constructor(executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') {
    this.executablePath = executablePath;
  }

  get launched(): boolean {
    return this.#launching !== null;
  }

  /** The browser, launching it the first time (concurrent callers share one launch). */
  get(): Promise<Browser> {
    if (!this.#launching) {
      this.#launching = chromium.launch({
        executablePath: this.executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      });
      this.#launching.catch(() => {
        this.#launching = null; // a failed launch may be retried
      });
    }
    return this.#launching;
  }

  async close(): Promise<void> {
    const launching = this.#launching;
    this.#launching = null;
    if (launching) await (await launching.catch(() => null))?.close();
  }
}
