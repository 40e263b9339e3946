import { describe, expect, it } from 'vitest';
import { parseRobots } from './robots.ts';

describe('parseRobots', () => {
  const text = [
    '# a court website',
    'User-agent: *',
    'Disallow: /cgi-bin/',
    'Allow: /cgi-bin/rss_outside.pl',
    'Disallow: /*.pdf$',
    'Crawl-delay: 2',
    '',
    'User-agent: BadBot',
    'User-agent: DocketWatch',
    'Disallow: /calendar',
    'Allow: /calendar/public',
    'Crawl-delay: 10',
  ].join('\n');

  it('uses the group naming our product token (case-insensitive) instead of *', () => {
    const p = parseRobots(text, 'docketwatch');
    expect(p.isAllowed('/cgi-bin/DktRpt.pl')).toBe(true); // only * forbids it
    expect(p.isAllowed('/calendar/2024')).toBe(false);
    expect(p.isAllowed('/calendar/public/today')).toBe(true); // longer allow wins
    expect(p.crawlDelaySeconds).toBe(10);
  });

  it('falls back to the * group for other agents', () => {
    const p = parseRobots(text, 'otherbot');
    expect(p.isAllowed('/cgi-bin/DktRpt.pl?123')).toBe(false);
    expect(p.isAllowed('/cgi-bin/rss_outside.pl')).toBe(true);
    expect(p.isAllowed('/opinions/a.pdf')).toBe(false);
    expect(p.isAllowed('/opinions/a.pdf?download=1')).toBe(true); // $ anchors the end
    expect(p.isAllowed('/calendar')).toBe(true);
    expect(p.crawlDelaySeconds).toBe(2);
  });

  it('lets allow win a tie of equal length', () => {
    const p = parseRobots('User-agent: *\nDisallow: /page\nAllow: /page\n', 'docketwatch');
    expect(p.isAllowed('/page')).toBe(true);
  });

  it('treats an empty Disallow as no rule and always allows /robots.txt', () => {
    expect(parseRobots('User-agent: *\nDisallow:\n', 'x').isAllowed('/anything')).toBe(true);
    expect(parseRobots('User-agent: *\nDisallow: /\n', 'x').isAllowed('/robots.txt')).toBe(true);
    expect(parseRobots('User-agent: *\nDisallow: /\n', 'x').isAllowed('/')).toBe(false);
  });

  it('ignores rules before any user-agent, comments, junk lines and CRLF', () => {
    const p = parseRobots('Disallow: /x\r\nnonsense\r\nUser-agent: * # all\r\nDisallow: /y # why\r\n', 'z');
    expect(p.isAllowed('/x')).toBe(true);
    expect(p.isAllowed('/y/1')).toBe(false);
  });

  it('compares percent-escapes in one form', () => {
    const p = parseRobots('User-agent: *\nDisallow: /a%3cb\nDisallow: /%7Euser\n', 'z');
    expect(p.isAllowed('/a%3Cb')).toBe(false);
    expect(p.isAllowed('/~user/page')).toBe(false);
  });

  it('merges several groups for the same agent', () => {
    const p = parseRobots('User-agent: a\nDisallow: /one\n\nUser-agent: a\nDisallow: /two\n', 'a');
    expect(p.isAllowed('/one')).toBe(false);
    expect(p.isAllowed('/two')).toBe(false);
    expect(p.isAllowed('/three')).toBe(true);
  });
});
