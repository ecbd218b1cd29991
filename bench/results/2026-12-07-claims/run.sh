#!/bin/sh
# Issue 27 (claims): the benchmark's mix at the paper's scale, before (c63d5dd: main with the five Source nodes, no
# claims) and after (this branch), run at the same time on one machine so both see the same load, each with its own
# Neo4j on its own ports. BEFORE is a checkout of c63d5dd (git archive) with node_modules and .neo4j/lib linked.
BEFORE=${BEFORE:-/tmp/claims-before}
AFTER=${AFTER:-$(cd "$(dirname "$0")/../../.." && pwd)}
OUT=$AFTER/bench/results/2026-12-07-claims
ARGS="--scales paper --rounds 3 --seconds 2 --max-minutes 14"
(cd "$BEFORE" && node scripts/build.mjs --tools >/dev/null && BENCH_NEO4J_BOLT_PORT=37101 BENCH_NEO4J_HTTP_PORT=37102 \
  BENCH_NEO4J_HEAP=1g BENCH_NEO4J_PAGECACHE=512m node dist-tools/tools/bench.js $ARGS --out "$OUT/before" >"$OUT/before.log" 2>&1) &
(cd "$AFTER" && node scripts/build.mjs --tools >/dev/null && BENCH_NEO4J_BOLT_PORT=37201 BENCH_NEO4J_HTTP_PORT=37202 \
  BENCH_NEO4J_HEAP=1g BENCH_NEO4J_PAGECACHE=512m node dist-tools/tools/bench.js $ARGS --out "$OUT/after" >"$OUT/after.log" 2>&1) &
wait
