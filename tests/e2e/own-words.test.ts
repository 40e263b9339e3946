/**
 * docketwatch's own words reach a Spanish or Arabic reader in their language. Every surface an
 * advocate reads — alerts and digests (each arriving at a real SMTP server from the worker), the
 * welcome on confirming (at days across the case), the key-dates page, the advocates' calendar
 * (.ics), the case, subscribe, manage and saved-search pages — is rendered in es and ar for the Hamama demo and the
 * held-out replays (Hawaii v. Trump; Pherah v. Zoho with ../shared). After removing what is the
 * court's (quoted docket text “…” and «…», runs isolated left to right, elements marked
 * `lang="en"`, case names, links), no word docketwatch writes in English may be left.
 *
 * "docketwatch's English words" are not a hand list: they are every word of the English catalog
 * and of the labels docketwatch adds to records (party roles, deadline acts and notes, hearing
 * types, entry kinds), less every word the Spanish and Arabic catalogs use themselves ("docketwatch",
 * "ECF", "CM/ECF", "OR", "court:"…). A control checks that the English advocate's mail is full of them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Store } from '../../db/index.ts';
import { hamamaHistory, loadHistory, type ReplayHistory } from '../../src/demo/history.ts';
import { runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';
import { type Language, t } from '../../src/notify/i18n.ts';
import { entryLabel } from '../../src/notify/language.ts';
import { confirmSubscription, subscribe } from '../../src/notify/subscriptions.ts';
import { signToken } from '../../src/notify/tokens.ts';
import { leftovers, type Surface } from '../support/own-words.ts';
import { describeShared, fixturesDir } from '../support/shared.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';
import { SECRET, testServer } from '../support/web.ts';
import { historyFrom } from './pherah-history.ts';

/** What a page shows a reader, without the elements marked English (the court's record) or code. */
function pageText(html: string): string {
  const parts: string[] = [];
  const stack: boolean[] = [];
  let skipping = 0;
  const VOID = new Set(['br', 'img', 'input', 'meta', 'link', 'hr', 'source', 'wbr', 'area', 'col', 'base']);
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (VOID.has(name)) return;
        const skip = attrs.lang === 'en' || name === 'style' || name === 'script';
        stack.push(skip);
        if (skip) skipping++;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        if (stack.pop()) skipping--;
      },
      ontext(text) {
        if (skipping === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return parts.join(' ');
}

/** An iCalendar's words people read: the calendar's name and each event's summary and description. */
function calendarText(ics: string): string {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  return unfolded
    .split(/\r?\n/)
    .filter((l) => /^(SUMMARY|DESCRIPTION|X-WR-CALNAME|NAME)[:;]/.test(l))
    .map((l) =>
      l
        .slice(l.indexOf(':') + 1)
        .replace(/\\n/gi, '\n')
        .replace(/\\([,;\\])/g, '$1'),
    )
    .join('\n');
}

const SUBSCRIBERS = [
  { email: 'es-daily@own-words.invalid', audience: 'advocate', frequency: 'daily', language: 'es' },
  { email: 'ar-daily@own-words.invalid', audience: 'advocate', frequency: 'daily', language: 'ar' },
  { email: 'es-now@own-words.invalid', audience: 'advocate', frequency: 'immediate', language: 'es' },
  { email: 'ar-now@own-words.invalid', audience: 'advocate', frequency: 'immediate', language: 'ar' },
] as const;

const CASES: { name: string; history: () => ReplayHistory; shared: boolean }[] = [
  { name: 'Hamama v. Adducci (the demo)', history: hamamaHistory, shared: false },
  {
    name: 'State of Hawaii v. Trump (held out)',
    history: () => loadHistory(new URL('../fixtures/replay/hawaii-v-trump.json', import.meta.url).pathname),
    shared: false,
  },
  {
    name: 'Pherah LLC v. Zoho Corporation (held out)',
    history: () => {
      const file = join(mkdtempSync(join(tmpdir(), 'dw-history-')), 'history.json');
      const report = JSON.parse(
        readFileSync(resolve(fixturesDir, 'pacer/docket-history/txed_163924.json'), 'utf8'),
      );
      writeFileSync(file, JSON.stringify(historyFrom(report)));
      return loadHistory(file);
    },
    shared: true,
  },
];

for (const c of CASES) {
  (c.shared ? describeShared : describe)(`${c.name}: docketwatch's own words in Spanish and Arabic`, () => {
    let smtp: TestSmtp;
    let dir: string;
    let store: Store;
    const surfaces: Surface[] = [];
    const english: Surface[] = [];
    let caseNames: string[] = [];
    let replayed: ReplayHistory;
    /** Every advocate's mail, English included, by language. */
    const read: { lang: Language; text: string }[] = [];

    beforeAll(async () => {
      smtp = await startSmtp();
      dir = mkdtempSync(join(tmpdir(), 'dw-own-words-'));
      const history = c.history();
      replayed = history;
      const db = join(dir, 'replay.sqlite');
      const summary = await runDemo({
        history,
        speed: 'max',
        outboxDir: join(dir, 'outbox'),
        smtpUrl: smtp.url,
        port: null,
        db,
        logger: silentLogger,
        subscribers: SUBSCRIBERS.map((s) => ({ ...s })),
      });
      // Alerts and digests as they arrived.
      for (const r of smtp.received) {
        const m = await simpleParser(r.raw);
        const lang = String(m.headers.get('content-language') ?? 'en') as Language;
        const to = (Array.isArray(m.to) ? m.to[0]?.text : m.to?.text) ?? '';
        const name = `mail to ${to}: ${m.subject}`;
        if (to === 'advocate@demo.docketwatch.invalid') english.push({ name, lang, text: m.text ?? '' });
        if (to !== 'legal-team@demo.docketwatch.invalid') read.push({ lang, text: m.text ?? '' });
        if (lang === 'en') continue;
        surfaces.push({ name, lang, text: `${m.subject}\n${m.text ?? ''}` });
        surfaces.push({ name: `${name} (html)`, lang, text: pageText(String(m.html || '')) });
      }
      store = await openDatabase(db);
      const cases = await store.db.selectFrom('cases').select(['case_name']).execute();
      caseNames = cases.flatMap((r) => (r.case_name ? [r.case_name] : []));
      const key = summary.case.key;
      const [court, ...docket] = key.split(':');
      const path = `/cases/${court}/${docket.join(':')}`;
      // The welcome, confirmed on days across the case (what is in force and next differs).
      const days = history.entries.map((e) => e.dateFiled.slice(0, 10)).sort();
      const links = { publicUrl: 'https://watch.example.org', secret: SECRET, unsubscribeMailto: null };
      const managed: Partial<Record<'es' | 'ar', string>> = {};
      for (const [i, day] of [
        days[Math.floor(days.length / 4)]!,
        days[Math.floor(days.length / 2)]!,
        days.at(-1)!,
      ].entries())
        for (const language of ['es', 'ar'] as const) {
          const at = new Date(`${day}T18:00:00Z`);
          const { subscription } = await subscribe(
            store,
            {
              email: `welcome-${i}-${language}@own-words.invalid`,
              case: key,
              audience: 'advocate',
              frequency: 'daily',
              language,
              timeZone: 'America/Detroit',
              digestHour: 7,
            },
            { ...links, now: at },
          );
          managed[language] ??= subscription.id;
          await confirmSubscription(
            store,
            signToken({ purpose: 'confirm', subject: subscription.id }, SECRET, at),
            SECRET,
            at,
            links,
          );
        }
      const welcomes = await store.db
        .selectFrom('outbox')
        .innerJoin('outbox_messages', 'outbox_messages.outbox_id', 'outbox.id')
        .select(['outbox.recipient', 'outbox_messages.message'])
        .where('outbox.kind', '=', 'welcome')
        .execute();
      for (const w of welcomes) {
        const m = JSON.parse(w.message) as { subject: string; text: string; html: string };
        const lang: Language = w.recipient.includes('-ar@') ? 'ar' : 'es';
        surfaces.push({ name: `welcome to ${w.recipient}`, lang, text: `${m.subject}\n${m.text}` });
        surfaces.push({ name: `welcome to ${w.recipient} (html)`, lang, text: pageText(m.html) });
      }
      // The pages and the calendar, as of the middle of the case.
      const asOf = new Date(`${days[Math.floor(days.length / 2)]}T18:00:00Z`);
      const app = await testServer(store, 'https://watch.example.org', asOf);
      try {
        for (const lang of ['es', 'ar'] as const) {
          for (const url of [
            `${path}/key-dates?lang=${lang}`,
            `${path}?lang=${lang}`,
            `/subscribe?case=${encodeURIComponent(key)}&lang=${lang}`,
            `/searches/new?lang=${lang}`,
            `/manage?token=${signToken({ purpose: 'manage', subject: managed[lang]! }, SECRET, asOf)}&lang=${lang}`,
          ]) {
            const res = await app.inject({ method: 'GET', url });
            expect(res.statusCode, url).toBe(200);
            surfaces.push({ name: `page ${url}`, lang, text: pageText(res.body) });
          }
          const ics = await app.inject({
            method: 'GET',
            url: `${path}/calendar.ics?audience=advocate&lang=${lang}`,
          });
          expect(ics.statusCode).toBe(200);
          surfaces.push({ name: `calendar (${lang})`, lang, text: calendarText(ics.body) });
        }
      } finally {
        await app.close();
      }
    }, 400_000);

    afterAll(async () => {
      await store?.close();
      await smtp?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('reads every surface in both languages', () => {
      for (const lang of ['es', 'ar'] as const) {
        const mine = surfaces.filter((s) => s.lang === lang);
        expect(
          mine.some((s) => s.name.startsWith('mail')),
          `${lang} mail`,
        ).toBe(true);
        expect(
          mine.some((s) => s.name.startsWith('welcome')),
          `${lang} welcome`,
        ).toBe(true);
        expect(
          mine.some((s) => s.name.includes('key-dates')),
          `${lang} key dates`,
        ).toBe(true);
        expect(
          mine.some((s) => s.name.startsWith('calendar')),
          `${lang} calendar`,
        ).toBe(true);
      }
      // The control: the same check finds docketwatch's English words in the English advocate's mail.
      expect(english.flatMap((s) => leftovers({ ...s, lang: 'es' }, caseNames)).length).toBeGreaterThan(50);
    });

    // A court of appeals' clerk records the argument and submission of an appeal in words any of
    // them uses; advocates read it as such in their language, never as a bare "New entry".
    it('names an appeal argued, heard or submitted as such, in every language', () => {
      const STEPS: [RegExp, string][] = [
        [/\bARGUED AND SUBMITTED\b/i, 'argued'],
        [/\bSUBMITTED ON THE BRIEFS\b/i, 'submitted'],
        [/\bORAL ARGUMENT HEARD\b/i, 'heard'],
      ];
      const steps = replayed.appeals.flatMap((a) =>
        a.entries.flatMap((e) => {
          const step = STEPS.find(([re]) => re.test(e.text))?.[1];
          return step && e.number !== null ? [{ step, number: String(e.number), court: a.court }] : [];
        }),
      );
      for (const s of steps)
        for (const lang of ['en', 'es', 'ar'] as const) {
          const label = entryLabel(s.number, s.court, lang);
          const mine = read.filter((m) => m.lang === lang).map((m) => m.text);
          expect(mine.length, lang).toBeGreaterThan(0);
          expect(
            mine.some((text) => text.includes(t(lang, 'entry.step.headline', { step: s.step, label }))),
            `${lang} ${label}`,
          ).toBe(true);
          const bare = t(lang, 'entry.headline', {
            kindName: t(lang, 'entry.kind', { kind: 'other' }),
            label,
          });
          expect(
            mine.filter((text) => text.includes(bare)),
            `${lang} ${label}`,
          ).toEqual([]);
        }
    });

    it('shows no word docketwatch writes in English outside the court’s quoted words', () => {
      const docketText = replayed.entries.map((e) => e.text).join('\n');
      const found = surfaces.flatMap((s) => leftovers(s, caseNames, docketText));
      expect(found.slice(0, 40)).toEqual([]);
    });
  });
}
