/**
 * Cleaning what courts' PDFs carry around the words: the CM/ECF stamp on every page ("Case
 * 2:17-cv-11910 Document 87 Filed 07/24/17 Page 3 of 35", and the courts of appeals' forms of it),
 * pleading-paper line numbers in the margin, and words hyphenated across lines. The same cleaning
 * applies to any reading of a page (pdfjs, pdftotext, OCR), so readings can be compared.
 */

const DOCKET = String.raw`(?:\d{1,2}:\d{2}-[a-z]{2,4}-\d{2,6}(?:-[A-Za-z0-9]+)*|\d{2}-\d{2,6}(?:-[A-Za-z]{1,4})?)`;
const DATE = String.raw`\d{1,2}\/\d{1,2}\/\d{2,4}`;

/** One field of a page stamp; fields may run together ("SBADocument 26") when stamps overlap. */
const FIELD = [
  String.raw`(?:Appellate\s+)?Case:?\s*${DOCKET}`,
  String.raw`Appeal:\s*${DOCKET}`,
  'Case',
  DOCKET,
  String.raw`Doc(?:ument)?(?:\s*(?:No\.?|#))?:?\s*[\d-]+`,
  'Document',
  String.raw`ECF\s+No\.?\s*\d+`,
  String.raw`(?:Date\s+)?Filed:?\s*${DATE}`,
  'Filed',
  DATE,
  String.raw`P(?:ages?|g)\.?:?\s*\d+(?:\s*of\s*\d+)?`,
  String.raw`Page\s*ID\s*\.?\s*#?:?\s*\d+`,
  'Page',
  String.raw`(?:of\s*)?\d+\s*of\s*\d+`,
  String.raw`(?:Entry\s+)?ID:?\s*\d+`,
  String.raw`DktEntry:?\s*\d+`,
].join('|');

const STAMP_RUN = new RegExp(String.raw`(?:(?:${FIELD})[\s,;]*){2,}`, 'gi');
const STARTS = /(?:^|\s)(?:(?:Appellate\s+)?Case|Appeal)\b/i;
const HAS_DOCKET = new RegExp(DOCKET, 'i');
const HAS_PLACE = /\b(?:P(?:ages?|g)\b|Filed\b|DktEntry|Entry\s+ID|Document|Doc:|ECF\s+No)/i;

/** One stamp field with its value alone on a line ("Page: 7", "Entry ID: 6390389"). */
const LONE_FIELD = new RegExp(
  String.raw`^(?:(?:Appellate\s+)?Case:\s*${DOCKET}|Doc(?:ument)?:\s*[\d-]+|(?:Date\s+)?Filed:\s*${DATE}|P(?:ages?|g):\s*\d+(?:\s+of\s+\d+)?|Entry\s+ID:\s*\d+|DktEntry:\s*\d+)$`,
  'i',
);
const HAS_DATE_OR_ID = new RegExp(String.raw`${DATE}|Entry\s+ID|DktEntry`, 'i');

/**
 * Drop the page stamp from a page's lines, even when a reading split its fields over several lines
 * or put them apart (pdftotext reads "Case: 20-1507 Document: 3 Page: 5" and "Date Filed: … Entry
 * ID: …" as separate blocks). A run of stamp fields that names the case and a page or filing is a
 * stamp; once a page has one, leftover runs of its fields (a date, an entry id) go too.
 */
export function dropStamps(lines: string[]): string[] {
  const joined = lines.join('\n');
  let found = false;
  let text = joined.replace(STAMP_RUN, (run) => {
    if (STARTS.test(run) && HAS_DOCKET.test(run) && HAS_PLACE.test(run)) {
      found = true;
      return '\n';
    }
    return run;
  });
  if (!found) return lines;
  text = text.replace(STAMP_RUN, (run) => (HAS_DATE_OR_ID.test(run) ? '\n' : run));
  return text
    .split('\n')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '' && !LONE_FIELD.test(l));
}

