#!/bin/bash
# interleaved seed loads: before; after with memo; after without memo — wall, user, sys of the seed process
b() { cd /work/bench-before && LOCAL_NEO4J_BOLT_PORT=27687 LOCAL_NEO4J_HTTP_PORT=27474 /usr/bin/time -f "before   %e s wall %U s user %S s sys" node dist/scripts/seed.js --reset 2>&1 >/dev/null | tail -n 1; }
am() { cd /work/bench-after && LOCAL_NEO4J_BOLT_PORT=28687 LOCAL_NEO4J_HTTP_PORT=28474 /usr/bin/time -f "memo     %e s wall %U s user %S s sys" node dist/scripts/seed.js --reset 2>&1 >/dev/null | tail -n 1; }
an() { rm -f /work/bench-after/.neo4j/derived-names.json; cd /work/bench-after && LOCAL_NEO4J_BOLT_PORT=28687 LOCAL_NEO4J_HTTP_PORT=28474 /usr/bin/time -f "no-memo  %e s wall %U s user %S s sys" node dist/scripts/seed.js --reset 2>&1 >/dev/null | tail -n 1; }
b >/dev/null; am >/dev/null   # warm-ups, discarded
for i in 1 2 3 4 5 6 7 8 9 10; do b; an; am; done
