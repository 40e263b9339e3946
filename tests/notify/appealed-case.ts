/**
 * The set-up of the notify tests of an appeal's dismissal and what it does to the case appealed from
 * (`hold-lease.test.ts`, `event-order.test.ts`): a fictional district case whose preliminary injunction
 * is stayed pending appeal (each test writes its own docket), its appeal docketed and linked to it, and
 * another case of the same court.
 */
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import type { DocketEntry } from '../../src/model/docket.ts';
import { docket, entry, result } from '../support/dockets.ts';

export interface DocketRef {
  court: string;
  docket: string;
}

export interface AppealedCase {
  caption: string;
  district: DocketRef;
  /** The district docket up to its injunction stayed pending appeal. */
  entries: DocketEntry[];
  appeal: DocketRef;
  other: DocketRef & { caption: string };
}

/** A docket entry by its number, day and text. */
export const filed = (number: number, date: string, description: string): DocketEntry =>
  entry({ number: String(number), dateFiled: date, description });

/** The court of appeals grants the appellant's motion to dismiss its appeal; the order is the mandate. */
export const VOLUNTARY_DISMISSAL =
  "ORDER: Appellant's unopposed motion to voluntarily dismiss this appeal is granted. This appeal is dismissed. Fed. R. App. P. 42(b). This order served on the district court shall constitute the mandate of this court.";

/** A notice of electronic filing: one entry of one of the dockets (`at`), under the case's caption. */
export const nefOf = (c: AppealedCase, at: DocketRef, e: DocketEntry) =>
  result('pacer-nef', [docket(at.docket, [e], { caseName: c.caption })], at.court);

/** The three cases tracked (the appeal linked to the district case), and the district docket read. */
export async function trackAppealedCase(store: Store, c: AppealedCase): Promise<void> {
  await addCase(store.db, c.district.court, c.district.docket, { name: c.caption });
  await addCase(store.db, c.other.court, c.other.docket, { name: c.other.caption });
  await addCase(store.db, c.appeal.court, c.appeal.docket, {
    parent: `${c.district.court}:${c.district.docket}`,
    linkType: 'appeal',
    name: c.caption,
  });
  await ingestParsed(
    store,
    result('pacer-docket', [docket(c.district.docket, c.entries, { caseName: c.caption })], c.district.court),
  );
}
