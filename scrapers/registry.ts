/**
 * Every docket source docketwatch knows, by id. Adding a source is one folder under `scrapers/`
 * and one line here (see docs/sources.md).
 */
import { browserSource } from './browser/index.ts';
import { courtListenerSource } from './courtlistener/index.ts';
import { htmlSource } from './html/index.ts';
import { nefMailboxSource } from './nef-mailbox/index.ts';
import { pacerDocketSource } from './pacer-docket/index.ts';
import { pacerDocketPublicSource } from './pacer-docket-public/index.ts';
import { pacerRssSource } from './pacer-rss/index.ts';
import type { DocketSource } from './types.ts';

/**
 * Each source's config type is its own; callers hold them as `DocketSource<unknown>` because
 * `runSource` validates a config with the source's own schema before any step sees it.
 */
const register = <C>(source: DocketSource<C>) => source as unknown as DocketSource<unknown>;

export const SOURCES: readonly DocketSource<unknown>[] = [
  register(pacerRssSource),
  register(courtListenerSource),
  register(nefMailboxSource),
  register(pacerDocketSource),
  register(pacerDocketPublicSource),
  register(htmlSource),
  register(browserSource),
];

export function findSource(id: string): DocketSource<unknown> | undefined {
  return SOURCES.find((s) => s.id === id);
}
