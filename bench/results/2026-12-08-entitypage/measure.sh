#!/bin/sh
# The entity page against the IRI's other answers: median time of 15 requests each, side by side in one run,
# for a work with claims and the largest hub (Hong Kong). BASE is a server over the paper's seed.
BASE=${BASE:-http://127.0.0.1:23510}
for path in /id/work/warriors-of-future /id/region/japan /id/region/hong-kong; do
  for accept in text/html application/ld+json application/n-triples; do
    times=$(for i in $(seq 15); do curl -s -o /dev/null -w '%{time_total}\n' -H "accept: $accept" "$BASE$path"; done | sort -n)
    median=$(echo "$times" | sed -n 8p)
    size=$(curl -s -H "accept: $accept" "$BASE$path" | wc -c)
    echo "$path $accept median ${median}s bytes $size"
  done
done
