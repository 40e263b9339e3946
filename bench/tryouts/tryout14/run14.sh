#!/usr/bin/env bash
# Blind try-out 14: replay the three histories in TREE, save what a user would read into OUT.
# usage: run14.sh TREE OUT      (TREE: a docketwatch checkout with node_modules)
set -u
TREE=$(cd "${1:?TREE}" && pwd); OUT=${2:?OUT}; mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
export DOCKETWATCH_SECRET=${DOCKETWATCH_SECRET:-tryout14-local-secret-0123456789abcdef}
cd "$TREE"
git -C "$TREE" rev-parse HEAD > "$OUT/commit.txt" 2>/dev/null
DW="node bin/docketwatch.js"
declare -A CASE=( [txnd-ortega]="txnd:3:30-cv-01187" [flnd-pettaway]="flnd:4:31-cv-00212" [vawd-mbeki]="vawd:7:32-cv-00455" )
declare -A DATES=(
 [txnd-ortega]="2030-04-09 2030-04-17 2030-04-20 2030-04-24 2030-04-27 2030-05-07 2030-05-14 2030-05-30 2030-06-13 2030-06-18 2030-07-03 2030-07-16 2030-08-10 2030-09-11 2030-11-21 2031-01-16 2031-01-18"
 [flnd-pettaway]="2031-02-28 2031-03-11 2031-03-14 2031-03-21 2031-03-26 2031-04-09 2031-04-15 2031-05-03 2031-05-10 2031-06-03 2031-07-22 2031-08-01 2031-08-20 2031-09-20 2031-10-15 2031-11-19 2031-11-22 2031-11-27"
 [vawd-mbeki]="2032-01-07 2032-01-15 2032-01-28 2032-02-03 2032-02-10 2032-03-04 2032-03-06 2032-03-09 2032-03-24 2032-04-06 2032-04-28 2032-05-11 2032-06-05 2032-08-25 2032-10-19 2032-10-28 2032-12-07"
)
port=47$((RANDOM % 90 + 10))
for h in txnd-ortega flnd-pettaway vawd-mbeki; do
  c=${CASE[$h]}; rm -rf "$OUT/$h.sqlite" "$OUT/$h-mail"; mkdir -p "$OUT/$h-asof" "$OUT/$h-web"
  echo "== $h replay"
  $DW replay "$HERE/$h.json" --speed max --db "$OUT/$h.sqlite" --outbox "$OUT/$h-mail" \
      --languages en,es,ar --json > "$OUT/$h.json" 2> "$OUT/$h.stderr"; echo "rc=$?" >> "$OUT/$h.stderr"
  for d in ${DATES[$h]}; do
    $DW deadlines --case "$c" --as-of "$d" --db "$OUT/$h.sqlite" > "$OUT/$h-asof/$d.txt" 2>&1
  done
  $DW entries --case "$c" --db "$OUT/$h.sqlite" > "$OUT/$h-entries.txt" 2>&1 || true
  # the case page and the key-dates pages a family would open
  $DW serve --port "$port" --host 127.0.0.1 --db "$OUT/$h.sqlite" > "$OUT/$h-web/serve.log" 2>&1 & spid=$!
  for i in $(seq 1 40); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
  court=${c%%:*}; docket=${c#*:}
  curl -s "http://127.0.0.1:$port/cases/$court/$docket" > "$OUT/$h-web/case.html"
  for d in ${DATES[$h]}; do
    curl -s "http://127.0.0.1:$port/cases/$court/$docket/key-dates?lang=en&as-of=$d" > "$OUT/$h-web/key-dates-en-$d.html"
  done
  for l in es ar; do
    last=$(echo ${DATES[$h]} | awk '{print $NF}')
    curl -s "http://127.0.0.1:$port/cases/$court/$docket/key-dates?lang=$l&as-of=$last" > "$OUT/$h-web/key-dates-$l-$last.html"
  done
  kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null
  # the mails as text: subject + plain-text body, in file order
  python3 - "$OUT/$h-mail" > "$OUT/$h-mail.txt" <<'PY'
import sys, os, email
from email import policy
d = sys.argv[1]
for f in sorted(os.listdir(d)) if os.path.isdir(d) else []:
    if not f.endswith('.eml'): continue
    m = email.message_from_binary_file(open(os.path.join(d, f), 'rb'), policy=policy.default)
    body = m.get_body(preferencelist=('plain',))
    print('=' * 100); print('FILE', f); print('To:', m['To']); print('Date:', m['Date']); print('Subject:', m['Subject'])
    print(body.get_content() if body else '(no text part)')
PY
done
echo done
