/**
 * Case names and docket numbers as court feeds and notices print them, made comparable with the
 * other sources: the RSS feed says "1:97-cv-07285-DLI-RML USA v. Capasso, et al", a docket report
 * says "1:97-cv-07285" and "United States v. Capasso". The rules are juriscraper's (so both agree
 * on the same case), written for the format, not for any one court.
 */

/** `1:20-cv-00065` inside a longer token such as `1:20-cv-00065-ERE-2` or `NYE/1:20-cv-00065`. */
const DISTRICT_NUMBER = /\b(\d{1,2}:\d{2}-[a-zA-Z]{1,4}-\d{1,10})/;
/** Bankruptcy and appellate: `23-14130`, `1-23-01071` (office prefix), `22-3054`, `11-8`. */
const SHORT_NUMBER = /(?:^|[\s/])((?:\d-)?\d{2}-\d{1,8})(?![\d:])/;

/**
 * The docket number without judge initials or defendant numbers; `null` when the text has none.
 * Numbers of another shape (`MDL No. 2967`) are returned as written.
 */
export function normalizeDocketNumber(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (text === '') return null;
  const district = DISTRICT_NUMBER.exec(text);
  if (district) return district[1]!;
  const short = SHORT_NUMBER.exec(text);
  if (short) return short[1]!;
  return /\d/.test(text) ? text : null;
}

/** A docket number at the start of `text`, for titles like `1:18-cv-03365 Chau v. Donovan`. */
export function leadingDocketNumber(text: string): string | null {
  const first = text.trim().split(/\s+/, 1)[0] ?? '';
  const district = DISTRICT_NUMBER.exec(first);
  if (district) return district[1]!;
  const short = /^((?:\d-)?\d{2}-\d{1,8})(?:-[A-Za-z0-9]+)*$/.exec(first);
  return short ? short[1]! : null;
}

const UNITED_STATES =
  /^(?:USA|U\.S\.A\.|U\.S\.?|U\. S\.?|(?:The )?United States of America|The United States)(?:,|\.)?$/i;
const THE_STATE = /^the state$/i;
const ET_AL = /,?\set\.?\sal\.?/gi;
const PARTY_ROLE = new RegExp(
  `^(?:${[
    'appell(?:ee|ant)s?',
    'claimants?',
    'complainants?',
    'defendants?',
    'defendants?(?:--?|/)appell(?:ee|ant)s?',
    'devisee',
    'executor',
    'executrix',
    'pet(?:\\.|itioner)s?',
    'petitioners?(?:--?|/)appell(?:ee|ant)s?',
    'petitioners?(?:--?|/)defendants?',
    'plaintiffs?',
    'plaintiffs?(?:--?|/)appell(?:ee|ant)s?',
    'respond(?:e|a)nts?',
    'respond(?:e|a)nts?(?:--?|/)appell(?:ee|ant)s?',
    'cross(?:--?|/)respondents?',
    'crosss?(?:--?|/)petitioners?',
    'cross(?:--?|/)appell(?:ees|ant)s?',
    'deceased',
  ].join('|')})(?:,|\\.)?$`,
  'i',
);

/** A cheap test first: most names have no party label, and the word-by-word pass is slow. */
const MAY_HAVE_ROLE =
  /appell|claimant|complainant|defendant|devisee|executor|executrix|pet|plaintiff|respond|cross|deceased/i;

/**
 * A case name in its comparable form: "vs." → "v.", forms of "United States of America" →
 * "United States", "et al" and party labels ("Plaintiff", "Appellee") dropped, stray punctuation
 * trimmed from each side of the "v.".
 */
export function harmonizeCaseName(raw: string): string {
  let text = ` ${raw} `
    .replace(/\svs\.\s/g, ' v. ')
    .replace(/\sV\.\s/g, ' v. ')
    .replace(/ v (?=\S)/g, ' v. ')
    .replace(/ vs (?=\S)/g, ' v. ');
  text = MAY_HAVE_ROLE.test(text)
    ? text
        .split(/\s+/)
        .filter((w) => w !== '')
        .map((w) => (PARTY_ROLE.test(w) ? '' : w))
        .join(' ')
    : text.trim().replace(/\s+/g, ' ');
  text = text
    .split(' v. ')
    .map((fragment) => {
      const f = fragment.trim();
      if (UNITED_STATES.test(f)) return 'United States';
      if (THE_STATE.test(f)) return 'State';
      return f === 'US' ? 'United States' : f;
    })
    .join(' v. ');
  text = text.replace(ET_AL, '');
  if (/^Nos?\./.test(text)) text = text.replace(/^Nos?\.\s+/, '');
  return cleanCaseName(text);
}

const BAD_EDGES = /^[-–_/;,\s]+|[-–_/;,\s]+$/g;

function cleanCaseName(s: string): string {
  const text = s
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[*#;]/g, '')
    .split(' v. ')
    .map((fragment) => fragment.replace(BAD_EDGES, ''))
    .join(' v. ');
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
