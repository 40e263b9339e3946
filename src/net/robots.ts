/**
 * robots.txt (RFC 9309): groups of `user-agent` lines and their `allow`/`disallow` rules. The
 * group for our product token wins over `*`; within it, the longest matching rule decides and
 * `allow` wins a tie. `*` matches any run of characters and a final `$` anchors the end.
 */

interface Rule {
  allow: boolean;
  pattern: string;
  regex: RegExp;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelaySeconds: number | null;
}

export interface RobotsPolicy {
  isAllowed(pathAndQuery: string): boolean;
  /** `Crawl-delay` for our group, in seconds, when the file gives one. */
  crawlDelaySeconds: number | null;
}

/** Fetching is allowed everywhere (robots.txt missing: 4xx). */
export const ALLOW_ALL: RobotsPolicy = { isAllowed: () => true, crawlDelaySeconds: null };

/** Parse `text` for the crawler whose product token is `agent` (e.g. `docketwatch`). */
export function parseRobots(text: string, agent: string): RobotsPolicy {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!lastWasAgent || current === null) {
        current = { agents: [], rules: [], crawlDelaySeconds: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (current === null) continue; // rules before any user-agent line belong to no group
    if ((key === 'allow' || key === 'disallow') && value !== '') {
      current.rules.push({ allow: key === 'allow', pattern: value, regex: patternToRegex(value) });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySeconds = seconds;
    }
  }

  const token = agent.toLowerCase();
  let chosen = groups.filter((g) => g.agents.some((a) => a === token));
  if (chosen.length === 0) chosen = groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const crawlDelaySeconds = chosen.find((g) => g.crawlDelaySeconds !== null)?.crawlDelaySeconds ?? null;

  return {
    crawlDelaySeconds,
    isAllowed(pathAndQuery: string): boolean {
      const path = normalizePath(pathAndQuery);
      if (path === '/robots.txt') return true;
      let best: Rule | null = null;
      for (const rule of rules) {
        if (!rule.regex.test(path)) continue;
        if (
          best === null ||
          rule.pattern.length > best.pattern.length ||
          (rule.pattern.length === best.pattern.length && rule.allow)
        ) {
          best = rule;
        }
      }
      return best === null || best.allow;
    },
  };
}

function patternToRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = normalizePath(anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Compare paths in one form: percent-escapes upper-cased, unreserved characters decoded. */
function normalizePath(path: string): string {
  return path.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => {
    const c = String.fromCharCode(Number.parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${hex.toUpperCase()}`;
  });
}
