/**
 * Round 5 (issue #14): rules that follow the structure of CM/ECF docket text rather than one
 * court's event names, each checked on hand-written texts in several courts' styles (names fictional).
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';

describe('event names read by their families', () => {
  it.each([
    // a head word the rules do not list by name
    ['Memorandum & Opinion', 'opinion'],
    ['MEMORANDUM AND DECISION', 'opinion'],
    ['Amended Warrant for Arrest Warrant Returned Executed on 6/8/04. in case as to Ann Roe.', 'notice'],
    ['Writ of Garnishment as to Bank One Returned Unexecuted', 'notice'],
    ['Errata', 'notice'],
    ['Notice of Errata re [12] Brief by Acme Corp.', 'notice'],
    ['Letter of Deficiency: The Clerk has filed your new suit. Amended Pleadings due by 8/9/2018.', 'notice'],
    ['Pro Se (Faretta) Hearing', 'minute_entry'],
    ['APPEARANCE BOND ( $10,000.00 UNSECURED) posted by Ann Roe', 'other'],
    ['Bond', 'other'],
    ['MINUTES (IN CHAMBERS): ORDER by Judge Kay Orr: granting [13] Motion to Dismiss.', 'order'],
    // a feed's title that is a motion's relief, "Motion to" dropped (S.D.N.Y., E.D.N.Y. feeds)
    ['Appear Pro Hac Vice', 'motion'],
    ['Adjourn Conference', 'motion'],
    ['Compel', 'motion'],
    ['Withdraw as Attorney', 'motion'],
    ['Extension of Time to File Document', 'motion'],
    ['Leave to File Excess Pages', 'motion'],
    ['Strike Order FILED', 'order'],
    // feeds joining several events with AND: the court's act, then a motion, decides
    ['1 - Terminate Deadlines AND Order on Motion for Extension of Time to Complete Discovery', 'order'],
    [
      '12 - Terminate Deadlines and Hearings AND Order AND ~Util - Set Motion and R&R Deadlines/Hearings',
      'order',
    ],
    ['Conference AND Extension of Time to File Document', 'motion'],
    ['Seal Document AND Adjourn Conference', 'motion'],
    // a party's name before the event
    [
      "SEALED DOCUMENT Acme Corp.'s Opposition to Beta LLC's Motion to Compel [40] filed by Acme Corp.",
      'response',
    ],
    [
      "REDACTED DOCUMENT- Plaintiff States' Motion for Leave to File a Supplement by State of Ohio.",
      'motion',
    ],
    ["Clerk's Entry of Default as to Beta LLC", 'other'],
  ])('%s → %s', (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });
});
