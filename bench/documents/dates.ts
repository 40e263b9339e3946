/** The dates a text writes ("January 29, 2009", "2/2/09"), spaced and punctuated alike, in order. */
export function datesIn(text: string): string[] {
  const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
  const date = new RegExp(
    `\\b${month}\\s+\\d{1,2},?\\s+\\d{4}\\b|(?<![\\d/])\\d{1,2}/\\d{1,2}/\\d{2,4}(?![\\d/])`,
    'g',
  );
  return [...text.matchAll(date)].map((m) => m[0].replace(/[\s,]+/g, ' '));
}
