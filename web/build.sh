#!/bin/sh
# build.sh - prepares web/ to be served: copies the few front-end files the page
# needs from web/node_modules (installed by `npm ci --prefix web`) into web/vendor/,
# and writes web/data/iso-numeric.json from data/iso-numeric.csv. Idempotent and
# quiet: a file is rewritten only when it differs. Run by scripts/install-deps.
set -eu

web=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$web")
nm="$web/node_modules"

if [ ! -d "$nm/d3-geo" ] || [ ! -d "$nm/topojson-client" ] || [ ! -d "$nm/world-atlas" ]; then
	echo "web/build.sh: $nm is incomplete; run: npm ci --prefix web" >&2
	exit 1
fi

mkdir -p "$web/vendor" "$web/data"
put() { # put SRC DEST: copy when missing or different
	if ! cmp -s "$1" "$2"; then
		cp "$1" "$2"
	fi
}
put "$nm/d3-array/dist/d3-array.min.js" "$web/vendor/d3-array.min.js"
put "$nm/d3-array/LICENSE" "$web/vendor/d3-array.LICENSE.txt"
put "$nm/d3-geo/dist/d3-geo.min.js" "$web/vendor/d3-geo.min.js"
put "$nm/d3-geo/LICENSE" "$web/vendor/d3-geo.LICENSE.txt"
put "$nm/topojson-client/dist/topojson-client.min.js" "$web/vendor/topojson-client.min.js"
put "$nm/topojson-client/LICENSE" "$web/vendor/topojson-client.LICENSE.txt"
put "$nm/world-atlas/countries-110m.json" "$web/vendor/countries-110m.json"
put "$nm/world-atlas/LICENSE" "$web/vendor/world-atlas.LICENSE.txt"

node "$web/tools/iso-json.mjs" "$root/data/iso-numeric.csv" "$web/data/iso-numeric.json"
