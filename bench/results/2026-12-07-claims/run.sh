#!/bin/sh
# Issue 27 (claims): part of the benchmark's mix at the paper's scale, before (c63d5dd: main with the five Source nodes,
# no claims) and after (this branch), one after the other on one machine, each with its own Neo4j on its own ports.
# BEFORE is a checkout of c63d5dd (git archive) with node_modules and .neo4j/lib linked. Run at the same time, the two
# could not start: each run's first statement outlasted the tool's 30 s on a machine at load 20-38.
BEFORE=${BEFORE:-/tmp/claims-before}
AFTER=${AFTER:-$(cd "$(dirname "$0")/../../.." && pwd)}
OUT=$AFTER/bench/results/2026-12-07-claims
ARGS="--scales paper --rounds 3 --seconds 2 --connections 4 --only lookup,nested,aggregate,page,path --max-minutes 8"
for side in before after; do
  if [ $side = before ]; then DIR=$BEFORE; PORT=37101; else DIR=$AFTER; PORT=37201; fi
  (cd "$DIR" && node scripts/build.mjs --tools >/dev/null && BENCH_NEO4J_BOLT_PORT=$PORT BENCH_NEO4J_HTTP_PORT=$((PORT + 1)) \
    BENCH_NEO4J_HEAP=1g BENCH_NEO4J_PAGECACHE=512m node dist-tools/tools/bench.js $ARGS --out "$OUT/$side" >"$OUT/$side.log" 2>&1)
done
