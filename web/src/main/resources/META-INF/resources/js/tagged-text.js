// Segment text as the API sends it: XLIFF-style tagged text, where text runs are XML-escaped
// (&lt; &gt; &amp;) and inline codes are <g id="1">…</g>, <x id="2"/>, <bx/>, <ex/> tags.
// The textarea shows the text unescaped with the tags as they are; saving escapes it back, so a
// typed "<script>" stays text and AT&T stays AT&T.

export const TAG = /<\/?(?:g|x|bx|ex|ph|it)\b[^<>]*>/g;

const ENTITY = /&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;
const NAMED = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** Unescapes one text run. */
export function decode(text) {
  return text.replace(ENTITY, (entity) => {
    if (entity in NAMED) return NAMED[entity];
    const code = entity[2] === 'x' ? parseInt(entity.slice(3, -1), 16) : parseInt(entity.slice(2, -1), 10);
    try {
      return String.fromCodePoint(code);
    } catch {
      return entity;
    }
  });
}

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** [{text} | {tag}] runs of tagged text, text runs unescaped. */
export function runs(tagged) {
  const text = tagged ?? '';
  const out = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    if (match.index > last) out.push({ text: decode(text.slice(last, match.index)) });
    out.push({ tag: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: decode(text.slice(last)) });
  return out;
}

/** The text without its inline codes, unescaped: what match and concordance spans count in. */
export function plainText(tagged) {
  return runs(tagged).map((run) => run.text ?? '').join('');
}

/** Tagged text → what the textarea shows. */
export function toEditable(tagged) {
  return runs(tagged).map((run) => run.text ?? run.tag).join('');
}

/** What the textarea holds → tagged text for the API. */
export function toTagged(editable) {
  const text = editable ?? '';
  let out = '';
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    out += escape(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + escape(text.slice(last));
}
