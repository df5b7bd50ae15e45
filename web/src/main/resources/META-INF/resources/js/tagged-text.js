// Segment text as the API sends it: XLIFF-style tagged text, where text runs are XML-escaped
// (&lt; &gt; &amp;) and inline codes are <g id="1">…</g>, <x id="2"/>, <bx/>, <ex/> tags.
// The textarea shows the text unescaped with the tags as they are; saving escapes it back, so a
// typed "<script>" stays text and AT&T stays AT&T.
//
// What is a tag and what is text is the server's reading (core's TaggedTextLexer, lenient view):
// only those five tags, with one quoted id of 1–9 digits, XML white space around it; anything else
// is text, so a typed <ph> or <b> is saved escaped instead of being refused. The shared vectors in
// core/src/test/resources/org/tarjoman/core/document/tagged-text-vectors.json hold both to it.

const SPACE = '[ \\t\\r\\n]';
const ID = `${SPACE}+id${SPACE}*=${SPACE}*(?:"[0-9]{1,9}"|'[0-9]{1,9}')${SPACE}*`;

export const TAG = new RegExp(`<(?:g${ID}|(?:x|bx|ex)${ID}/|/g${SPACE}*)>`, 'g');

// A reference runs at most 11 characters from & to ; (&#1114111;, &#x10FFFF;), as on the server.
const ENTITY = /&(?:lt|gt|amp|quot|apos|#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7});/g;
const NAMED = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
const LAST_CODE_POINT = 0x10FFFF;

/** Unescapes one text run; a reference to no character (U+0000, beyond Unicode) stays as written. */
export function decode(text) {
  return text.replace(ENTITY, (entity) => {
    if (entity in NAMED) return NAMED[entity];
    const hex = entity[2] === 'x' || entity[2] === 'X';
    const code = hex ? parseInt(entity.slice(3, -1), 16) : parseInt(entity.slice(2, -1), 10);
    return code > 0 && code <= LAST_CODE_POINT ? String.fromCodePoint(code) : entity;
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
