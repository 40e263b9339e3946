/**
 * First start: when the store has no configured source, track the configured cases (default:
 * Hamama v. Adducci) and add their public sources — the court's RSS feed (one per court), and
 * CourtListener per case when a token is set. A store that has sources is left as it is.
 */
import { setCaseClass } from '../../db/case-details.ts';
import { addCase, findCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import type { Config } from '../config.ts';

export interface Seeded {
  cases: string[];
  sources: string[];
}

export async function seedDefaults(store: Store, config: Config): Promise<Seeded | null> {
  if ((await configuredSources(store.db)).length > 0) return null;
  const seeded: Seeded = { cases: [], sources: [] };
  const courts = new Set<string>();
  for (const c of config.cases) {
    const i = c.case.indexOf(':');
    const court = c.case.slice(0, i);
    const docket = c.case.slice(i + 1);
    const { key } = await addCase(store.db, court, docket, { name: c.name ?? null });
    seeded.cases.push(key);
    if (c.class) {
      const tracked = await findCase(store.db, key);
      await setCaseClass(
        store.db,
        tracked!.id,
        {
          en: c.class,
          es: c.classEs ?? null,
          ar: c.classAr ?? null,
          scope: c.scope ?? null,
          protects: c.protects ?? null,
          from: c.classFrom ?? null,
        },
        new Date(),
      );
    }
    if (!courts.has(court)) {
      courts.add(court);
      seeded.sources.push(
        await addSource(store.db, { type: 'pacer-rss', court, case: null, config: { court } }),
      );
    }
    if (config.courtlistener.token) {
      seeded.sources.push(
        await addSource(store.db, {
          type: 'courtlistener',
          court,
          case: key,
          config: { court, docketNumber: docket },
        }),
      );
    }
  }
  return seeded;
}
