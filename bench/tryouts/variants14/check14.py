#!/usr/bin/env python3
"""check14.py TREE OUT [CHECKS] — runs the frozen checks of variants14 against replays already in OUT.
Writes OUT/results.json and OUT/table.md, prints per problem pass/total and the table.
Check kinds: cli {asOf, mustContain, mustNotContain, count{pattern,eq}} on `deadlines --case C --as-of D`;
mail {to: all|legal|advocate, mustContain/mustNotContain on all messages joined, anyMessage: some message
(subject + newline + body) matches, noMessage: no message matches}."""
import email, glob, json, os, re, subprocess, sys
from email import policy

tree, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
checks_file = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'checks.frozen.json')
tag = os.environ.get('TAG', '')  # TAG=extra writes results-extra.json, table-extra.md, *.extra.txt (supplementary checks)
checks = [v for v in json.load(open(checks_file)) if v['file'].startswith(os.environ.get('ONLY', ''))]

def mails(stem):
    res = []
    for f in sorted(glob.glob(os.path.join(out, stem + '-mail', '*.eml'))):
        try:
            m = email.message_from_binary_file(open(f, 'rb'), policy=policy.default)
            part = m.get_body(preferencelist=('plain',))
            body = part.get_content() if part else ''
            res.append({'file': os.path.basename(f), 'to': str(m['To'] or ''), 'subject': ' '.join(str(m['Subject'] or '').split()), 'body': body})
        except Exception as ex:
            res.append({'file': os.path.basename(f), 'to': '', 'subject': '', 'body': f'<unreadable: {ex}>'})
    return res

def pick(ms, to):
    if to == 'advocate': return [m for m in ms if 'advocate' in m['to']]
    if to == 'legal': return [m for m in ms if 'legal' in m['to']]
    return ms

def snippet(text, pat):
    m = re.search(pat, text, re.M)
    if not m: return ''
    s = text.rfind('\n', 0, m.start()) + 1; e = text.find('\n', m.end())
    return text[s: e if e >= 0 else len(text)].strip()[:300]

results = []
for v in checks:
    stem = v['file'][:-5]
    r = {'file': v['file'], 'problem': v['problem'], 'pass': True, 'failures': [], 'error': None}
    db = os.path.join(out, stem + '.sqlite')
    rc_file = os.path.join(out, stem + '.rc')
    rc = open(rc_file).read().strip() if os.path.exists(rc_file) else 'missing'
    if rc != '0' or not os.path.exists(db):
        r['pass'] = False; r['error'] = f'replay failed (rc {rc}); see {stem}.err'
        results.append(r); continue
    ms = None
    for c in v['checks']:
        if c['type'] == 'cli':
            p = subprocess.run(['node', 'bin/docketwatch.js', 'deadlines', '--case', v['case'], '--as-of', c['asOf'], '--db', db],
                               cwd=tree, capture_output=True, text=True, timeout=180)
            text = p.stdout
            open(os.path.join(out, f"{stem}.asof-{c['asOf']}{'.' + tag if tag else ''}.txt"), 'w').write(text + ('\n[stderr]\n' + p.stderr if p.stderr.strip() else ''))
            where = f"CLI as of {c['asOf']}"
            if p.returncode != 0: r['failures'].append(f'{where}: deadlines exited {p.returncode}: {p.stderr.strip()[:200]}')
            if c.get('count'):
                n = len(re.findall(c['count']['pattern'], text))
                if n != c['count']['eq']: r['failures'].append(f"{where}: {n} lines match /{c['count']['pattern']}/, expected {c['count']['eq']}")
            msgs = []
        else:
            if ms is None: ms = mails(stem)
            msgs = [m['subject'] + '\n' + m['body'] for m in pick(ms, c['to'])]
            text = '\n=====\n'.join(msgs); where = f"mail ({c['to']}, {len(msgs)} messages)"
            for pat in c.get('anyMessage', []):
                if not any(re.search(pat, t) for t in msgs): r['failures'].append(f'{where}: no message matches /{pat}/')
            for pat in c.get('noMessage', []):
                hit = [t for t in msgs if re.search(pat, t)]
                if hit: r['failures'].append(f'{where}: {len(hit)} message(s) match /{pat}/ — “{hit[0].splitlines()[0][:200]}”')
        for pat in c.get('mustContain', []):
            if not re.search(pat, text, re.M): r['failures'].append(f'{where}: missing /{pat}/')
        for pat in c.get('mustNotContain', []):
            if re.search(pat, text, re.M): r['failures'].append(f'{where}: says /{pat}/ — “{snippet(text, pat)}”')
    r['pass'] = not r['failures']
    results.append(r)


json.dump(results, open(os.path.join(out, f'results{"-" + tag if tag else ""}.json'), 'w'), indent=1, ensure_ascii=False)
probs = {}
for r in results: probs.setdefault(r['problem'], []).append(r)
lines = ['| problem | pass/total | v1 | v2 | v3 | v4 |', '|---|---|---|---|---|---|']
for p, rs in probs.items():
    cells = ['PASS' if r['pass'] else ('ERR' if r['error'] else 'FAIL') for r in rs]
    lines.append(f"| {p} | {sum(r['pass'] for r in rs)}/{len(rs)} | " + ' | '.join(cells) + ' |')
lines.append(f"\nall: {sum(r['pass'] for r in results)}/{len(results)}")
table = '\n'.join(lines)
detail = [f"- {r['file']}: " + (r['error'] or '; '.join(r['failures'])) for r in results if not r['pass']]
open(os.path.join(out, f'table{"-" + tag if tag else ""}.md'), 'w').write(table + '\n\nFailures:\n' + '\n'.join(detail) + '\n')
print(table); print('\nFailures:'); print('\n'.join(detail))
