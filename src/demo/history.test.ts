/**
 * The replay format (docs/replay.md, replay.schema.json): the bundled history still validates and
 * builds as before, a minimal file is enough, and a wrong file is refused with messages that name
 * the field, the line and the entry.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { hamamaHistory, loadHistory, publicationTimes, ReplayFileError } from './history.ts';

const dir = mkdtempSync(join(tmpdir(), 'dw-history-'));
let files = 0;

/** Write `value` (pretty-printed, as a person would) and load it. */
function load(value: unknown, text = JSON.stringify(value, null, 2)) {
  const path = join(dir, `h${files++}.json`);
  writeFileSync(path, text);
  return loadHistory(path);
}

/** The problems `load` reports, or a failure if it accepts the file. */
function problems(value: unknown, text?: string): string[] {
  try {
    load(value, text);
  } catch (err) {
    expect(err).toBeInstanceOf(ReplayFileError);
    expect(err).toBeInstanceOf(InputError);
    return (err as ReplayFileError).problems;
  }
  throw new Error('the file was accepted');
}

const minimal = {
  court: 'azd',
  docketNumber: '2:20-cv-00100',
  caseName: 'Example v. Sample',
  dateFiled: '2020-03-02',
  entries: [
    {
      number: 1,
      dateFiled: '2020-03-02',
      time: '09:15',
      shortDescription: 'Complaint',
      text: 'COMPLAINT filed by Example. (Doe, Jane) (Entered: 03/02/2020)',
    },
  ],
};

describe('the bundled Hamama v. Adducci history', () => {
  it('validates, and builds as it did before the format was public: Detroit time, one appeal, the same ids', () => {
    const h = hamamaHistory();
    expect(h.court).toBe('mied');
    expect(h.zone).toBe('America/Detroit');
    expect(h.appeals.map((a) => [a.court, a.docketNumber, a.zone])).toEqual([
      ['ca6', '17-2171', 'America/New_York'],
    ]);
    for (const e of [...h.entries, ...h.appeals[0]!.entries]) {
      expect(e.publishedAt).toBe(
        DateTime.fromISO(`${e.dateFiled}T${e.time}`, { zone: 'America/Detroit' }).toMillis(),
      );
    }
    const order32 = h.entries.find((e) => e.number === 32)!;
    expect(order32.docId).toBe('09709700224');
    expect(h.appeals[0]!.entries.find((e) => e.number === 91)!.docId).toBe('006012501001');
    expect(h.feed).toEqual(['orders', 'opinions', 'judgments', 'minute entries', 'appeals']);
    expect(publicationTimes(h).length).toBeGreaterThan(30);
  });
});

describe('the public format', () => {
  it('documents every field of the schema in docs/replay.md', () => {
    const schema = JSON.parse(readFileSync(new URL('./replay.schema.json', import.meta.url), 'utf8'));
    const doc = readFileSync(new URL('../../docs/replay.md', import.meta.url), 'utf8');
    const fields = new Set<string>();
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      for (const name of Object.keys(properties ?? {})) fields.add(name);
      for (const child of Object.values(node)) visit(child);
    };
    visit(schema);
    expect(fields.size).toBeGreaterThan(30);
    expect([...fields].filter((f) => !doc.includes(`\`${f}\``))).toEqual([]);
  });
});

describe('a minimal history', () => {
  it('needs only the court, the number, the name, the filing day and the entries; the zone is the court table’s', () => {
    const h = load(minimal);
    expect(h.zone).toBe('America/Phoenix');
    expect(h.courtName).toBe('U.S. District Court for the District of Arizona');
    expect(h.appeals).toEqual([]);
    expect(h.docketNumberFull).toBe('2:20-cv-00100');
    expect(h.pacerCaseId).toBe('2000100');
    // 09:15 in Phoenix (no daylight saving) is 16:15 UTC.
    expect(new Date(h.entries[0]!.publishedAt).toISOString()).toBe('2020-03-02T16:15:00.000Z');
  });

  it('takes several appeals, each published in its own court’s zone and ordered by docketing', () => {
    const appeal = (court: string, docketNumber: string, dateFiled: string) => ({
      court,
      docketNumber,
      dateFiled,
      entries: [{ number: 1, dateFiled, time: '10:00', text: 'Case docketed. (XX)' }],
    });
    const h = load({
      ...minimal,
      appeals: [appeal('cafc', '20-2001', '2020-06-01'), appeal('ca9', '20-15001', '2020-05-01')],
    });
    expect(h.appeals.map((a) => [a.court, a.zone])).toEqual([
      ['ca9', 'America/Los_Angeles'],
      ['cafc', 'America/New_York'],
    ]);
    expect(new Date(h.appeals[0]!.entries[0]!.publishedAt).toISOString()).toBe('2020-05-01T17:00:00.000Z');
    expect(new Date(h.appeals[1]!.entries[0]!.publishedAt).toISOString()).toBe('2020-06-01T14:00:00.000Z');
    expect(h.appeals[0]!.originatingCourt.caseNumber).toBe('2:20-cv-00100');
    expect(new Set(h.appeals.flatMap((a) => a.entries.map((e) => e.docId))).size).toBe(2);
  });
});

