// Which rows a filter shows: one status and/or a text found in the source or the target. Persian
// spelling variants are folded (ي/ی, ك/ک, ZWNJ) so a search finds what the eye would.

import { plainText } from './tagged-text.js';

function fold(tagged) {
  return plainText(tagged).toLowerCase().replace(/\u064A/g, '\u06CC').replace(/\u0643/g, '\u06A9').replace(/\u200C/g, ' ');
}

/** The filter {status, text} as a test of a segment and the target text the user sees for it. */
export function rowFilter({ status, text }) {
  const needle = fold(text.trim());
  return (segment, target) => (!status || segment.status === status)
    && (!needle || fold(segment.source).includes(needle) || fold(target).includes(needle));
}
