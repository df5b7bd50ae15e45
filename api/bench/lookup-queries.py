"""Request bodies for api/bench/tm-lookup.sh, one JSON per line: the editor's lookup (threshold 70, limit 5) of
sources taken from the TMX the memory was imported from, with their neighbours in the file as previous/next.
  python3 lookup-queries.py <tmx> <stored-out> <edited-out> [count]
stored: the source exactly as stored; edited: the same with 1-2 words edited (a word replaced by one from another
sentence, dropped, or swapped with its neighbour: NtrexCorpus.edit's edits)."""
import json
import random
import re
import sys

tmx, stored_out, edited_out = sys.argv[1:4]
count = int(sys.argv[4]) if len(sys.argv) > 4 else 2000
seg = re.compile(r'<tuv xml:lang="fa"[^>]*>\s*<seg>(.*?)</seg>', re.S)
with open(tmx, encoding="utf-8") as f:
    text = f.read()
# The <seg> holds the unit's tagged text XML-escaped; without inline codes its XML escaping is the tagged
# text's own (&amp; &lt;), so the stored source is the content as written, minus &gt; / &quot; which tagged
# text keeps as characters.
sources = [s.replace("&gt;", ">").replace("&quot;", '"') for s in seg.findall(text)]
del text
if not sources:
    sys.exit(f"no fa segments in {tmx}")
rng = random.Random(7)
words = [w for s in rng.sample(sources, min(len(sources), 5000)) for w in s.split(" ") if w.isalpha()]


def body(i, source):
    return json.dumps({"source": source,
                       "previous": sources[i - 1] if i > 0 else None,
                       "next": sources[i + 1] if i + 1 < len(sources) else None,
                       "threshold": 70, "limit": 5}, ensure_ascii=False)


def edit(sentence):
    tokens = sentence.split(" ")
    for _ in range(rng.randint(1, 2)):
        if len(tokens) <= 2:
            break
        at = rng.randrange(len(tokens) - 1)
        kind = rng.randrange(4)
        if kind == 0:
            del tokens[at]
        elif kind == 1:
            tokens[at], tokens[at + 1] = tokens[at + 1], tokens[at]
        else:
            tokens[at] = rng.choice(words)
    return " ".join(tokens)


picks = [rng.randrange(len(sources)) for _ in range(count)]
with open(stored_out, "w", encoding="utf-8") as out:
    out.writelines(body(i, sources[i]) + "\n" for i in picks)
picks = [rng.randrange(len(sources)) for _ in range(count)]
with open(edited_out, "w", encoding="utf-8") as out:
    out.writelines(body(i, edit(sources[i])) + "\n" for i in picks)
print(f"{count:,} stored and {count:,} edited lookups from {len(sources):,} sources")
