/**
 * What advocates and families read, in English, Spanish and Arabic, through the live path
 * (`replayedSuite`: the replay court, the real worker, the store, SMTP; the CLI on the stored
 * posture) from a hand-written history (tests/fixtures/replay/family-words.json; fictional parties,
 * D. Del. and the Third Circuit). Try-out 8's wording findings, on a case of their own:
 *
 * - a duty's name is never cut inside a word (N4): "… and file a notice listing th";
 * - a recurring duty is named as a person names it (m1): no space before a comma, no "#1";
 * - what docketwatch itself names is said in the reader's language (m3/m4): a term's end ("final
 *   judgment or further order"), a period after an event ("14 days after the Third Circuit issues
 *   its mandate"), a hearing's kind ("telephone status conference"), a paper it names before the
 *   court's description ("Status report, describing …"); only the court's own other words are
 *   quoted in English;
 * - a hearing on a motion is a motion hearing, never "hearing hearing" (m5);
 * - an advocate's digest never says "No upcoming deadlines" while the lawyers' response is due (m7);
 * - an interim stay ended by the denial of the same stay says so (C12's reason);
 * - a petition for certiorari is dated by its filing day, not the court of appeals' docketing (N5);
 * - an order ending a duty another order already ended is no "untracked deadline" (N7).
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/family-words.json' with { type: 'json' };
import {
  ADVOCATES_IN_EVERY_LANGUAGE,
  contradictions,
  type Mail,
  mailsOn,
  saidTo,
} from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ded:1:26-cv-00231';
const [SPANISH, ARABIC] = ADVOCATES_IN_EVERY_LANGUAGE;

/** Every word of the history's texts, lower case: a name's last word must be one of them. */
const WORDS = new Set(
  JSON.stringify(history)
    .toLowerCase()
    .split(/[^a-z0-9'’]+/)
    .filter(Boolean),
);

/**
 * Words docketwatch writes in English that a Spanish or Arabic message must not show outside a
 * quotation (the court's words, «…» or “…”): its kinds of hearing, paper and term.
 */
const ENGLISH_TERMS =
  /\b(?:hearing|conference|judgment|further order|filing|opposition|status report|deadline|days? after|mandate|recurring|motion|response|due|until|stay)\b/i;

/** A message's words outside what it quotes: «…», “…”, links, and the case's caption. */
function ownWords(m: Mail): string {
  return `${m.subject}\n${m.text}`
    .replace(/«[^»]*»/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replaceAll(history.caseName, ' ');
}

describe('what families and advocates read (D. Del., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  const said = (to: string) => saidTo(suite.rounds.rounds, to);
  const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);

  it('no deadline name ends inside a word, in any message or in the CLI', async () => {
    const names: string[] = [];
    for (const m of suite.rounds.mails.filter((x) => x.lang === 'en'))
      for (const x of `${m.subject}\n${m.text}`.matchAll(
        /Deadline (?:set|moved|vacated|moot)?:? ([^\n]+?), (?:now )?due\b/g,
      ))
        names.push(x[1]!);
    const out = await suite.run.deadlines('2026-03-05');
    for (const row of out.split('\n').filter((l) => /^dl-/.test(l))) names.push(row.split(/\s{2,}/)[2]!);
    expect(names.some((n) => /^Identify every class member/.test(n))).toBe(true);
    for (const name of names) {
      const core = name.replace(/(?:\s*\([^)]*\))+$/, '').trim();
      if (core.endsWith('…')) {
        // Cut, and said so: at a word, never inside one.
        const last = /([A-Za-z0-9'’]+)\W*…$/.exec(core)?.[1]?.toLowerCase();
        expect(last && WORDS.has(last), `"${name}" cut inside a word`).toBe(true);
      } else {
        const last = /([A-Za-z0-9'’]+)\W*$/.exec(core)?.[1]?.toLowerCase();
        expect(last && WORDS.has(last), `"${name}" ends inside a word`).toBe(true);
      }
    }
    expect(said(DEMO_SUBSCRIBERS.legal)).not.toMatch(/registration nu(?:m|mb|mbe)?\b|listing th\b/);
  });

  it('a recurring report is named without a space before its comma, and its occurrence in words', async () => {
    const team = said(DEMO_SUBSCRIBERS.legal);
    expect(team).toMatch(
      /Status report, describing the custody reviews held under paragraph 1 \(recurring\)/,
    );
    expect(team).not.toMatch(/\s,/);
    const out = await suite.run.deadlines('2026-04-02');
    expect(out).toMatch(/Status report, describing[^\n]*\(recurring, occurrence 1\)|occurrence 1\)/);
    expect(out).not.toMatch(/ #\d/);
  });

  it('Spanish and Arabic say the ends and periods docketwatch names in their words', () => {
    const es = said(SPANISH.email);
    const ar = said(ARABIC.email);
    expect(es).toMatch(/hasta que se dicte sentencia definitiva o hasta nueva orden del tribunal/);
    expect(ar).toMatch(/صدور الحكم النهائي أو صدور أمر آخر من المحكمة/);
    // Due when a period after an event ends: no article or preposition of a day before it.
    expect(es).toMatch(/vence 14 días después de que el tribunal de apelaciones emita su mandato/);
    expect(es).not.toMatch(/vence el 14 días/);
    expect(ar).toMatch(/تستحق بعد 14 يومًا من إصدار محكمة الاستئناف أمر إنفاذ حكمها/);
    expect(es).toMatch(/conferencia sobre el estado del caso por teléfono/);
    // The paper docketwatch names, translated; the court's description of it quoted.
    expect(es).toMatch(
      /informe sobre el estado del caso \(«describing the custody reviews held under paragraph 1»\)/,
    );
    expect(ar).toMatch(/تقرير عن سير القضية \(«⁦describing the custody reviews held under paragraph 1⁩»\)/);
    expect(ar).toMatch(/جلسة لمتابعة سير القضية عبر الهاتف/);
    for (const text of [es, ar]) {
      expect(text).not.toMatch(
        /«[^»]*(?:final judgment|further order|telephone status conference|issues its mandate)[^»]*»/i,
      );
    }
  });

  it('no Spanish or Arabic message shows docketwatch’s English terms outside a quotation', () => {
    const bad: string[] = [];
    for (const m of suite.rounds.mails.filter((x) => x.lang === 'es' || x.lang === 'ar'))
      for (const line of ownWords(m).split('\n'))
        if (ENGLISH_TERMS.test(line)) bad.push(`${m.lang} ${m.to}: ${line.trim()}`);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('a hearing on the motion is a motion hearing, in the CLI and in every language', async () => {
    const out = await suite.run.deadlines('2026-02-05');
    expect(out).toMatch(/hearing\s+motion hearing\s+2026-02-12 14:00/);
    expect(out).not.toMatch(/hearing\s+hearing\s/);
    expect(said(DEMO_SUBSCRIBERS.advocate)).toMatch(/February 12, 2026 at 2:00 PM[^\n]*: motion hearing/);
    expect(said(SPANISH.email)).toMatch(/audiencia sobre una moción/);
  });

  it('the advocate’s digest never says "no upcoming deadlines" while the response is due', () => {
    const digest = suite.rounds.rounds
      .filter((r) => r.day >= '2026-02-03' && r.day <= '2026-02-06')
      .flatMap((r) => r.mails)
      .filter((m) => m.to === DEMO_SUBSCRIBERS.advocate && m.kind === 'digest');
    expect(digest.length).toBeGreaterThan(0);
    for (const m of digest) {
      expect(m.text).not.toMatch(/No upcoming deadlines\./);
      expect(m.text).toMatch(/the lawyers’ filings: one is due on February 6, 2026 at 5:00 PM/);
    }
    const es = suite.rounds.rounds
      .filter((r) => r.day >= '2026-02-03' && r.day <= '2026-02-06')
      .flatMap((r) => r.mails)
      .filter((m) => m.to === SPANISH.email && m.kind === 'digest');
    for (const m of es) expect(m.text).not.toMatch(/No hay plazos próximos\./);
  });

  it('the interim stay ended by the denial of the same stay: every reader is told why', () => {
    expect(on('2026-02-20', DEMO_SUBSCRIBERS.legal)).toMatch(
      /Stay \(removal\) for Tamsin Okafor-Reyes and Dmitri Lalonde ended: the court denied the stay on February 20, 2026, the further order it lasted until\./,
    );
    expect(said(DEMO_SUBSCRIBERS.advocate)).toMatch(
      /The judge denied the stay, which ends the stay granted until further order of the court: it no longer protects/,
    );
    expect(said(SPANISH.email)).toMatch(
      /El tribunal denegó la suspensión, lo que pone fin a la que había concedido/,
    );
    expect(said(ARABIC.email)).toMatch(/رفضت المحكمة طلب الوقف/);
    expect(said(DEMO_SUBSCRIBERS.advocate)).not.toMatch(/The judge lifted the stay/);
  });

  it('the petition for certiorari is dated by its filing, November 30', () => {
    const team = said(DEMO_SUBSCRIBERS.legal);
    expect(team).toMatch(
      /A petition for a writ of certiorari was filed in the Supreme Court on November 30, 2026/,
    );
    expect(team).not.toMatch(/certiorari was filed in the Supreme Court on December 2, 2026/);
    expect(said(DEMO_SUBSCRIBERS.advocate)).toMatch(
      /asked the Supreme Court to hear the case on November 30, 2026/,
    );
  });

  it('an order ending reports another order already ended tells no "untracked" deadline', () => {
    const team = said(DEMO_SUBSCRIBERS.legal);
    expect(team).toMatch(/No longer due: Status report, describing/);
    expect(team).not.toMatch(/not tracking|Untracked deadline/i);
  });

  it('no message contradicts the stored posture of its day', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });
});
