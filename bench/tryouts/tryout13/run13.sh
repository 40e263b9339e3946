#!/usr/bin/env bash
# Try-out 13: replay the three blind histories in TREE and save what a user would see into OUT.
# usage: run13.sh TREE OUT      (TREE: a docketwatch checkout with node_modules)
set -u
TREE=$(cd "${1:?TREE}" && pwd)
mkdir -p "${2:?OUT}"
OUT=$(cd "$2" && pwd)
H=$(cd "$(dirname "$0")" && pwd)
cd "$TREE"
export DOCKETWATCH_SECRET=${DOCKETWATCH_SECRET:-tryout13-local-secret-0000000000000000}

run_case() { # name court:docket dates...
  local x=$1 case=$2; shift 2
  rm -rf "$OUT/$x.sqlite" "$OUT/$x-mail" "$OUT/$x-deadlines"
  mkdir -p "$OUT/$x-deadlines"
  echo "== $x: replay" >&2
  node bin/docketwatch.js replay "$H/$x.json" --speed max --db "$OUT/$x.sqlite" --outbox "$OUT/$x-mail" \
    --languages en,es,ar --json > "$OUT/$x.json" 2> "$OUT/$x.stderr"
  echo "   rc=$? mails=$(ls "$OUT/$x-mail" 2>/dev/null | wc -l)" >&2
  for d in "$@"; do
    node bin/docketwatch.js deadlines --case "$case" --as-of "$d" --db "$OUT/$x.sqlite" \
      > "$OUT/$x-deadlines/$d.txt" 2>&1
    node bin/docketwatch.js deadlines --case "$case" --as-of "$d" --db "$OUT/$x.sqlite" --json \
      > "$OUT/$x-deadlines/$d.json" 2>/dev/null
  done
  # the mails as text (subject + plain body), one file per mail, for reading
  python3 - "$OUT/$x-mail" "$OUT/$x-mail-text" <<'EOF'
import email, email.policy, os, sys
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)
for f in sorted(os.listdir(src)) if os.path.isdir(src) else []:
    if not f.endswith('.eml'):
        continue
    m = email.message_from_binary_file(open(os.path.join(src, f), 'rb'), policy=email.policy.default)
    body = m.get_body(preferencelist=('plain',))
    text = body.get_content() if body else ''
    with open(os.path.join(dst, f[:-4] + '.txt'), 'w') as o:
        o.write(f"To: {m['To']}\nDate: {m['Date']}\nSubject: {m['Subject']}\n\n{text}")
EOF
}

run_case pawd pawd:3:31-cv-00022 2031-02-05 2031-02-10 2031-02-20 2031-02-27 2031-03-11 2031-03-17 \
  2031-04-10 2031-04-20 2031-05-02 2031-08-10 2031-12-05 2032-01-28
run_case ohsd ohsd:2:30-cv-04112 2030-09-11 2030-09-17 2030-09-22 2030-10-05 2030-10-20 2030-10-31 \
  2030-11-22 2030-12-12 2030-12-20 2031-02-16 2031-03-30 2031-06-15 2031-08-12 2031-08-25
run_case ared ared:4:32-cv-00087 2032-01-14 2032-01-19 2032-01-28 2032-02-06 2032-02-12 2032-02-22 \
  2032-03-10 2032-04-20 2032-05-22 2032-06-12 2032-06-16 2032-06-26
# extra views used in findings.md: the appeal cases, and C between the TRO's first end and the PI
extra() { # name case date
  node bin/docketwatch.js deadlines --case "$2" --as-of "$3" --db "$OUT/$1.sqlite" > "$OUT/$1-deadlines/extra-${2//:/_}-$3.txt" 2>&1
}
extra pawd ca3:31-1457 2031-08-10
extra ohsd ca6:30-3987 2031-03-20
extra ared ca8:32-1290 2032-04-20
extra ared ared:4:32-cv-00087 2032-01-31
extra ared ared:4:32-cv-00087 2032-02-03
extra ared ared:4:32-cv-00087 2032-02-04
echo "done: $OUT" >&2
