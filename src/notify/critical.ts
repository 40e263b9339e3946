/**
 * Which events go out at once, who gets which event, and how alerts that arrive together are
 * grouped. `isCritical` is the one place criticality is decided; `reaches` the one place an
 * audience and a subscriber's filters are applied.
 */
import { RULING_KINDS } from '../deadlines/kinds.ts';
import type { EntryKind } from '../deadlines/types.ts';
import { caseKey } from '../model/case-key.ts';
import { appellateStep } from './language.ts';
import type { CaseHeading, NotifyEvent, NotifyEventType, Recipient } from './types.ts';

/** Days before a stay's last day on which a reminder is sent. */
export const STAY_REMINDER_DAYS: readonly number[] = [7, 2, 0];

/** Entry kinds an advocate hears about: what the court decided, and an appeal of it. */
const ORDER_KINDS: ReadonlySet<EntryKind> = new Set([...RULING_KINDS, 'notice_of_appeal']);

const SOURCE_EVENTS: ReadonlySet<NotifyEventType> = new Set(['source_down', 'layout_changed']);

/** True when the event is mailed immediately instead of waiting for the digest. */
export function isCritical(event: NotifyEvent): boolean {
  switch (event.type) {
    case 'stay':
    case 'deadline':
    case 'filing_missing':
    case 'source_down':
    case 'layout_changed':
      return true;
    case 'stay_expiring':
      return STAY_REMINDER_DAYS.includes(event.daysLeft);
    case 'injunction':
      // Dissolving an injunction ends it just as vacating does.
      // A stay pending appeal takes it out of force (or part of it) while the appeal goes on.
      return (
        event.action === 'granted' ||
        // Extended: the protection people were told ends on a day goes on past it — said at once,
        // as a stay's extension is, not days later in a digest.
        event.action === 'extended' ||
        // In force again when the stay pending appeal ends with the appeal.
        event.action === 'resumed' ||
        event.action === 'vacated' ||
        event.action === 'dissolved' ||
        // Ran out unextended: what it protected people from is no longer barred by it — said at once.
        (event.action === 'expired' && (event.protects != null || (event.protections?.length ?? 0) > 0)) ||
        // Kept for the named parties only: it ended for everyone else.
        (event.action === 'modified' && event.limitedTo !== undefined) ||
        // Part of it vacated or paused (or all but a part): that part's protection ended.
        (event.action === 'modified' && event.part !== undefined && event.part.act !== 'modified') ||
        // Refused: an agency action remanded without vacatur stays in effect; no injunction pending appeal.
        (event.action === 'denied' &&
          (event.withoutVacatur === true || event.injunction === 'injunction_pending_appeal')) ||
        // Stayed by the judge for a time (often in the order that grants it): not in force yet — told with the grant.
        (event.action === 'stayed' && (event.pendingAppeal !== undefined || event.heldUntil !== undefined))
      );
    case 'court_act':
      // Who the case speaks for changed: told at once. A contempt finding waits for the digest.
      // A transfer moves the case to another court: told at once too.
      return (
        event.act === 'certified' ||
        event.act === 'judgment' ||
        event.act === 'decertified' ||
        event.act === 'transferred_out' ||
        event.act === 'transferred_in'
      );
    case 'appeal_ruling':
      // An affirmance leaves the ruling as it was; everything else changes what is in force.
      // Rehearing denied, the mandate stayed, certiorari sought: nothing in force changes yet.
      return !['affirmed', 'stay_denied', 'rehearing_denied', 'mandate_stayed', 'certiorari_filed'].includes(
        event.outcome,
      );
    case 'entry_added':
    case 'entry_updated':
    case 'hearing':
      return false;
  }
}

/** True when the event belongs in this recipient's mail: their audience, then their filters. */
export function reaches(event: NotifyEvent, recipient: Recipient): boolean {
  if (!audienceGets(event, recipient.audience)) return false;
  const { kinds, include, mute } = recipient.filters;
  if (kinds && kinds.length > 0 && !kinds.includes(event.type)) return false;
  // Keywords sort docket entries; they never hide a stay, a deadline or a hearing, which a
  // muted word ("appearance") could otherwise swallow by accident.
  if (event.type !== 'entry_added' && event.type !== 'entry_updated') return true;
  const text = event.item.text.toLowerCase();
  if (mute?.some((w) => w.trim() !== '' && text.includes(w.trim().toLowerCase()))) return false;
  const wanted = include?.filter((w) => w.trim() !== '') ?? [];
  if (wanted.length > 0 && !wanted.some((w) => text.includes(w.trim().toLowerCase()))) return false;
  return true;
}

