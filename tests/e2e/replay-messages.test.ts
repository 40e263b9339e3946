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
import { classDefinition } from '../../src/deadlines/classes.ts';
import { entryKind, RULING_KINDS } from '../../src/deadlines/kinds.ts';
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

/**
 * The definitions of who is covered a replayed history gives, in force order: the maintainers'
 * words for the orders they name (`people.classFrom`, `people.classes`), and every numbered ruling whose docket text
 * defines the class (`classDefinition`), each from its filing day. Said in each language as the
 * messages say it: a definition with no translation is the English, quoted.
 */
function classDefinitions(
  h: ReplayHistory,
): { entry: string; day: string; text: Record<'en' | 'es' | 'ar', string> }[] {
  const people = h.people;
  const words = (text: string) => text.replace(/\s+/g, ' ');
  const byEntry = new Map<string, Record<'en' | 'es' | 'ar', string>>();
  for (const e of h.entries) {
    if (e.number === null || !RULING_KINDS.has(entryKind(e.text))) continue;
    const d = classDefinition(e.text);
    if (d) byEntry.set(String(e.number), { en: d.text, es: d.text, ar: d.text });
  }
  // A maintainer's words for an order are said in place of the words read from it.
  const mine = [
    ...(people?.classFrom ? [{ ...people, classFrom: people.classFrom }] : []),
    ...(people?.classes ?? []),
  ];
  for (const m of mine)
    byEntry.set(m.classFrom, {
      en: words(m.class),
      es: words(m.classEs ?? m.class),
      ar: words(m.classAr ?? m.class),
    });
  const out: { entry: string; day: string; text: Record<'en' | 'es' | 'ar', string> }[] = [];
  for (const [entry, text] of byEntry) {
    const filed = h.entries.find((e) => String(e.number) === entry);
    if (filed) out.push({ entry, day: filed.dateFiled, text });
  }
  return out.sort((a, b) => (a.day === b.day ? Number(a.entry) - Number(b.entry) : a.day < b.day ? -1 : 1));
}

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
    name: 'an injunction stayed pending appeal (W.D. Wash., 9th Cir.; hand-written)',
    key: 'wawd:2:21-cv-00217',
    history: () =>
      loadHistory(new URL('../fixtures/replay/stay-pending-appeal.json', import.meta.url).pathname),
    shared: false,
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

    // "Who is covered" quotes the definition of the class in force on the message's day: the
    // maintainers' words of the order they name, and each later ruling that defines the class in its
    // own words ("The class is defined as …"), each from its filing day — never one not yet filed.
    it('every message states the definition of the class in force on its day, none from an order not yet filed', async () => {
      const people = replayed.people;
      if (!people) return;
      const words = (text: string) => text.replace(/\s+/g, ' ');
      const definitions = classDefinitions(replayed);
      if (people.classFrom)
        expect(definitions[0]?.entry, `entry ${people.classFrom} in the history`).toBe(people.classFrom);
      if (definitions.length === 0) return;
      for (const d of definitions) {
        const early = collected.rounds.flatMap((r) =>
          r.day < d.day
            ? r.mails
                .filter((m) => words(m.text).includes(d.text[m.lang]))
                .map((m) => `${r.day} ${m.to}: ${m.subject}`)
            : [],
        );
        expect(early, `the class of entry ${d.entry} before ${d.day}`).toEqual([]);
      }
      // Every advocate digest after a definition's day (and before the next one's) says it, in each
      // language: an injunction vacated leaves the class it certified (only decertification ends it).
      const digests = collected.rounds.flatMap((r) => {
        const inForce = definitions.filter((d) => d.day < r.day).at(-1);
        if (!inForce || definitions.some((d) => d.day === r.day)) return [];
        return r.mails
          .filter((m) => m.kind === 'digest' && m.to !== DEMO_SUBSCRIBERS.legal)
          .map((m) => ({ m, inForce }));
      });
      expect(digests.length).toBeGreaterThan(0);
      for (const { m, inForce } of digests)
        expect(words(m.text), `${m.to}: ${m.subject} (entry ${inForce.entry})`).toContain(
          inForce.text[m.lang],
        );
      expect(new Set(digests.map((d) => d.m.lang)).size).toBe(3);
      if (c.key === 'mied:2:17-cv-11910') {
        // Hamama: ECF 43 (June 26, 2017) as the maintainers give it, then ECF 87's own words (July 24, 2017).
        expect(definitions.map((d) => [d.entry, d.day])).toEqual([
          ['43', '2017-06-26'],
          ['87', '2017-07-24'],
        ]);
        const after = digests.filter((d) => d.inForce.entry === '87');
        const before = digests.filter((d) => d.inForce.entry === '43');
        expect(after.length).toBeGreaterThan(0);
        expect(before.length).toBeGreaterThan(0);
        for (const d of after) expect(words(d.m.text)).not.toContain(definitions[0]!.text[d.m.lang]);
      }
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