/** A margin line number: a bare small integer, alone or leading the line. */
const MARGIN_NUMBER = /^(\d{1,2})(?:\s+|$)/;

/**
 * Pleading paper numbers its lines 1–28 in the margin. When a page has at least eight lines that
 * start with a bare number and those numbers mostly rise, they are margin numbers: removed.
 */
export function dropLineNumbers(lines: string[]): string[] {
  const numbered = lines
    .map((l, i) => ({ i, n: MARGIN_NUMBER.exec(l) }))
    .filter((x): x is { i: number; n: RegExpExecArray } => x.n !== null && Number(x.n[1]) <= 40);
  if (numbered.length < 8) return lines;
  let rising = 0;
  for (let k = 1; k < numbered.length; k++)
    if (Number(numbered[k]!.n[1]) > Number(numbered[k - 1]!.n[1])) rising++;
  if (rising < 0.7 * (numbered.length - 1)) return lines;
  const drop = new Set(numbered.map((x) => x.i));
  return lines.map((l, i) => (drop.has(i) ? l.replace(MARGIN_NUMBER, '') : l)).filter((l) => l.trim() !== '');
}

/**
 * Join words split across lines ("Okla-" / "homa's"). The hyphen is kept when the document writes
 * the word with a hyphen elsewhere ("non-expert"), dropped otherwise.
 */
export function joinHyphenated(pages: string[][]): string[][] {
  const known = new Set<string>();
  const hyphenated = new Set<string>();
  for (const lines of pages)
    for (const line of lines)
      for (const w of line.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []) {
        if (w.includes('-')) hyphenated.add(w);
        else known.add(w);
      }
  return pages.map((page) => {
    const lines = [...page];
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i]!;
      while (i + 1 < lines.length) {
        const m = /([\p{L}]+)-$/u.exec(line);
        const next = /^([\p{Ll}][\p{L}'’]*)(.*)$/u.exec(lines[i + 1]!);
        if (!m || !next) break;
        const head = m[1]!;
        const tail = next[1]!;
        const bare = tail.replace(/['’].*$/, '');
        const keep =
          hyphenated.has(`${head}-${bare}`.toLowerCase()) && !known.has(`${head}${bare}`.toLowerCase());
        line = `${line.slice(0, keep ? line.length : -1)}${tail}`;
        const rest = next[2]!.trim();
        if (rest === '') {
          i++;
          continue;
        }
        lines[i + 1] = rest;
        break;
      }
      out.push(line);
    }
    return out;
  });
}

/** Letter-spaced titles ("O R D E R") as words. */
export function joinSpacedLetters(line: string): string {
  return line.replace(/(?<!\S)\p{L}(?: \p{L}){2,}(?!\S)/gu, (run) => run.replace(/ /g, ''));
}

/** The cleaning every reading of a document gets: stamps, margin numbers, spaced letters, hyphenation. */
export function cleanPages(pages: string[][]): string[][] {
  const lines = pages.map((p) =>
    dropLineNumbers(dropStamps(p.map((l) => joinSpacedLetters(l.normalize('NFKC').trim())))),
  );
  return joinHyphenated(lines);
}

/** Text as words for comparing readings: case-folded letters and digits. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * How much of `reference` a reading recalls, and how well two readings agree: words are compared
 * as multisets (order-free), so a different reading order does not count against a reading.
 */
export function compareWords(reading: string[], reference: string[]): { recall: number; agreement: number } {
  const counts = new Map<string, number>();
  for (const w of reference) counts.set(w, (counts.get(w) ?? 0) + 1);
  let matched = 0;
  for (const w of reading) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      matched++;
      counts.set(w, c - 1);
    }
  }
  const recall = reference.length === 0 ? 1 : matched / reference.length;
  const larger = Math.max(reading.length, reference.length);
  return { recall, agreement: larger === 0 ? 1 : matched / larger };
}