function audienceGets(event: NotifyEvent, audience: Recipient['audience']): boolean {
  if (audience === 'maintainer') return SOURCE_EVENTS.has(event.type);
  if (SOURCE_EVENTS.has(event.type)) return false;
  if (audience === 'legal') return true;
  // What the court decided, an appeal of it, and where an appeal stands (argued, submitted, set
  // for argument): a family waiting on an appeal wants to know it was heard.
  if (event.type === 'entry_added' || event.type === 'entry_updated')
    return (
      ORDER_KINDS.has(event.item.kind) ||
      appellateStep(event.item.kind, event.item.text, event.case.court) !== null
    );
  if (event.type === 'deadline')
    return event.setByCourt !== false && !event.untracked && !isPaperwork(event.what);
  if (event.type === 'filing_missing') return !isPaperwork(event.what);
  return true;
}

export interface AlertGroup {
  case: CaseHeading;
  events: NotifyEvent[];
}

/**
 * The immediate alerts for one recipient: the critical events that reach them (`all`: every event
 * that reaches them, for an `immediate` subscriber), one group per case — an appeal's entries under
 * the appeal's caption, the district court's under the case's — in arrival order, each event once.
 */
export function groupAlerts(
  recipient: Recipient,
  events: readonly NotifyEvent[],
  options: { all?: boolean } = {},
): AlertGroup[] {
  const groups = new Map<string, AlertGroup>();
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.id) || (!options.all && !isCritical(event)) || !reaches(event, recipient)) continue;
    seen.add(event.id);
    const key = caseKey(event.case.court, event.case.docketNumber);
    const group = groups.get(key);
    if (group) group.events.push(event);
    else groups.set(key, { case: event.case, events: [event] });
  }
  return [...groups.values()];
}

/**
 * A deadline for the lawyers' paperwork — a brief, a response, opposition or reply to a motion, a
 * motion being briefed ("Motion", "Motion for a preliminary injunction", "cross-motion"; not a
 * schedule's milestone such as "Dispositive motions"), a transcript or its redaction, an appeal's
 * record or docketing statement, a paper for the judge's chambers (a settlement statement), a court
 * of appeals' forms and filing mechanics (a mediation questionnaire, an appearance, designation or
 * disclosure form, paper copies of a brief, a certificate of service) — rather than one that changes what happens to people (a report, a
 * release, a hearing, a production). Advocates hear of the second kind only (alerts, digests, their
 * calendar); the legal team of both.
 */
export function isPaperwork(what: string): boolean {
  return (
    /\b(brief(s|ing)?|respon(se|ses|d)|repl(y|ies)|sur-?reply|memorand(um|a)|objections?|oppositions?|redact(ion|ed)?|transcripts?|docketing\s+statements?|appendix|(?:appeal|administrative|certified)\s+record|record\s+on\s+appeal|to\s+chambers|settlement\s+(?:conference\s+)?statements?|mediation\s+questionnaires?|(?:appearance|designation|disclosure)\s+(?:forms?|statements?)|(?:notice|entry)\s+of\s+appearance|paper\s+copies|certificates?\s+of\s+(?:service|interested\s+persons))\b/i.test(
      what,
    ) || /^(?:(?:the|a|an|renewed|opening|combined)\s+)*(?:cross-)?motion\b(?!s)/i.test(what.trim())
  );
}

/** Deadline bases that no judge set: advocates do not hear about them. */
const NOT_SET_BY_COURT: ReadonlySet<string> = new Set([
  'local_rule_default',
  'clerk_computed_in_text',
  'stipulation_pending_approval',
]);

/** True when a judge set the deadline (its basis is not a local-rule default, a clerk's count or a stipulation). */
export function isCourtSet(basis: string | null): boolean {
  return !NOT_SET_BY_COURT.has(basis ?? '');
}
