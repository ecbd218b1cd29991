#!/bin/sh
# run.sh <checkout> <out.json>: the statement texts of dump.ts's names in <checkout> (see README.md).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
cp "$HERE/dump.ts" "$1/dump.tmp.ts"
"$1/node_modules/.bin/esbuild" "$1/dump.tmp.ts" --bundle --platform=node --log-level=error --outfile=/tmp/loop-dump-texts.js --external:neo4j-driver
rm "$1/dump.tmp.ts"
node /tmp/loop-dump-texts.js "$1" "$HERE/../2026-12-07-cypher/names.txt" "$2"
