// Shows only the rows of one status and/or containing a text in source or target. Persian
// spelling variants are folded (ي/ی, ك/ک, ZWNJ) so a search finds what the eye would.

import { plainText } from './tagged-text.js';

function fold(tagged) {
  return plainText(tagged).toLowerCase().replace(/\u064A/g, '\u06CC').replace(/\u0643/g, '\u06A9').replace(/\u200C/g, ' ');
}

/** Applies the filter; answers how many rows are visible. */
export function applyFilter(segments, rows, { status, text }, textOf) {
  const needle = fold(text.trim());
  const visibleByBlock = new Map();
  let visible = 0;
  for (const segment of segments) {
    const show = (!status || segment.status === status)
      && (!needle || fold(segment.source).includes(needle) || fold(textOf(segment)).includes(needle));
    const row = rows.get(segment.id);
    row.hidden = !show;
    if (show) visible += 1;
    visibleByBlock.set(row.parentElement, (visibleByBlock.get(row.parentElement) || 0) + (show ? 1 : 0));
  }
  for (const [block, count] of visibleByBlock) block.hidden = count === 0;
  return visible;
}
