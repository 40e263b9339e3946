/**
 * Every docket source docketwatch knows, by id, and every kind of docket text they and the CM/ECF
 * parser yield. Adding a source is one folder under `scrapers/` and one line here (see
 * docs/sources.md): ingest, the pages and the table in docs/sources.md read what it says of itself.
 */
import { browserSource } from './browser/index.ts';
import { courtListenerSource } from './courtlistener/index.ts';
import { htmlSource } from './html/index.ts';
import { nefInboundSource } from './nef-inbound/index.ts';
import { nefMailboxSource } from './nef-mailbox/index.ts';
import { PACER_KINDS } from './pacer/kinds.ts';
import { pacerDocketSource } from './pacer-docket/index.ts';
import { pacerDocketPublicSource } from './pacer-docket-public/index.ts';
import { pacerRssSource } from './pacer-rss/index.ts';
import type { DocketKind, DocketSource } from './types.ts';

/**
 * Each source's config type is its own; callers hold them as `DocketSource<unknown>` because
 * `runSource` validates a config with the source's own schema before any step sees it.
 */
const register = <C>(source: DocketSource<C>) => source as unknown as DocketSource<unknown>;

const sources: DocketSource<unknown>[] = [
  register(pacerRssSource),
  register(courtListenerSource),
  register(nefMailboxSource),
  register(nefInboundSource),
  register(pacerDocketSource),
  register(pacerDocketPublicSource),
  register(htmlSource),
  register(browserSource),
];

export const SOURCES: readonly DocketSource<unknown>[] = sources;

/** The sources of this list, not added at run time: what another thread loading this module knows. */
const BUILT_IN: ReadonlySet<DocketSource<unknown>> = new Set(sources);

export function isBuiltinSource<C>(source: DocketSource<C>): boolean {
  return BUILT_IN.has(source as unknown as DocketSource<unknown>);
}

export function findSource(id: string): DocketSource<unknown> | undefined {
  return sources.find((s) => s.id === id);
}

/**
 * Add a source at run time (a plugin, a test's fixture source); returns a function that removes it.
 * Its kinds become known with it.
 */
export function registerSource<C>(source: DocketSource<C>): () => void {
  if (findSource(source.id)) throw new Error(`a source with id ${source.id} is already registered`);
  sources.push(register(source));
  kindsById = null;
  return () => {
    const i = sources.findIndex((s) => s.id === source.id);
    if (i >= 0) sources.splice(i, 1);
    kindsById = null;
  };
}

/** The kinds by id, made once per set of registered sources (ingest asks for every entry). */
let kindsById: Map<string, DocketKind> | null = null;

function kindMap(): Map<string, DocketKind> {
  if (kindsById) return kindsById;
  const byId = new Map<string, DocketKind>();
  for (const k of [...PACER_KINDS, ...sources.flatMap((s) => s.kinds)])
    if (!byId.has(k.id)) byId.set(k.id, k);
  kindsById = byId;
  return byId;
}

/** Every kind of docket text: the CM/ECF parser's and each source's, once each. */
export function docketKinds(): DocketKind[] {
  return [...kindMap().values()];
}

export function findKind(id: string): DocketKind | undefined {
  return kindMap().get(id);
}

/** How much a kind's text is worth when kinds disagree (an unknown kind: least). */
export function kindRank(id: string): number {
  return findKind(id)?.rank ?? 0;
}

/** True when a kind's listing of a case is complete, so an entry missing from it is gone. */
export function isCompleteKind(id: string): boolean {
  return findKind(id)?.complete === true;
}
