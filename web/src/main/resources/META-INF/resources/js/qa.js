// Quick checks of a target against its source while typing: numbers of the source missing from the
// target (Persian and Arabic-Indic digits read as ASCII; group and decimal separators ignored, so
// ۴٫۵ matches 4.5 and 4,5), and inline codes whose count differs.

import { plainText, TAG } from './tagged-text.js';

const NUMBER = /[0-9\u06F0-\u06F9\u0660-\u0669]+(?:[.,\u066B\u066C][0-9\u06F0-\u06F9\u0660-\u0669]+)*/g;

function asciiDigits(text) {
  return text.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06F0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

export function numbers(text) {
  return (asciiDigits(plainText(text)).match(NUMBER) || []).map((n) => n.replace(/[^0-9]/g, ''));
}

function tags(text) {
  return (text.match(TAG) || []).length;
}

/** Warnings (strings) for a target; none for an empty target. */
export function qaWarnings(source, target) {
  if (!target || !target.trim()) return [];
  const warnings = [];
  const inTarget = numbers(target);
  for (const number of numbers(source)) {
    const at = inTarget.indexOf(number);
    if (at >= 0) inTarget.splice(at, 1);
    else warnings.push(`Number ${number} of the source is missing from the target.`);
  }
  const sourceTags = tags(source);
  const targetTags = tags(target);
  if (sourceTags !== targetTags) {
    warnings.push(`Inline codes: the source has ${sourceTags}, the target ${targetTags}.`);
  }
  return warnings;
}
