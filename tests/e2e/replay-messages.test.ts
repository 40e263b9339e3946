/**
 * Every message against the posture, for the held-out replays (State of Hawaii v. Trump, Pherah LLC
 * v. Zoho Corporation) and Hamama v. Adducci: each case replayed through the real worker, mailing
 * to a real SMTP server, to a legal team (every event at once, English), an advocate in English
 * (daily digest, critical alerts at once), advocates in Spanish and Arabic (daily) and one in
 * Spanish who takes everything at once. After every round the live store's posture as of the
 * court's day is kept with the messages that arrived in the round (tests/support/posture-mail.ts).
 *
 * - no message says something is in force, ends on a day, or was vacated, that the store did not
 *   say at that moment;
 * - each change reaches each subscriber once, over all their alerts and digests.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hamamaHistory, loadHistory, type ReplayHistory } from '../../src/demo/history.ts';
import { DEMO_SUBSCRIBERS, runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';
import { dateIn, t } from '../../src/notify/i18n.ts';
import {
  ADVOCATES_IN_EVERY_LANGUAGE,
  contradictions,
  PostureRounds,
  repeats,
  stayItemsTwice,
} from '../support/posture-mail.ts';
import { describeShared, fixturesDir } from '../support/shared.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';
import { historyFrom } from './pherah-history.ts';

/** An entry's own news told again ("An unnumbered entry filled in … back on the docket"). */
const entryFlapping = (item: string) => / filled in\n/.test(item) && /back on the docket/.test(item);

const SUBSCRIBERS = [
  DEMO_SUBSCRIBERS.legal,
  DEMO_SUBSCRIBERS.advocate,
  ...ADVOCATES_IN_EVERY_LANGUAGE.map((s) => s.email),
];

