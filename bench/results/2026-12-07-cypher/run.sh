#!/bin/sh
# run.sh <checkout> <out.json> [dump|dump-after]: every statement name in names.txt (logged by Statements.text
# during the unit tests and the integration files below), plus every catalog name and generated
# specialisations, mapped to the text Statements builds for it in <checkout>.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
cp "$HERE/${3:-dump}.ts" "$1/dump.tmp.ts"
"$1/node_modules/.bin/esbuild" "$1/dump.tmp.ts" --bundle --platform=node --log-level=error --outfile=/tmp/dump-texts.js --external:neo4j-driver
rm "$1/dump.tmp.ts"
node /tmp/dump-texts.js "$1" "$HERE/names.txt" "$2"