describe('fields the format does not know', () => {
  it('are ignored, so a file with notes of its own stays valid, but each is named with its line (a misspelling would otherwise vanish)', () => {
    const h = load({
      ...minimal,
      notes: 'my own',
      entries: [{ ...minimal.entries[0]!, documnetText: 'ORDER …' }],
    });
    expect(h.warnings).toEqual([
      'line 16, notes: not a field of the replay format; ignored',
      'line 13, entries[0].documnetText: not a field of the replay format; ignored (No. 1, filed 2020-03-02)',
    ]);
    expect(h.entries[0]!.documentText).toBeUndefined();
    expect(hamamaHistory().warnings).toEqual([]);
  });
});

describe('a history docketwatch cannot use', () => {
  it('names the field, its line and the entry when a value has the wrong form', () => {
    const bad = structuredClone(minimal);
    bad.entries.push({ ...bad.entries[0]!, number: 2, dateFiled: '03/04/2020' });
    const [p, ...rest] = problems(bad);
    expect(rest).toEqual([]);
    expect(p).toBe(
      'line 16, entries[1].dateFiled: expected a court date, YYYY-MM-DD, got "03/04/2020" (No. 2, filed 03/04/2020)',
    );
  });

  it('lists every problem at once: missing fields, wrong types, unknown values', () => {
    const { caseName: _, ...bad } = structuredClone(minimal);
    const entry = bad.entries[0] as Record<string, unknown>;
    entry.number = '1';
    entry.time = '9:15';
    delete entry.text;
    const found = problems({ ...bad, feed: ['orders', 'motions'] });
    expect(found).toEqual(
      expect.arrayContaining([
        'line 1, caseName: missing',
        'line 6, entries[0].text: missing (filed 2020-03-02)',
        expect.stringMatching(
          /^line 7, entries\[0\]\.number: expected the docket number; null for an unnumbered entry.*, got "1"/,
        ),
        expect.stringMatching(
          /^line 9, entries\[0\]\.time: expected a time of day in the court's zone, HH:MM \(24-hour\), got "9:15"/,
        ),
        expect.stringMatching(/^line \d+, feed: expected what the court's RSS feed carries/),
      ]),
    );
    expect(found).toHaveLength(5);
  });

  it('refuses a court the court table does not know, or of the wrong kind, and says which', () => {
    expect(problems({ ...minimal, court: 'zzd' })).toEqual([
      `line 2, court: "zzd" is not a court in docketwatch's court table (src/courts.ts)`,
    ]);
    expect(problems({ ...minimal, court: 'jpml' })[0]).toMatch(
      /^line 2, court: "jpml" is .*Multidistrict Litigation; the case's court is a district or bankruptcy court$/,
    );
    const appeal = {
      court: 'ca99',
      docketNumber: '20-1',
      dateFiled: '2020-05-01',
      entries: [{ number: 1, dateFiled: '2020-05-01', time: '10:00', text: 'Docketed.' }],
    };
    expect(problems({ ...minimal, appeal })[0]).toMatch(
      /^line \d+, appeal\.court: "ca99" is not a court of appeals/,
    );
  });

  it('refuses dates that do not exist, numbers used twice, and an appeal given both ways', () => {
    const bad = structuredClone(minimal);
    bad.entries.push({ ...bad.entries[0]!, dateFiled: '2020-02-30' });
    expect(problems(bad)).toEqual([
      'line 14, entries[1]: 2020-02-30 09:15 is not a date and time that exists (No. 1, filed 2020-02-30)',
      'line 15, entries[1].number: No. 1 is used twice (also entries[0]) (No. 1, filed 2020-02-30)',
    ]);
    const appeal = {
      court: 'ca9',
      docketNumber: '20-1',
      dateFiled: '2020-05-01',
      entries: [{ number: 1, dateFiled: '2020-05-01', time: '10:00', text: 'Docketed.' }],
    };
    expect(problems({ ...minimal, appeal, appeals: [appeal] })).toEqual([
      'line 1, give either "appeal" (one appeal) or "appeals" (a list), not both',
    ]);
  });

  it('says a list that must not be empty is empty', () => {
    expect(problems({ ...minimal, entries: [] })).toEqual(['line 6, entries: needs at least 1 item']);
  });

  it('says where a file is not JSON, and what it cannot read', () => {
    expect(problems(null, '{\n  "court": "azd",\n  "entries": [,]\n}')[0]).toMatch(/^not JSON at line 3: /);
    expect(() => loadHistory(join(dir, 'absent.json'))).toThrow(
      /cannot read the replay history .*absent\.json/,
    );
  });
});
