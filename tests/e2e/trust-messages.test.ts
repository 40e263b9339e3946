/**
 * What the messages say, against the court's own words, over every message of the Hamama demo
 * (the real worker mailing a real SMTP server): a legal team, English advocates (daily and
 * weekly), Spanish (daily and at once) and Arabic (daily) advocates. Invariants over all
 * messages, not one hand-picked example.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.ts';
import { hamamaHistory } from '../../src/demo/history.ts';
import { runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';
import { dateIn, type Language } from '../../src/notify/i18n.ts';
import {
  ADVOCATES_IN_EVERY_LANGUAGE,
  contradictions,
  type Mail,
  PostureRounds,
} from '../support/posture-mail.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';
import { parseCalendar, testServer } from '../support/web.ts';

const MORE = [
  { email: 'semana@demo.docketwatch.invalid', audience: 'advocate', frequency: 'weekly', language: 'en' },
  ...ADVOCATES_IN_EVERY_LANGUAGE,
] as const;

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const iso = (m: RegExpExecArray | RegExpMatchArray) =>
  `${m[3]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;

/** "* Headline\n  sentence" items of a plain-text message. */
function items(text: string): string[] {
  return text.split(/\n(?=\* )/).filter((s) => s.startsWith('* '));
}

describe('Hamama demo: every message against the court’s words', () => {
  let smtp: TestSmtp;
  let dir: string;
  let collected: PostureRounds;
  let mails: Mail[];

  beforeAll(async () => {
    smtp = await startSmtp();
    dir = mkdtempSync(join(tmpdir(), 'dw-trust-'));
    collected = new PostureRounds(smtp, 'mied:2:17-cv-11910');
    await runDemo({
      speed: 'max',
      outboxDir: join(dir, 'outbox'),
      smtpUrl: smtp.url,
      port: null,
      db: join(dir, 'demo.sqlite'),
      logger: silentLogger,
      subscribers: MORE.map((s) => ({ ...s })),
      onCycle: collected.onCycle,
    });
    mails = collected.mails;
    if (process.env.DW_TRUST_DUMP)
      (await import('node:fs')).writeFileSync(
        process.env.DW_TRUST_DUMP,
        JSON.stringify(
          collected.rounds.map((r) => ({ day: r.day, inForce: r.posture.inForce, mails: r.mails })),
        ),
      );
  }, 300_000);

  afterAll(async () => {
    await smtp?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('an injunction is said to block deportations only when its own order enjoins removal (C1)', () => {
    // The court's words of each day an injunction was granted: does that day's order bar removal?
    const barsRemoval = new Map<string, boolean>();
    for (const e of hamamaHistory().entries) {
      if (!/injunction/i.test(e.text)) continue;
      const bars = /\b(?:enjoin\w*|stay\w*)\b[^.]*\b(?:remov\w*|deport\w*)/i.test(e.text);
      barsRemoval.set(e.dateFiled.slice(0, 10), (barsRemoval.get(e.dateFiled.slice(0, 10)) ?? false) || bars);
    }
    const claims: string[] = [];
    const wrong: string[] = [];
    for (const m of mails.filter((x) => x.lang === 'en')) {
      for (const item of items(m.text)) {
        if (!/deport/i.test(item) || !/injunction/i.test(item)) continue;
        const named =
          /injunction (?:of|granted on) ((January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4}))/i.exec(
            item,
          );
        const day = named ? iso([named[0], named[2]!, named[3]!, named[4]!]) : null;
        claims.push(item);
        if (day === null || barsRemoval.get(day) !== true) wrong.push(`${m.subject}: ${item}`);
      }
    }
    expect(claims.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
    // The same facts in Spanish and Arabic: as many blocking claims as the English daily advocate's.
    const claimsOf = (to: string, re: RegExp) =>
      mails.filter((m) => m.to === to).reduce((n, m) => n + (m.text.match(re)?.length ?? 0), 0);
    const en = claimsOf(
      'advocate@demo.docketwatch.invalid',
      /blocks? deportations|Deportations of .* are blocked|whose deportation/g,
    );
    expect(en).toBeGreaterThan(0);
    expect(
      claimsOf(
        'abogada@demo.docketwatch.invalid',
        /bloquea las deportaciones|deportaciones de .* están bloqueadas|siguen bloqueadas las deportaciones/g,
      ),
    ).toBe(en);
    expect(
      claimsOf('muhami@demo.docketwatch.invalid', /يمنع ترحيل|ممنوع ما دام|لا يزال ترحيله ممنوعًا/g),
    ).toBe(en);
  });

  it('a digest sent after its due day tells where the case stands when it is sent (C2)', () => {
    // Every "In force" list against the store's posture at the moment the digest went out.
    const late = collected.rounds.filter((r) =>
      r.mails.some((m) => m.to === 'semana@demo.docketwatch.invalid' && m.kind === 'digest'),
    );
    expect(late.length).toBeGreaterThan(0);
    // The recap of alerts already sent lists their headlines as they were true when sent; the
    // rest of each digest is checked against the store at the moment it went out.
    const recapless = collected.rounds.map((r) => ({
      ...r,
      mails: r.mails.map((m) => ({
        ...m,
        text: m.text.replace(/\nAlready sent to you as alerts\n(?:\* .*\n)*/g, '\n'),
      })),
    }));
    const { found, checked } = contradictions(recapless);
    expect(checked.inForceLists).toBeGreaterThan(0);
    expect(found).toEqual([]);
    // "today" and "in N days" counted from the day the message was sent (English digests).
    const wrongDays: string[] = [];
    let counted = 0;
    for (const r of collected.rounds)
      for (const m of r.mails.filter((x) => x.lang === 'en' && x.kind === 'digest'))
        for (const line of m.text.split('\n')) {
          const d = /^\* (\w+ \d{1,2}, \d{4})(?: at [^(]*)? \((today|tomorrow|in (\d+) days?)\)/.exec(line);
          if (!d) continue;
          const long = /(\w+) (\d{1,2}), (\d{4})/.exec(d[1]!)!;
          const due = DateTime.fromISO(iso(long));
          const days = Math.round(due.diff(DateTime.fromISO(r.day), 'days').days);
          const said = d[2] === 'today' ? 0 : d[2] === 'tomorrow' ? 1 : Number(d[3]);
          counted++;
          if (said !== days) wrongDays.push(`${r.day} ${m.to} ${m.subject}: ${line}`);
        }
    expect(counted).toBeGreaterThan(0);
    expect(wrongDays).toEqual([]);
  });

  it('a digest subject counts only a deadline its body shows (M5)', () => {
    const wrong: string[] = [];
    let counted = 0;
    for (const m of mails.filter((x) => x.kind === 'digest' && x.lang === 'en')) {
      const next = /next deadline (today|tomorrow|in \d+ days?)/.exec(m.subject);
      if (!next) continue;
      counted++;
      const section = m.text.split('Next deadlines:\n')[1];
      const first = section?.split('\n')[0] ?? '';
      if (!first.includes(`(${next[1]})`)) wrong.push(`${m.subject} / ${first || 'No upcoming deadlines.'}`);
    }
    expect(counted).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('Spanish and Arabic say the same facts: which rulings an appeal acts on, what is in force (M6, M7)', () => {
    // The injunctions the English appeal items name, by date.
    const appealItem = /(?:court of appeals|Circuit) (?:threw out|overturned|upheld|sent)/i;
    const named = new Set<string>();
    for (const m of mails.filter((x) => x.lang === 'en'))
      for (const item of items(m.text).filter((i) => appealItem.test(i)))
        for (const d of item.matchAll(/injunction of (\w+) (\d{1,2}), (\d{4})/g)) named.add(iso(d));
    expect(named.size).toBeGreaterThan(0);
    const head: Record<'es' | 'ar', RegExp> = {
      es: /^\* (?:.* (?:revocadas?|anuladas?|confirmadas?) en apelación|Caso devuelto)/,
      ar: /^\* (?:نقض |إلغاء |تأييد |إعادة القضية).*(?:في الاستئناف|محكمة المقاطعة)/,
    };
    for (const lang of ['es', 'ar'] as const) {
      const said = new Set<string>();
      let appealItems = 0;
      for (const m of mails.filter((x) => x.lang === lang))
        for (const item of items(m.text).filter((i) => head[lang].test(i))) {
          appealItems++;
          for (const d of named) if (item.includes(dateIn(lang as Language, d))) said.add(d);
        }
      expect(appealItems, lang).toBeGreaterThan(0);
      expect([...said].sort(), lang).toEqual([...named].sort());
    }
    // No docketwatch name left in English in a translated message (the court's words are quoted).
    const english =
      /\b(?:Preliminary injunction|Permanent injunction|Temporary restraining order|Stay of \w+)/;
    const left = mails
      .filter((m) => m.lang !== 'en')
      .flatMap((m) =>
        m.text
          .replace(/«[^»]*»|“[^”]*”/g, '')
          .split('\n')
          .filter((l) => english.test(l))
          .map((l) => `${m.to}: ${l}`),
      );
    expect(left).toEqual([]);
  });

  it('every manage and unsubscribe link expires counted from real time, not the court’s day (M22)', () => {
    const expired: string[] = [];
    let links = 0;
    const now = Date.now() / 1000;
    for (const m of mails)
      for (const [, kind, token] of m.text.matchAll(/\/(manage|unsubscribe)\?token=([A-Za-z0-9_-]+)\./g)) {
        links++;
        const [, purpose, , exp] = JSON.parse(Buffer.from(token!, 'base64url').toString('utf8')) as [
          number,
          string,
          string,
          number,
        ];
        expect(purpose).toBe(kind);
        // A week from now at the least: a person reading the demo's mail can still use it.
        if (exp < now + 7 * 86_400)
          expired.push(`${m.to} ${m.subject}: ${kind} expires ${new Date(exp * 1000).toISOString()}`);
      }
    expect(links).toBeGreaterThan(0);
    expect(expired.slice(0, 5)).toEqual([]);
  });

  it('a later order cancels only dates not yet passed; a mooted deadline is cancelled (M3, M11, M12)', async () => {
    // Messages: "no longer due on D" only for a D on or after the day it is said.
    const retro: string[] = [];
    for (const r of collected.rounds)
      for (const m of r.mails.filter((x) => x.lang === 'en'))
        for (const d of m.text.matchAll(/is no longer due on (\w+ \d{1,2}, \d{4})/g)) {
          const due = iso(/(\w+) (\d{1,2}), (\d{4})/.exec(d[1]!)!);
          if (due < r.day) retro.push(`${r.day} ${m.to}: ${d[0]}`);
        }
    expect(retro).toEqual([]);

    // Calendars, from the demo's store through the web server.
    const store = await openDatabase(join(dir, 'demo.sqlite'));
    try {
      const records = await store.db
        .selectFrom('deadline_records')
        .select(['id', 'kind', 'status', 'due', 'history', 'data'])
        .execute();
      const ended = new Map<string, { status: string; on: string }>();
      const stored = new Map<string, string>();
      // Stays replaced or lifted on (or after) their last day: that day's event stands (it ended then).
      const endedOnLastDay = new Set<string>();
      const retroVacated: string[] = [];
      for (const r of records) {
        stored.set(r.id, r.status);
        const history = (typeof r.history === 'string' ? JSON.parse(r.history) : r.history) as {
          change: string;
          action?: string;
          date: string;
        }[];
        const stayEnd = [...history]
          .reverse()
          .find((h) => h.action === 'superseded' || h.action === 'lifted');
        if (r.kind === 'stay' && r.due && stayEnd && stayEnd.date.slice(0, 10) >= r.due)
          endedOnLastDay.add(r.id);
        const end = [...history]
          .reverse()
          .find((h) => ['vacated', 'mooted', 'lifted', 'dissolved', 'withdrawn'].includes(h.change));
        if (end) ended.set(r.id, { status: r.status, on: end.date.slice(0, 10) });
        // M5: a one-time date that had passed when its order was vacated stays passed in the record.
        const data = (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as {
          recurrence?: unknown;
        } | null;
        if (r.kind === 'deadline' && r.status === 'vacated' && !data?.recurrence && r.due && end)
          if (r.due < end.date.slice(0, 10))
            retroVacated.push(`${r.id} ${r.due} vacated on ${end.date.slice(0, 10)}`);
      }
      expect(retroVacated).toEqual([]);
      const app = await testServer(store, 'http://localhost', new Date());
      const wrong: string[] = [];
      let mootedSeen = 0;
      // The JSON API's state of each record: the calendar must tell the same.
      const api = await app.inject({ method: 'GET', url: '/api/cases/mied/2:17-cv-11910' });
      expect(api.statusCode).toBe(200);
      const told = new Map<string, string>();
      for (const d of (api.json() as { deadlines: { id: string; status: string }[] }).deadlines)
        told.set(d.id, d.status);
      expect(told.size).toBeGreaterThan(0);
      for (const url of [
        '/cases/mied/2:17-cv-11910/calendar.ics',
        '/cases/mied/2:17-cv-11910/calendar.ics?audience=advocate',
      ]) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(200);
        for (const e of parseCalendar(res.body)) {
          const id = [...ended.keys()].find(
            (k) => e.uid.startsWith(k) && /^(?:-\d+)?@/.test(e.uid.slice(k.length)),
          );
          const day = e.start.slice(0, 10);
          const end = id ? ended.get(id)! : null;
          // M7: a one-time event tells the stored record's state, as the CLI and JSON API do.
          const single = [...stored.keys()].find((k) => e.uid === `${k}@docketwatch`);
          if (single) {
            const off = ['vacated', 'mooted', 'lifted', 'superseded', 'cancelled', 'dissolved', 'withdrawn'];
            const want =
              off.includes(stored.get(single)!) && !endedOnLastDay.has(single) ? 'CANCELLED' : 'CONFIRMED';
            if (e.status !== want)
              wrong.push(`${url}: ${e.summary} ${day} ${e.status}, but the record is ${stored.get(single)}`);
            const shown = told.get(single);
            if (
              shown &&
              (off.includes(shown) && !endedOnLastDay.has(single) ? 'CANCELLED' : 'CONFIRMED') !== e.status
            )
              wrong.push(`${url}: ${e.summary} ${day} ${e.status}, but the JSON API says ${shown}`);
          } else if (e.status === 'CANCELLED' && end && day < end.on)
            wrong.push(`${url}: ${e.summary} ${day} CANCELLED, but it passed before ${end.on}`);
          if (end?.status === 'mooted' && (single || day >= end.on)) {
            mootedSeen++;
            if (e.status !== 'CANCELLED')
              wrong.push(`${url}: ${e.summary} ${day} ${e.status}, mooted on ${end.on}`);
          }
        }
      }
      await app.close();
      expect(mootedSeen).toBeGreaterThan(0);
      // The demo's stay ran through July 24, 2017 and the injunction of that day took its place.
      expect(endedOnLastDay.size).toBeGreaterThan(0);
      expect(wrong.slice(0, 10)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('an order that grants an injunction is not also told as modifying one (M2)', () => {
    const both: string[] = [];
    let grants = 0;
    for (const to of new Set(mails.map((m) => m.to))) {
      const granted = new Set<string>();
      const modified = new Set<string>();
      for (const m of mails.filter((x) => x.to === to && x.lang === 'en'))
        for (const item of items(m.text)) {
          for (const d of item.matchAll(/injunction granted on (\w+ \d{1,2}, \d{4})/gi)) granted.add(d[1]!);
          if (/injunction modified/i.test(item))
            for (const d of item.matchAll(/Order of (\w+ \d{1,2}, \d{4})/g)) modified.add(d[1]!);
        }
      grants += granted.size;
      for (const d of granted) if (modified.has(d)) both.push(`${to}: ${d}`);
    }
    expect(grants).toBeGreaterThan(0);
    expect(both).toEqual([]);
  });
  it('an injunction told as vacated or dissolved is not given an end it no longer has (M6, second try-out)', () => {
    const said: string[] = [];
    let ended = 0;
    for (const m of mails.filter((x) => x.lang === 'en'))
      for (const sentence of m.text.split(/(?<=\.)\s+/)) {
        if (!/\b(vacated|dissolved)\b/i.test(sentence) || !/injunction/i.test(sentence)) continue;
        ended++;
        // The term it had ("since …: until further order; … vacated it …: in force until its mandate
        // issues") may be listed; what may not be said is that the ending itself lasts until an order.
        if (/\b(vacated|dissolved)\b[^;]*\buntil further order\b/i.test(sentence)) said.push(sentence);
      }
    expect(ended).toBeGreaterThan(0);
    expect(said).toEqual([]);
  });
  it('a response the docket shows answered by a reply is met, not passed (third try-out 21)', async () => {
    const store = await openDatabase(join(dir, 'demo.sqlite'));
    try {
      const rows = await store.db
        .selectFrom('deadline_records')
        .select(['what', 'status'])
        .where('kind', '=', 'deadline')
        .execute();
      // ECF 554 is a "REPLY to Response re [548]": the response to motion 548 was filed.
      const response = rows.filter((r) => /^response to \[548\]/.test(r.what));
      expect(response.length).toBeGreaterThan(0);
      for (const r of response) expect(r.status, r.what).toBe('satisfied');
    } finally {
      await store.close();
    }
  });
});
