/**
 * Case names and docket numbers as court feeds and notices print them, made comparable with the
 * other sources: the RSS feed says "1:97-cv-07285-DLI-RML USA v. Capasso, et al", a docket report
 * says "1:97-cv-07285" and "United States v. Capasso". The rules are juriscraper's (so both agree
 * on the same case), written for the format, not for any one court.
 */

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
