/**
 * The CM/ECF login and docket-query flow, modeled on the real one: PACER's central sign-on
 * (`POST /services/cso-auth`, JSON) gives a `NextGenCSO` token sent as a cookie to the court;
 * `GET DktRpt.pl?CASEID` returns the query form, whose action carries a one-time number; posting
 * the form returns the docket report with its transaction receipt. A login page in place of the
 * form or the report means the session expired: sign on again, once.
 *
 * Requests go through the shared client's per-host limiter and User-Agent but are never retried
 * automatically: a repeated report request is charged again. The password and the session cookie
 * go only over https (loopback allowed, for tests), and no redirect is followed.
 */
import { BlockedError, NonRetryableError, RetryableError, TimeoutError } from '../../src/errors.ts';
import { type HttpClient, requireSecureTransport } from '../../src/net/http.ts';

export interface PacerCredentials {
  username: string;
  password: string;
}

/** PACER refused the credentials. */
export class LoginError extends BlockedError {
  constructor(message: string) {
    super(message);
    Object.defineProperty(this, 'code', { value: 'ELOGIN' });
  }
}

/** The court answered with its login page: the session is gone. */
export class SessionExpiredError extends NonRetryableError {
  constructor(url: string) {
    super(`${url}: CM/ECF answered with its login page (session expired)`, { code: 'ESESSION' });
  }
}

const MAX_BYTES = 16 * 1024 * 1024;
const TIMEOUT_MS = 120_000;

export interface PacerPage {
  url: string;
  status: number;
  text: string;
  bytes: Uint8Array;
}

export class PacerSession {
  readonly #http: HttpClient;
  readonly #loginUrl: string;
  readonly #credentials: PacerCredentials;
  readonly #signal: AbortSignal | undefined;
  #token: string | null = null;

  constructor(http: HttpClient, loginUrl: string, credentials: PacerCredentials, signal?: AbortSignal) {
    this.#http = http;
    this.#loginUrl = loginUrl;
    this.#credentials = credentials;
    this.#signal = signal;
  }

  async login(): Promise<void> {
    const url = new URL('/services/cso-auth', this.#loginUrl).href;
    requireSecureTransport(url, 'the PACER password');
    const page = await this.#send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        loginId: this.#credentials.username,
        password: this.#credentials.password,
        redactFlag: '1',
      }),
    });
    let answer: { loginResult?: string; nextGenCSO?: string; errorDescription?: string };
    try {
      answer = JSON.parse(page.text);
    } catch {
      throw new NonRetryableError(`${url}: the sign-on answer is not JSON`, { code: 'ELAYOUT' });
    }
    if (answer.loginResult !== '0' || !answer.nextGenCSO) {
      throw new LoginError(
        `PACER sign-on refused: ${answer.errorDescription ?? `result ${answer.loginResult ?? 'missing'}`}`,
      );
    }
    this.#token = answer.nextGenCSO;
  }

  /** A court page with the session cookie; a login page instead throws `SessionExpiredError`. */
  async court(url: string, form?: Record<string, string>): Promise<PacerPage> {
    requireSecureTransport(url, 'the PACER session cookie');
    if (!this.#token) await this.login();
    const headers: Record<string, string> = { cookie: `NextGenCSO=${this.#token}`, accept: 'text/html' };
    const init: RequestInit = form
      ? {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(form).toString(),
        }
      : { method: 'GET', headers };
    const page = await this.#send(url, init);
    if (isLoginPage(page.text)) {
      this.#token = null;
      throw new SessionExpiredError(url);
    }
    return page;
  }

  async #send(url: string, init: RequestInit): Promise<PacerPage> {
    const target = new URL(url);
    await this.#http.limiter.acquire(target.host, this.#signal);
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    const signal = this.#signal ? AbortSignal.any([timeout, this.#signal]) : timeout;
    let res: Response;
    try {
      res = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: { 'user-agent': this.#http.userAgent, ...(init.headers as Record<string, string>) },
        signal,
      });
    } catch (cause) {
      if (timeout.aborted)
        throw new TimeoutError(`${url}: no answer within ${TIMEOUT_MS} ms`, TIMEOUT_MS, { cause });
      throw new RetryableError(`${url}: request failed (${(cause as Error).message})`, { cause });
    }
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel();
      // CM/ECF sends an expired session to the sign-on page.
      if (/login/i.test(res.headers.get('location') ?? '')) throw new SessionExpiredError(url);
      throw new NonRetryableError(`${url}: unexpected redirect (${res.status})`, { code: 'EREDIRECT' });
    }
    if (res.status >= 400) {
      await res.body?.cancel();
      throw new (res.status >= 500 ? RetryableError : NonRetryableError)(`${url}: HTTP ${res.status}`, {
        status: res.status,
      });
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength > MAX_BYTES)
      throw new NonRetryableError(`${url}: answer over ${MAX_BYTES} bytes`, { code: 'ETOOLARGE' });
    return { url, status: res.status, text: new TextDecoder('latin1').decode(bytes), bytes };
  }
}

/** CM/ECF's and PACER's login pages: a password field or the sign-on form's name. */
export function isLoginPage(html: string): boolean {
  return /<input[^>]+type=["']?password/i.test(html) || /\bloginForm\b/.test(html);
}

/** The query form's action (`DktRpt.pl?<one-time number>`), absolute. */
export function queryFormAction(html: string, pageUrl: string): string {
  const m = /<form\b[^>]*\baction=["']?([^"'\s>]*DktRpt\.pl\?[^"'\s>]+)/i.exec(html);
  if (!m) {
    throw new NonRetryableError(`${pageUrl}: no docket report query form on the page`, { code: 'ELAYOUT' });
  }
  return new URL(m[1]!.replace(/&amp;/g, '&'), pageUrl).href;
}

/** The transaction receipt at the foot of a report: billable pages and cost (in cents). */
export function readReceipt(html: string): {
  pages: number | null;
  cents: number | null;
  text: string | null;
} {
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
  const at = text.search(/Transaction Receipt/i);
  if (at < 0) return { pages: null, cents: null, text: null };
  const receipt = text.slice(at, at + 600).trim();
  const pages = /Billable Pages:\s*(\d+)/i.exec(receipt);
  const cost = /Cost:\s*\$?\s*(\d+(?:\.\d{1,2})?)/i.exec(receipt);
  return {
    pages: pages ? Number(pages[1]) : null,
    cents: cost ? Math.round(Number(cost[1]) * 100) : null,
    text: receipt,
  };
}
