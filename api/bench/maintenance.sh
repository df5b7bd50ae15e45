#!/usr/bin/env bash
# Memory maintenance through REST on a memory of N units (default 100,000) recombined from NTREX, with
# five authors and confirmation dates over the twelve months of 2026: search by source, target, author
# and month; statistics; a find-and-replace preview and its application, over the memory and by a source
# phrase; deletions by filter, by a phrase too. Prints the
# median of 5 calls for the reads, one call for each write, and the machine's load.
# Needs the packaged app (./mvnw -B -q -pl api -am package -DskipTests; not installed, so helpers can run it).
#   [HEAP=1g] api/bench/maintenance.sh [units]
set -euo pipefail
cd "$(dirname "$0")/../.."
. api/bench/common.sh
units=${1:-100000}
heap=${HEAP:-1g}
port=${PORT:-18093}
work=$(mktemp -d /tmp/tarjoman-maint.XXXX)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; true' EXIT

python3 - "$units" "$work/fa-en.tmx" <<'PY'
import random, sys
from xml.sax.saxutils import escape
n, out = int(sys.argv[1]), sys.argv[2]
fa = open('test-data/ntrex128/newstest2019-ref.fas.txt', encoding='utf-8').read().splitlines()
en = open('test-data/ntrex128/newstest2019-src.eng.txt', encoding='utf-8').read().splitlines()
rnd, seen = random.Random(12), set()
authors = ['sara', 'reza', 'mina', 'dariush', 'parisa']
with open(out, 'w', encoding='utf-8') as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" '
            'segtype="sentence" o-tmf="x" adminlang="en" srclang="fa" datatype="plaintext"/><body>\n')
    while len(seen) < n:
        i, j = rnd.randrange(len(fa)), rnd.randrange(len(fa))
        if (i, j) in seen:
            continue
        seen.add((i, j))
        f.write(f'<tu changeid="{rnd.choice(authors)}" changedate="2026{rnd.randrange(1, 13):02d}{rnd.randrange(1, 29):02d}T120000Z">'
                f'<tuv xml:lang="fa"><seg>{escape(fa[i] + " " + fa[j])}</seg></tuv>'
                f'<tuv xml:lang="en"><seg>{escape(en[i] + " " + en[j])}</seg></tuv></tu>\n')
    f.write('</body></tmx>\n')
PY
bench_start_app "$port" "$work/data" "$heap" "$work/app.log"
bench_wait_import "$(bench_import "$port" fa-en "$work/fa-en.tmx")" | head -c 300; echo
# A text filter reads the units the index names, and those written since this node last knew its index
# complete (sync-interval + 10 s): right after an import that is all of them, and the search scans.
echo "search source=ترامپ right after the import: $(curl -s -o /dev/null -w '%{time_total}' "${auth[@]}" -G "localhost:$port/api/v1/memories/fa-en/units" --data-urlencode 'source=ترامپ') s"
sleep 11

memory="localhost:$port/api/v1/memories/fa-en"
median() { for _ in 1 2 3 4 5; do curl -s -o "$work/out.json" -w '%{time_total}\n' "${auth[@]}" "$@"; done | sort -n | sed -n 3p; }
once() { curl -s -o "$work/out.json" -w '%{time_total}' "${auth[@]}" "$@"; }
said() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(*(f'{k}={d[k]}' for k in sys.argv[2:]))" "$work/out.json" "$@"; }
echo "search source=ايران (Arabic yeh), first 50 + total: $(median -G "$memory/units" --data-urlencode 'source=ايران') s, $(said total)"
echo "search source=ترامپ (Trump, some 8% of units): $(median -G "$memory/units" --data-urlencode 'source=ترامپ') s, $(said total)"
echo "search source=ها (a piece of most words: a scan): $(median -G "$memory/units" --data-urlencode 'source=ها') s, $(said total)"
echo "search target=TRUMP, author=sara: $(median -G "$memory/units" --data-urlencode 'target=TRUMP' -d author=sara) s, $(said total)"
echo "search target=zzzqqq (in no unit): $(median -G "$memory/units" --data-urlencode 'target=zzzqqq') s"
echo "search author=sara, November: $(median -G "$memory/units" -d author=sara -d from=2026-11-01 -d to=2026-11-30) s, $(said total)"
echo "search, no filter: $(median "$memory/units") s"
echo "statistics: $(median "$memory/statistics") s, $(said units)"
echo "statistics source=ترامپ: $(median -G "$memory/statistics" --data-urlencode 'source=ترامپ') s, $(said units)"
replace='{"find":"Iran","replace":"IRAN","wholeWord":true}'
echo "replacement preview over the whole memory: $(median -H 'Content-Type: application/json' -d "$replace" "$memory/replacements/preview") s, $(said total refusedTotal)"
echo "replacement applied: $(once -H 'Content-Type: application/json' -d "$replace" "$memory/replacements") s, $(said replaced)"
replace='{"find":"Trump","replace":"TRUMP","wholeWord":true,"filter":{"source":"ترامپ"}}'
echo "replacement preview, source=ترامپ: $(median -H 'Content-Type: application/json' -d "$replace" "$memory/replacements/preview") s, $(said total refusedTotal)"
echo "replacement applied, source=ترامپ: $(once -H 'Content-Type: application/json' -d "$replace" "$memory/replacements") s, $(said replaced)"
echo "delete author=parisa, November: $(once -X DELETE "$memory/units?author=parisa&from=2026-11-01&to=2026-11-30") s, $(said deleted)"
echo "delete author=mina: $(once -X DELETE "$memory/units?author=mina") s, $(said deleted)"
echo "delete source=ايران: $(once -X DELETE -G "$memory/units" --data-urlencode 'source=ايران') s, $(said deleted)"
echo "delete target=trump, author=reza: $(once -X DELETE -G "$memory/units" --data-urlencode 'target=trump' -d author=reza) s, $(said deleted)"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
