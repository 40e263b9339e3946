/**
 * Recurring duties told right, over every replay history the project keeps (tests/fixtures/replay/
 * and try-out 13's development histories in bench/tryouts/tryout13/), read as the deadline record
 * reads a case (`derive`, the batch path live ingest equals: posture-live-batch.test.ts):
 * - no false "Expected filing missing": an occurrence of a recurring duty left missing has no
 *   party's paper on the docket of the duty's kind (`askedType`/`paperType`) naming the duty's order
 *   (the order that set it, or one that changed its schedule), filed within half a period of that
 *   occurrence's day and not already counted for another occurrence of the duty;
 * - one duty, one series, one name: no two open recurring duties come from the same paragraph (or
 *   sentence) of one order with the same kind of paper, and none is named by its schedule alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/deadlines/calendar.ts';
import { classify } from '../../src/deadlines/extract/classify.ts';
import { askedType, paperType } from '../../src/deadlines/extract/filings.ts';
import { cleanDocketText } from '../../src/deadlines/extract/text.ts';
import type { EntryInput } from '../../src/deadlines/record/model.ts';
import { buildHistory } from '../../src/demo/history.ts';
import { derivedFor } from '../support/entry-inputs.ts';
import { projectRoot } from '../support/shared.ts';

const folders = [join(projectRoot, 'tests/fixtures/replay'), join(projectRoot, 'bench/tryouts/tryout13')];
const files = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dir, f)),
);

/** The history's entries as the record reads them: the district's by number, each appeal's as `appeal:<id>:<n>`, in docket order. */
function inputsOf(path: string): { key: string; entries: EntryInput[] } {
  const h = buildHistory(JSON.parse(readFileSync(path, 'utf8')), path);
  const all = [
    ...h.entries.map((e) => ({ e, appeal: null as null | { id: string; court: string }, at: e.publishedAt })),
    ...h.appeals.flatMap((a, i) =>
      a.entries.map((e) => ({ e, appeal: { id: String(i + 1), court: a.court }, at: e.publishedAt })),
    ),
  ].sort((x, y) => x.at - y.at);
  const entries = all.map(({ e, appeal }, row): EntryInput => {
    const number = e.number === null ? null : String(e.number);
    const key = appeal ? `appeal:${appeal.id}:${number}` : (number ?? `u:${e.dateFiled}:${row}`);
    return {
      key,
      id: key,
      number: appeal ? null : number,
      partial: false,
      dateFiled: e.dateFiled,
      text: e.text,
      documentText: 'documentText' in e ? (e.documentText ?? null) : null,
      position: { day: e.dateFiled, seq: null, number: appeal ? 0 : Number(number ?? 0), row },
      fingerprint: `${key}:${e.text}`,
      ...(appeal ? { appeal: appeal.court } : {}),
    };
  });
  return { key: `${h.court}:${h.docketNumber}`, entries };
}

/** The entry numbers a docket text names: "[24]", "ECF No. 24", "(Doc. 24)", "Dkt. 24". */
function citesOf(text: string): number[] {
  return [...text.matchAll(/\[(\d{1,5})\]|\b(?:ECF|Dkt\.?|Doc\.?|Docket)\s*(?:No\.?\s*)?(\d{1,5})\b/gi)].map(
    (m) => Number(m[1] ?? m[2]),
  );
}

const periodDays = (every: number, unit: string) =>
  every * (unit === 'weeks' ? 7 : unit === 'months' ? 30 : 1);

for (const path of files) {
  const name = path.slice(projectRoot.length + 1);
  describe(name, () => {
    const { key, entries } = inputsOf(path);
    const last = entries.reduce((m, e) => (e.dateFiled > m ? e.dateFiled : m), '');
    const derived = derivedFor(key, entries, last);
    const duties = [...derived.tracker.state.deadlines.values()].filter(
      (d) => d.recurrence && d.review !== 'dismissed',
    );
    const numberOf = (id: string) => derived.entryKeyOf(id);

    it('no occurrence is reported missing while a paper of its kind naming its order was filed in its period', () => {
      const wrong: string[] = [];
      for (const d of duties) {
        const kind = askedType(d.what);
        if (!kind) continue;
        const orders = new Set(
          [d.setBy.entry, ...d.repeatedBy.map((p) => p.entry), ...d.history.map((h) => h.entry ?? '')]
            .map(numberOf)
            .filter((k) => /^\d+$/.test(k))
            .map(Number),
        );
        const half = Math.floor(periodDays(d.recurrence!.every, d.recurrence!.unit) / 2);
        const used = new Set(d.recurrence!.occurrences.map((o) => o.satisfiedBy?.entry).filter(Boolean));
        for (const o of d.recurrence!.occurrences) {
          if (o.state !== 'missing') continue;
          const paper = entries.find((e) => {
            if (e.appeal || used.has(e.id)) return false;
            const text = cleanDocketText(e.text);
            if (classify(text).isCourtAct) return false;
            return (
              paperType(text) === kind &&
              citesOf(text).some((n) => orders.has(n)) &&
              Math.abs(daysBetween(o.due, e.dateFiled)) <= half
            );
          });
          if (paper)
            wrong.push(
              `${d.what} (set by ${numberOf(d.setBy.entry)}), occurrence ${o.index} due ${o.due}: ${paper.key} ${paper.text.slice(0, 100)}`,
            );
        }
      }
      expect(wrong).toEqual([]);
    });

    it('every recurring duty is named by the paper it asks for', () => {
      const unnamed = duties.filter((d) => !/[a-z]/i.test(d.what.replace(/\(recurring\)/i, '')));
      expect(unnamed.map((d) => `${d.what} (set by ${numberOf(d.setBy.entry)})`)).toEqual([]);
    });

    it('one duty of an order is one series', () => {
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const d of duties) {
        if (d.state !== 'open') continue;
        const where = `${numberOf(d.setBy.entry)} ${d.paragraph ?? d.setBy.words} ${askedType(d.what)}`;
        const before = seen.get(where);
        if (before) twice.push(`${before} / ${d.what} (set by ${numberOf(d.setBy.entry)})`);
        else seen.set(where, d.what);
      }
      expect(twice).toEqual([]);
    });
  });
}