const CASES: { name: string; key: string; history: () => ReplayHistory | undefined; shared: boolean }[] = [
  {
    name: 'State of Hawaii v. Trump (D. Haw., 9th Cir.)',
    key: 'hid:1:17-cv-00050',
    history: () => loadHistory(new URL('../fixtures/replay/hawaii-v-trump.json', import.meta.url).pathname),
    shared: false,
  },
  {
    name: 'Pherah LLC v. Zoho Corporation (E.D. Tex.)',
    key: 'txed:6:15-cv-00961',
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
  {
    name: 'Hamama v. Adducci (E.D. Mich., 6th Cir.)',
    key: 'mied:2:17-cv-11910',
    history: () => undefined,
    shared: false,
  },
];

for (const c of CASES) {
  const run = c.shared ? describeShared : describe;
  run(`${c.name}: every message against the stored posture at the moment it was sent`, () => {
    let smtp: TestSmtp;
    let dir: string;
    let collected: PostureRounds;
    let replayed: ReplayHistory;

    beforeAll(async () => {
      smtp = await startSmtp();
      dir = mkdtempSync(join(tmpdir(), 'dw-messages-'));
      collected = new PostureRounds(smtp, c.key);
      const history = c.history();
      replayed = history ?? hamamaHistory();
      await runDemo({
        ...(history ? { history } : {}),
        speed: 'max',
        outboxDir: join(dir, 'outbox'),
        smtpUrl: smtp.url,
        port: null,
        db: join(dir, 'replay.sqlite'),
        logger: silentLogger,
        subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
        onCycle: collected.onCycle,
      });
    }, 300_000);

    afterAll(async () => {
      await smtp?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('one order that changes a stay twice (expanded, and a new last day) is one item in a message', () => {
      expect(stayItemsTwice(collected.rounds)).toEqual([]);
    });

    if (c.key.startsWith('hid:'))
      it('ECF 270 converts the TRO into a preliminary injunction: each subscriber reads it once, as the injunction taking the TRO’s place', () => {
        for (const to of SUBSCRIBERS) {
          const mine = collected.mails.filter((m) => m.to === to);
          const lang = mine[0]!.lang;
          const replaced = t(lang, 'injunction.replaces', {
            replaced: `${t(lang, 'injunction.theName', { injunction: 'TRO' })} ${t(lang, 'injunction.of', { date: dateIn(lang, '2017-03-15') })}`,
          });
          const said = mine.filter((m) =>
            lang === 'en' || to === DEMO_SUBSCRIBERS.legal
              ? /takes the place of the temporary restraining order of March 15, 2017/.test(m.text)
              : m.text.includes(replaced),
          );
          expect([to, said.length]).toEqual([to, 1]);
        }
      });

    if (c.key.startsWith('txed:'))
      it('a defendant’s dismissal is told as its claims dismissed in every language, never as its deadlines going ahead again', () => {
        const again = { en: /can go ahead again/, es: /puede seguir adelante/, ar: /من جديد/ } as const;
        for (const to of SUBSCRIBERS) {
          const mine = collected.mails.filter((m) => m.to === to);
          const lang = mine[0]!.lang;
          const dismissed = t(lang, 'stay.dismissed.headline', { between: 'none', what: 'none' });
          expect(
            mine.some((m) => m.text.includes(dismissed) || /Stay ended: claims dismissed/.test(m.text)),
            to,
          ).toBe(true);
          for (const m of mine) expect(m.text, `${to}: ${m.subject}`).not.toMatch(again[lang]);
        }
      });

    it('every subscriber, in every language, is mailed', () => {
      const to = new Set(collected.mails.map((m) => m.to));
      for (const s of SUBSCRIBERS) expect(to.has(s), s).toBe(true);
      const langs = new Set(collected.mails.map((m) => m.lang));
      expect([...langs].sort()).toEqual(['ar', 'en', 'es']);
    });

    it('no message says something is in force, ends on a day, or was vacated, that the store did not say then', () => {
      const { found, checked } = contradictions(collected.rounds);
      console.info(`${c.name}: ${JSON.stringify(checked)}`);
      expect(checked.messages).toBeGreaterThan(0);
      expect(checked.inForceLists).toBeGreaterThan(0);
      expect(found).toEqual([]);
    });

    // "Who is covered", in the court's words of the order that defines the class, is never said
    // before that order was filed (the stay before it covered fewer people), and is said after.
    it('no message states the class of an order not yet filed on its day; messages after it do', () => {
      const people = replayed.people;
      if (!people) return;
      const words = (text: string) => text.replace(/\s+/g, ' ');
      const classIn = (lang: 'en' | 'es' | 'ar') =>
        words((lang === 'es' ? people.classEs : lang === 'ar' ? people.classAr : null) ?? people.class);
      const filed = people.classFrom
        ? (replayed.entries.find((e) => String(e.number) === people.classFrom)?.dateFiled ?? null)
        : null;
      const stating = collected.rounds.flatMap((r) =>
        r.mails.filter((m) => words(m.text).includes(classIn(m.lang))).map((m) => ({ day: r.day, m })),
      );
      if (!people.classFrom) return;
      expect(filed, `entry ${people.classFrom} in the history`).not.toBeNull();
      const early = stating.filter((s) => s.day < filed!).map((s) => `${s.day} ${s.m.to}: ${s.m.subject}`);
      expect(early).toEqual([]);
      // Every advocate digest after the order's day says it, in each language.
      const digests = collected.rounds.flatMap((r) =>
        r.day > filed! ? r.mails.filter((m) => m.kind === 'digest' && m.to !== DEMO_SUBSCRIBERS.legal) : [],
      );
      expect(digests.length).toBeGreaterThan(0);
      for (const m of digests) expect(words(m.text), `${m.to}: ${m.subject}`).toContain(classIn(m.lang));
      expect(new Set(digests.map((m) => m.lang)).size).toBe(3);
    });

    it('each change reaches each subscriber once, over all their alerts and digests', () => {
      expect(repeats(collected.rounds).filter((r) => !entryFlapping(r.item))).toEqual([]);
    });

    // An unnumbered entry a feed gave only a title for is covered by the docket report's entries of
    // its day, never vanished and "back on the docket" (Pherah once told the legal team 37 times).
    it('no entry is told "filled in" again and again', () => {
      expect(repeats(collected.rounds).filter((r) => entryFlapping(r.item))).toEqual([]);
    });
  });
}
