/**
 * Where and how a hearing is held, read from the sentence that sets or moves it: the room ("in
 * Courtroom 3", "Courtroom 7B, 9:30 AM"), the manner ("will be held by Zoom videoconference", "by
 * telephone", "in person"), and whether the order gives a way to join (a link, a meeting ID, a
 * dial-in) — noted, never copied: a link may be meant only for the people invited.
 */
import type { HearingFinding, HearingWhere } from '../types.ts';
import { scanTemporals } from './grammar.ts';

const VIDEO =
  /\b(?:by|via|through|over|using)\s+(?:(?:a|the)\s+)?(?:Zoom|Microsoft\s+Teams|Teams|WebEx|Webex|Skype|video(?:-?conference|\s+conference)?|videoconference|VTC)\b|\b(?:by|via)\s+(?:Zoom\s+)?video\b|\bvideo(?:-?conference|\s+conference)\s+(?:hearing|conference|argument)?\s*(?:only)?\b(?=[^.;]*\b(?:held|conducted|proceed))|\b(?:held|conducted|proceed|take\s+place)\s+(?:remotely|virtually)\b/i;
const PHONE =
  /\b(?:by|via|over)\s+(?:(?:a|the)\s+)?(?:tele(?:phone|phonic(?:ally)?|conference)|phone)\b|\b(?:held|conducted|proceed)\s+telephonically\b/i;
const IN_PERSON =
  /\b(?:held|conducted|proceed|take\s+place|appear)\s+in[-\s]person\b|\bin[-\s]person\s+(?:only|hearing|conference|argument)\b/i;
/** The room: "Courtroom 3", "Courtroom 7B", "Courtroom No. 12", "Ceremonial Courtroom". */
const ROOM = /\b((?:Ceremonial\s+|En\s+Banc\s+)?Courtroom(?:\s+(?:No\.\s*)?[\dA-Z][\w-]{0,5})?)\b/;
/** A way to join the order gives: a link, a meeting ID, a dial-in, a passcode. */
const JOIN =
  /\bhttps?:\/\/\S+|\b(?:meeting|webinar|conference)\s+(?:ID|number)\b|\bdial-?in\b|\bpass(?:code|word)\b|\b(?:join|access)\s+(?:the\s+)?(?:hearing|conference|meeting)\s+(?:at|using|via|through)\b|\blink\b/i;

/** Where and how the hearing a sentence sets or moves is held; null when it does not say. */
export function hearingWhere(sentence: string, joinWords = sentence): HearingWhere | null {
  const manner = VIDEO.test(sentence)
    ? 'video'
    : PHONE.test(sentence)
      ? 'phone'
      : IN_PERSON.test(sentence)
        ? 'in_person'
        : null;
  const room = ROOM.exec(sentence)?.[1];
  const join = manner !== 'in_person' && JOIN.test(joinWords);
  if (!manner && !room && !join) return null;
  return {
    ...(manner ? { manner } : {}),
    // A room held by video is no place to go to.
    ...(room && manner !== 'video' && manner !== 'phone' ? { place: room.replace(/\s+/g, ' ') } : {}),
    ...(join ? { joinGiven: true } : {}),
  };
}

/** A clock time written after the day and a room ("07/29/2032, Courtroom 3, 9:30 AM"). */
const TIME_AFTER_ROOM =
  /^\s*,?\s*(?:in\s+)?(?:Ceremonial\s+|En\s+Banc\s+)?Courtroom(?:\s+(?:No\.\s*)?[\dA-Z][\w-]{0,5})?\s*,?\s*(?:at\s+)?(\d{1,2}):(\d{2})\s*([AaPp])\.?\s*[Mm]\.?/;

/**
 * Each hearing an entry sets or moves, with where and how it is held, and its hour when the clerk
 * wrote it after the room ("ORAL ARGUMENT scheduled for 07/29/2032, Courtroom 3, 9:30 AM").
 */
export function withWhere(hearings: HearingFinding[], text: string, dateFiled: string): void {
  const setting = hearings.filter((h) => (h.change === 'set' || h.change === 'reset') && h.source);
  for (const h of setting) {
    // The way to join is often its own sentence ("Dial-in information will be emailed to counsel."):
    // the entry's, when it sets one hearing.
    const where = hearingWhere(h.source!, setting.length === 1 ? text : h.source!);
    if (where) h.where = where;
    if (!h.source) continue;
    if (h.time || !h.date) continue;
    const day = scanTemporals(h.source, dateFiled).find((x) => x.type === 'date' && x.date === h.date);
    const clock = day ? TIME_AFTER_ROOM.exec(h.source.slice(day.end)) : null;
    if (!clock) continue;
    const hour = (Number(clock[1]) % 12) + (/p/i.test(clock[3]!) ? 12 : 0);
    h.time = `${String(hour).padStart(2, '0')}:${clock[2]}`;
  }
}
