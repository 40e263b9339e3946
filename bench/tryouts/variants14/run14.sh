#!/usr/bin/env bash
# run14.sh TREE OUT — replays every variants14 history (V1-1 … V9-4) in TREE (a docketwatch checkout with
# node_modules), at most 2 at once, under nice -n 10, then runs the frozen checks (checks.frozen.json) and
# prints per problem pass/total and a table (also OUT/table.md, OUT/results.json).
# One replay failing (or timing out, 600 s) does not stop the others. ONLY=V3 limits to a prefix.
set -u
TREE=$(cd "${1:?usage: run14.sh TREE OUT}" && pwd); OUT=${2:?usage: run14.sh TREE OUT}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
echo "tree $TREE at $(git -C "$TREE" rev-parse --short HEAD 2>/dev/null) ($(git -C "$TREE" log -1 --format=%cI 2>/dev/null)); out $OUT; $(date -u)" | tee "$OUT/run.log"
replay_one() {
  f=$1; stem=$(basename "$f" .json)
  rm -rf "$OUT/$stem.sqlite" "$OUT/$stem.sqlite-"* "$OUT/$stem-mail" "$OUT/$stem.json" "$OUT/$stem.rc" "$OUT/$stem".asof-*.txt
  start=$(date +%s)
  ( cd "$TREE" && timeout 600 nice -n 10 node bin/docketwatch.js replay "$f" --speed max --db "$OUT/$stem.sqlite" \
      --outbox "$OUT/$stem-mail" --languages en --json > "$OUT/$stem.json" 2> "$OUT/$stem.err" )
  rc=$?; echo $rc > "$OUT/$stem.rc"
  echo "$stem rc=$rc $(( $(date +%s) - start ))s" | tee -a "$OUT/run.log"
}
# a made-up signing key for the replays' links (no key file raced between two parallel replays)
export DOCKETWATCH_SECRET=${DOCKETWATCH_SECRET:-variants14-replay-only-not-a-secret-0123456789abcdef}
export -f replay_one; export TREE OUT
ls "$HERE"/${ONLY:-}*.json | grep -E '/V[0-9]+-[0-9]+\.json$' | xargs -P 2 -I{} bash -c 'replay_one "$@"' _ {}
nice -n 10 python3 "$HERE/check14.py" "$TREE" "$OUT" "$HERE/checks.frozen.json" | tee -a "$OUT/run.log"
