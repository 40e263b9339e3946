/**
 * A large CM/ECF district docket report in the court's own format, for tests and benches that need
 * a real-sized page (a backfill of thousands of entries): a real report's page — its header,
 * parties, the entries table's head and the receipt at its foot — around `entries` rows drawn
 * (seeded) from that report's own rows, renumbered 1…N, re-dated in order (a new day every few
 * entries, "(Entered: …)" with it) and each given a document id of its own. Same arguments, same
 * bytes.
 */

/** A row of the entries table starts a line with its "Date Filed" cell. */
const ROW_START = /^<tr><td[^>]*>\d\d\/\d\d\/\d{4}<\/td>/;

export interface DocketReportOptions {
  /** A district docket report (`DktRpt.pl` HTML) whose page and rows the report is made of. */
  template: string;
  entries: number;
  seed: number;
}

export function generatedDocketReport({ template, entries, seed }: DocketReportOptions): string {
  const lines = template.split('\n');
  const first = lines.findIndex((l) => ROW_START.test(l));
  if (first < 0) throw new Error('the template has no docket entry rows');
  const starts = lines.flatMap((l, i) => (ROW_START.test(l) ? [i] : []));
  const afterLast = starts.at(-1)!;
  const end = lines.findIndex((l, i) => i > afterLast && /^(?:<\/tbody>)?<\/table>/.test(l));
  if (end < 0) throw new Error("the template's entries table does not end");
  const rows = starts.map((s, k) => lines.slice(s, k + 1 < starts.length ? starts[k + 1] : end).join('\n'));
  const rand = mulberry32(seed);
  const day0 = Date.UTC(2017, 5, 15);
  const out: string[] = [];
  for (let n = 1; n <= entries; n++) {
    const row = rows[Math.floor(rand() * rows.length)]!;
    const d = new Date(day0 + Math.floor(n / 3) * 86_400_000);
    const date = `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
    out.push(renumbered(row, n, date));
  }
  return [...lines.slice(0, first), ...out, ...lines.slice(end)].join('\n');
}

/** The row as entry `n` filed on `date`: its date cell, its number, its own document's id, "(Entered: …)". */
function renumbered(row: string, n: number, date: string): string {
  const docId = String(10_000_000_000 + n).padStart(11, '0');
  return row
    .replace(/^(<tr><td[^>]*>)\d\d\/\d\d\/\d{4}/, `$1${date}`)
    .replace(
      /^(<tr><td[^>]*>[^<]*<\/td><td[^>]*>)(?:<a href="([^"]*\/doc1\/)\d+"([^>]*?)'\/doc1\/\d+'([^>]*)>\d+<\/a>|\d+)/,
      (_m, cell: string, href?: string, mid?: string, rest?: string) =>
        href === undefined
          ? `${cell}${n}`
          : `${cell}<a href="${href}${docId}"${mid}'/doc1/${docId}'${rest}>${n}</a>`,
    )
    .replace(/\(Entered: \d\d\/\d\d\/\d{4}\)/g, `(Entered: ${date})`);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** mulberry32: a small seeded PRNG, so the same seed gives the same report. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
