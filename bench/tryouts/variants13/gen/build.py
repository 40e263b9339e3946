import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
import t1, t2, t3, t4, t5, t6, t7, t8, n6, n7n8
checks = []; md = ['# variants13 — expected outcomes (written before any run)', '',
  'Each history: /work/notes/variants13/<name>.json. The machine checks are in checks.json: for each file,',
  '`cli` checks run `docketwatch deadlines --case CASE --as-of D --db OUT/F.sqlite` and every regex of',
  'mustContain must match (Python `re`, the pattern carries its flags), none of mustNotContain;',
  '`mail` checks read the .eml files of the replay (decoded text/plain bodies and Subjects): `subjects` =',
  'every Subject (one per line), `bodies` = every body (all readers), `advocate` = advocate bodies+subjects,',
  '`all` = every subject and body. A variant passes when all its checks pass.', '']
cur = None
for name, h, cid, cks, exp in VARIANTS:
    json.dump(h, open(f'{OUT}/{name}.json', 'w'), indent=2, ensure_ascii=False)
    checks.append({'file': f'{name}.json', 'problem': name.split('-')[0], 'case': cid, 'checks': cks})
    p = name.split('-')[0]
    if p != cur: md += ['', f'## {p}', '']; cur = p
    md.append(f'- **{name}** (`{cid}`): {exp}')
    for c in cks:
        where = f"CLI as of {c['asOf']}" if c['type'] == 'cli' else f"mail ({c['to']})"
        md.append(f"  - {where}: must {c['mustContain'] or '—'}; must not {c['mustNotContain'] or '—'}")
json.dump(checks, open(f'{OUT}/checks.json', 'w'), indent=1, ensure_ascii=False)
open(f'{OUT}/expected.md', 'w').write('\n'.join(md) + '\n')
print(len(VARIANTS), 'variants')
