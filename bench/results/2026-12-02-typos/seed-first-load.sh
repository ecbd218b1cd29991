#!/bin/bash
# the first seed load after an install: before (0b360b5) against wt-memo after its build (memo removed, then the build's derive step)
b() { cd /work/bench-before && LOCAL_NEO4J_BOLT_PORT=27687 LOCAL_NEO4J_HTTP_PORT=27474 /usr/bin/time -f "before   %e s wall %U s user" node dist/scripts/seed.js --reset 2>&1 >/dev/null | tail -n 1; }
a() { cd /work/wt-memo && rm -f .neo4j/derived-names.json && node dist/scripts/derive-seed-names.js 2>&1 | sed 's/^/  build: /' && LOCAL_NEO4J_BOLT_PORT=28687 LOCAL_NEO4J_HTTP_PORT=28474 /usr/bin/time -f "after    %e s wall %U s user" node dist/scripts/seed.js --reset 2>&1 >/dev/null | tail -n 1; }
b >/dev/null; a >/dev/null
for i in 1 2 3 4 5 6 7 8 9 10; do b; a; done
