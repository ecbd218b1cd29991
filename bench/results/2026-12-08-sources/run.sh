#!/bin/sh
# Issue 27, item 2 (sources on every question field and aggregate): the part of the benchmark's mix whose resolvers
# the change touches (imports: importSharesByYear, now through tradeFlowsFromSources; aggregate: factsAggregate, now
# through checkedSources; path: shortestPaths, through pathsFromSources) and lookup as a control, before (d5d66eb, main
# at the branch's start, a git archive with node_modules and .neo4j/lib linked) and after (this branch), one after the
# other, each with its own Neo4j on this part's ports.
BEFORE=${BEFORE:-/tmp/sources-before}
AFTER=${AFTER:-$(cd "$(dirname "$0")/../../.." && pwd)}
OUT=$AFTER/bench/results/2026-12-08-sources
ARGS="--scales paper --rounds 3 --seconds 2 --connections 4 --only lookup,imports,aggregate,path --max-minutes 6"
for side in before after; do
  if [ $side = before ]; then DIR=$BEFORE; PORT=23110; else DIR=$AFTER; PORT=23120; fi
  (cd "$DIR" && node scripts/build.mjs --tools >/dev/null && BENCH_NEO4J_BOLT_PORT=$PORT BENCH_NEO4J_HTTP_PORT=$((PORT + 1)) \
    BENCH_NEO4J_HEAP=1g BENCH_NEO4J_PAGECACHE=512m node dist-tools/tools/bench.js $ARGS --out "$OUT/$side" >"$OUT/$side.log" 2>&1)
done
