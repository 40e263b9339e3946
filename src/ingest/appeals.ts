/**
 * What a docket says about its appeals, as link claims (`db/case-links.ts`): an appellate docket's
 * originating case (its "Originating Court Information", or an entry saying "Originating Case
 * Number: 2:17-cv-11910"), and a district entry naming its appeal ("USCA Case Number 17-2171",
 * "Court of Appeals Docket No. 18-31050", "Sixth Circuit Case No. 17-2171"; the court of appeals
 * is the district's circuit, or the Federal Circuit when the entry says so). Read from the cases
 * ingest took (tracked), never from the rest of a court feed.
 */
import type { LinkClaim } from '../../db/case-links.ts';
import { findCourt } from '../courts.ts';
import { caseKey, extractDocketNumber, normalizeCourt, normalizeDocketNumber } from '../model/case-key.ts';
import type { ParseResult } from '../model/docket.ts';

const ORIGINATING =
  /\bOriginating\s+(?:Case|Docket)\s+(?:Number|No\.?|#)\s*:?\s*([0-9][0-9A-Za-z:-]{4,40})/gi;
/** A district court's civil or criminal number, as an appellate entry may quote it ("2:17-cv-11910"). */
const DISTRICT_NUMBER = /\b(?:\d{1,2}:)?\d{2}-(?:cv|cr|mc|mj|md)-\d{2,6}\b/gi;
/** Cheap first look: most entries name no court of appeals at all. */
const MENTIONS_APPEAL = /USCA|U\.S\.C\.A|Appeals|Circuit/i;
const APPEAL_NUMBER =
  /\b(USCA|U\.S\.C\.A\.|Court\s+of\s+Appeals|Circuit)\s+(?:(?:Case|Docket|Appeal)\s+)?(?:Number|No\.?|#)\s*:?\s*(\d{2}-\d{1,5})\b/gi;

/** The claims the result's taken cases make; `ignored` are the keys ingest did not take. */
export function appealClaims(result: ParseResult, ignored: ReadonlySet<string>): LinkClaim[] {
  const court = normalizeCourt(result.court);
  if (!court || !result.isDocket) return [];
  const type = findCourt(court)?.type;
  const claims: LinkClaim[] = [];
  const seen = new Set<string>();
  const add = (c: LinkClaim) => {
    const key = `${c.appealCourt}|${c.appealDocket}|${c.originCourt}|${c.originDocket}`;
    if (seen.has(key) || (c.appealCourt === c.originCourt && c.appealDocket === c.originDocket)) return;
    seen.add(key);
    claims.push(c);
  };
  for (const c of result.cases) {
    const docket = normalizeDocketNumber(c.docketNumber);
    if (!docket || ignored.has(caseKey(court, docket))) continue;
    if (type === 'appellate') {
      const origin = normalizeDocketNumber(c.originatingCourt?.docketNumber);
      if (origin)
        add({
          appealCourt: court,
          appealDocket: docket,
          originCourt: normalizeCourt(c.originatingCourt?.court),
          originDocket: origin,
          seenIn: 'appellate-docket',
        });
      // An appellate feed's item names no originating case; its text may carry the district case's
      // number ("re 2:17-cv-11910"). One such number across the entries is the origin; several are
      // not read (an order can cite other cases).
      const named = new Set<string>();
      for (const e of c.entries) {
        for (const m of `${e.shortDescription ?? ''} ${e.description}`.matchAll(DISTRICT_NUMBER)) {
          const n = normalizeDocketNumber(m[0]);
          if (n) named.add(n);
        }
      }
      if (named.size === 1)
        add({
          appealCourt: court,
          appealDocket: docket,
          originCourt: null,
          originDocket: [...named][0]!,
          seenIn: 'appellate-docket',
        });
      for (const e of c.entries) {
        if (!/Originating/i.test(e.description) && !/Originating/i.test(e.shortDescription ?? '')) continue;
        for (const m of `${e.shortDescription ?? ''} ${e.description}`.matchAll(ORIGINATING)) {
          const named = normalizeDocketNumber(extractDocketNumber(m[1]));
          if (named)
            add({
              appealCourt: court,
              appealDocket: docket,
              originCourt: null,
              originDocket: named,
              seenIn: 'appellate-docket',
            });
        }
      }
    } else if (type === 'district') {
      const circuit = findCourt(court)?.circuit;
      for (const e of c.entries) {
        if (!MENTIONS_APPEAL.test(e.description) && !MENTIONS_APPEAL.test(e.shortDescription ?? '')) continue;
        const text = `${e.shortDescription ?? ''} ${e.description}`;
        for (const m of text.matchAll(APPEAL_NUMBER)) {
          const before = text.slice(Math.max(0, m.index - 20), m.index + m[0].length);
          const appealCourt = /Federal\s+Circuit/i.test(before) ? 'cafc' : circuitCourt(circuit);
          if (!appealCourt) continue;
          add({
            appealCourt,
            appealDocket: normalizeDocketNumber(m[2])!,
            originCourt: court,
            originDocket: docket,
            seenIn: 'district-entry',
          });
        }
      }
    }
  }
  return claims;
}

/** `6` → `ca6`, `dc` → `cadc`, `fed` → `cafc`. */
function circuitCourt(circuit: string | null | undefined): string | null {
  if (!circuit) return null;
  if (circuit === 'fed') return 'cafc';
  return `ca${circuit}`;
}
