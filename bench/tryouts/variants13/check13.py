#!/usr/bin/env python3
"""check13.py TREE OUT [CHECKS] — runs the frozen checks of variants13 against replays already in OUT.
Writes OUT/results.json and OUT/table.md, prints per problem pass/total and the table."""
import email, glob, json, os, re, subprocess, sys
from email import policy

tree, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
checks_file = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'checks.frozen.json')
checks = json.load(open(checks_file))
checks = [v for v in checks if v['file'].startswith(os.environ.get('ONLY', ''))]

def mails(stem):
    res = []
    for f in sorted(glob.glob(os.path.join(out, stem + '-mail', '*.eml'))):
        try:
            m = email.message_from_binary_file(open(f, 'rb'), policy=policy.default)
            part = m.get_body(preferencelist=('plain',))
            body = part.get_content() if part else ''
            res.append({'file': os.path.basename(f), 'to': str(m['To'] or ''), 'subject': ' '.join(str(m['Subject'] or '').split()), 'body': body})
        except Exception as ex:  # a broken message is itself worth seeing
            res.append({'file': os.path.basename(f), 'to': '', 'subject': '', 'body': f'<unreadable: {ex}>'})
    return res

def mail_text(ms, to):
    if to == 'subjects': return '\n'.join(m['subject'] for m in ms)
    if to == 'bodies': return '\n=====\n'.join(m['body'] for m in ms)
    if to == 'advocate': ms = [m for m in ms if 'advocate' in m['to']]
    if to == 'legal': ms = [m for m in ms if 'legal' in m['to']]
    return '\n=====\n'.join(m['subject'] + '\n' + m['body'] for m in ms)

def snippet(text, pat):
    m = re.search(pat, text, re.M)
    if not m: return ''
    s = text.rfind('\n', 0, m.start()) + 1; e = text.find('\n', m.end())
    line = text[s: e if e >= 0 else len(text)]
    return line.strip()[:300]

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
    for i, c in enumerate(v['checks']):
        if c['type'] == 'cli':
            p = subprocess.run(['node', 'bin/docketwatch.js', 'deadlines', '--case', v['case'], '--as-of', c['asOf'], '--db', db],
                               cwd=tree, capture_output=True, text=True, timeout=180)
            text = p.stdout
            open(os.path.join(out, f"{stem}.asof-{c['asOf']}.txt"), 'w').write(text + ('\n[stderr]\n' + p.stderr if p.stderr.strip() else ''))
            where = f"CLI as of {c['asOf']}"
            if p.returncode != 0: r['failures'].append(f'{where}: deadlines exited {p.returncode}: {p.stderr.strip()[:200]}')
        else:
            if ms is None: ms = mails(stem)
            text = mail_text(ms, c['to']); where = f"mail ({c['to']}, {len(ms)} messages)"
        for pat in c['mustContain']:
            if not re.search(pat, text, re.M): r['failures'].append(f'{where}: missing /{pat}/')
        for pat in c['mustNotContain']:
            if re.search(pat, text, re.M): r['failures'].append(f'{where}: says /{pat}/ — “{snippet(text, pat)}”')
    r['pass'] = not r['failures']
    results.append(r)

json.dump(results, open(os.path.join(out, 'results.json'), 'w'), indent=1, ensure_ascii=False)
probs = {}
for r in results: probs.setdefault(r['problem'], []).append(r)
lines = ['| problem | pass/total | ' + ' | '.join(f'v{i}' for i in range(1, 6)) + ' |', '|---|---|' + '---|' * 5]
for p, rs in probs.items():
    cells = ['PASS' if r['pass'] else ('ERR' if r['error'] else 'FAIL') for r in rs]
    lines.append(f"| {p} | {sum(r['pass'] for r in rs)}/{len(rs)} | " + ' | '.join(cells) + ' |')
tot = sum(r['pass'] for r in results)
lines.append(f'\nall: {tot}/{len(results)}')
table = '\n'.join(lines)
detail = []
for r in results:
    if not r['pass']:
        detail.append(f"- {r['file']}: " + (r['error'] or '; '.join(r['failures'])))
open(os.path.join(out, 'table.md'), 'w').write(table + '\n\nFailures:\n' + '\n'.join(detail) + '\n')
print(table); print('\nFailures:'); print('\n'.join(detail))
