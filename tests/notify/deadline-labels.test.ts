/**
 * Deadline labels as a property over every entry of the shared CM/ECF fixtures, read in docket
 * order as the deadline record reads them: each deadline's name, in English, Spanish and Arabic
 * (`deadlineIn`, the one labelling rule of messages, pages, calendars and the CLI), starts at a
 * word of the docket's text or with docketwatch's own name for the act, never points at an entry
 * with a bracketed number, never runs on past a sane length, and never keeps a word the extractor
 * lowered at its start ("fact Discovery", "jOINT"), and ends at a whole word of the text (never
 * "… listing th").
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { courtOf, dayOf, fixtureFiles, parseFixture, textOf } from '../../bench/labels/corpus.ts';
import { findCourt } from '../../src/courts.ts';
import { analyzeSequence } from '../../src/deadlines/extract/index.ts';
import { deadlineIn } from '../../src/notify/labels.ts';
import { describeShared, fixturesDir } from '../support/shared.ts';

/** Longest name a message or page shows for a deadline: the court's words are cut at a word before this. */
const MAX_LABEL = 200;
/** docketwatch's own first words of a name (the act it names, and the ones of a CM/ECF printed date). */
// docketwatch's own names: the paper it computes ("Response to ECF No. 3"), a brief named by its
// filer's role in the appeal ("Appellees' brief" for "Brief due … for appellees", duty16's names).
const OWN_FIRST_WORDS =
  /^(?:Response|Reply|Answer|Filing|Incomplete|Register|Self-surrender|(?:Appellant|Appellee)s?['’]s?(?=\s))/;

function everyDeadline(): { text: string; what: string; court: string }[] {
  const pacer = join(fixturesDir, 'pacer');
  const out: { text: string; what: string; court: string }[] = [];
  for (const fixture of fixtureFiles(pacer)) {
    const court = courtOf(fixture);
    for (const c of parseFixture(pacer, fixture).cases) {
      const rows = c.entries
        .map((e, i) => ({ i, e, text: textOf(e), day: dayOf(e) }))
        .filter((x): x is typeof x & { day: string } => Boolean(x.text && x.day));
      rows.sort((x, y) => (x.day === y.day ? x.i - y.i : x.day < y.day ? -1 : 1));
      const read = analyzeSequence(
        rows.map((x) => ({ number: x.e.number, dateFiled: x.day, text: x.text })),
        findCourt(court) ? { court } : {},
      );
      for (const [k, a] of read.entries())
        for (const d of a.deadlines) out.push({ text: rows[k]!.text, what: d.what, court });
    }
  }
  return out;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describeShared('every deadline is named as a person would name it', () => {
  it('over every fixture entry, in every language', () => {
    const all = everyDeadline();
    expect(all.length).toBeGreaterThan(150);
    const bad: string[] = [];
    for (const { text, what, court } of all) {
      const en = deadlineIn('en', what, court);
      // The first word of the name is a word of the docket's text, where a word starts there
      // (not "dER" from "ORDER", "'S NOTICE" from "CLERK'S NOTICE", "00 AM" from "10:00 AM").
      const first = /^[A-Za-z0-9][\w'’-]*/.exec(en)?.[0];
      const starts =
        first !== undefined &&
        (OWN_FIRST_WORDS.test(en) || new RegExp(`(?<![\\w'’]|\\d:)${literal(first)}`, 'i').test(text));
      if (!starts) bad.push(`starts mid-word: "${en}" in ${text.slice(0, 100)}`);
      // The last word of the court's words is a whole word of the docket's text (or the name says
      // it was cut, at a word): never "… listing th".
      // (docketwatch's own names — the act, an entry it points at — are not the court's words.)
      const core = what.replace(/(?:\s*\([^)]*\))+\s*$/, '');
      const last = /([A-Za-z0-9]+)[^A-Za-z0-9]*$/.exec(core)?.[1];
      const own = OWN_FIRST_WORDS.test(en) || /\[\d+\]$/.test(core);
      if (!own && last && !new RegExp(`(?<![A-Za-z0-9])${literal(last)}(?![A-Za-z0-9])`, 'i').test(text))
        bad.push(`ends mid-word: "${what}" in ${text.slice(0, 160)}`);
      for (const lang of ['en', 'es', 'ar'] as const) {
        const label = deadlineIn(lang, what, court);
        if (/\[\s*\d[\d-]*\s*\]/.test(label)) bad.push(`${lang} bracket: "${label}"`);
        if (label.length > MAX_LABEL) bad.push(`${lang} too long (${label.length}): "${label}"`);
        if (/(?:^|[\s«⁦])[a-z][A-Z]/.test(label)) bad.push(`${lang} lowered first letter: "${label}"`);
      }
    }
    expect(bad.slice(0, 15)).toEqual([]);
  }, 180_000);
});
