/**
 * Judge names as CM/ECF pages print them ("Magistrate Judge Anthony P. Patti", "WILLIAM L. OSTEEN,
 * JR", "Katherine A. Crytzer, U.S. District Judge"), normalized one way for every parser (district
 * and history reports, appellate dockets). The rules are juriscraper's, so that both agree on the
 * same page; where we would write a name differently, the corpus allow-list says so.
 */
import { cleanOrNull } from './common.ts';

const SMALL_WORD = /^(a|an|and|as|at|but|by|en|for|if|in|is|of|on|or|the|to|v\.?|via|vs\.?)$/i;
const BIG_WORD = /^(II|III|IV|JJ|JR|SR|USA|US)[.,]?$/i;
const TITLE_WORDS = new Set([
  'judge',
  'magistrate',
  'district',
  'chief',
  'senior',
  'bankruptcy',
  'mag.',
  'magistrate-judge',
  'mag/judge',
  'mag',
  'visiting',
  'special',
  'senior-judge',
  'master',
  'u.s.magistrate',
]);
const NOT_NAME_WORDS = new Set([
  'hon',
  'honorable',
  'unassigned',
  'none',
  'clerk',
  'duty',
  'unknown',
  'usdc',
]);

/** Title-case one lower-case word the way names are written (O'Grady, McDonald, III, v.). */
function titleWord(word: string, first: boolean): string {
  if (/^[dol]'[a-z]+$/i.test(word)) return word.slice(0, 3).toUpperCase() + word.slice(3);
  if (/[a-z]\.[a-z]/i.test(word)) {
    return word
      .split('.')
      .map((p) => (p.length === 1 ? p.toUpperCase() : p))
      .join('.');
  }
  if (!first && SMALL_WORD.test(word)) return word;
  if (BIG_WORD.test(word) && !/^(jr|sr)/i.test(word)) return word.toUpperCase();
  const mac = /^(ma?c)(\w+.*)$/i.exec(word);
  if (mac && word !== 'mack' && word !== 'machine') return cap(mac[1]!) + cap(mac[2]!);
  return word
    .split('-')
    .map((part) => part.replace(/^([^A-Za-z]*)([a-z])/, (_m, p: string, c: string) => p + c.toUpperCase()))
    .join('-');
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A judge's name as PACER prints it, normalized: titles ("Magistrate Judge") and honorifics
 * dropped, initials given periods, "Jr"/"Sr" given periods and no comma. A name the court wrote in
 * mixed case keeps the court's spelling ("J. Randal Hall", "John A Kazen" → "John A. Kazen",
 * "DuBose"); only an all-capitals or all-lower-case name is re-cased, by juriscraper's rules, so the
 * two agree on such pages. Where the court's spelling differs from juriscraper's re-casing, the
 * corpus allow-list says so.
 */
export function normalizeJudgeName(raw: string): string | null {
  const words = raw
    .replace(/,/g, '')
    .split(/\s+/)
    .filter((word) => {
      const w = word.toLowerCase();
      if (w === '' || /[()]/.test(w) || /^[-~]/.test(w)) return false;
      if (NOT_NAME_WORDS.has(w) || TITLE_WORDS.has(w)) return false;
      return !(w.length > 2 && w.includes('.') && w !== 'jr.' && w !== 'sr.');
    });
  // Suffixes ("Jr", "III") and titles do not count: "ANNA B. CARTER, Jr." is an all-capitals name.
  const nameWords = words.filter((w) => !/^(jr|sr|ii|iii|iv)\.?$/i.test(w));
  const mixedCase = nameWords.some((w) => /[a-z]/.test(w)) && nameWords.some((w) => /[A-Z]/.test(w));
  const out: string[] = [];
  words.forEach((word, i) => {
    let w = mixedCase ? word : titleWord(word.toLowerCase(), i === 0);
    if (/^[a-z]$/i.test(w)) w = `${w.toUpperCase()}.`;
    if (/^(jr|sr)$/i.test(w)) w = `${cap(w.toLowerCase())}.`;
    // All capitals: "J. MICHAEL SMITH" (a stray "J." for "Judge") → "Michael Smith"; "J. G. SMITH" keeps it.
    if (!mixedCase && i === 0 && /^j\.?$/i.test(w)) {
      const next = words[i + 1] ?? '';
      if (!(next.length === 1 || (next.length === 2 && next.endsWith('.')))) return;
    }
    out.push(w);
  });
  const last = out.length - 1;
  if (!mixedCase && last > 0 && SMALL_WORD.test(out[last]!)) out[last] = cap(out[last]!);
  return cleanOrNull(out.join(' '));
}
