// The server's QA findings on the editor's rows. The rules live on the server (core's checks: numbers
// in any script, Solar Hijri dates, inline codes, punctuation, …); this module asks and shows:
//   - as the translator types, a draft check (POST …/segments/{id}/check, nothing saved) once they
//     pause, so a request goes out per pause rather than per key (the check is rate-limited as a lookup);
//   - a save's answer carries the saved target's findings;
//   - when the task is opened, its QA report gives every translated segment's findings.
// A check answered after a newer one was asked for is dropped, so a slow answer never shows over a
// fresher one. Each finding shows its code, its message and its span in the text, highlighted.

import * as api from './api.js';
import { el } from './dom.js';

const PAUSE_MS = 400;
const CONTEXT = 24;

export function createQaFindings(jobId, lang) {
  const known = new Map();
  const timers = new Map();
  const asked = new Map();
  const listeners = [];

  function set(id, findings) {
    known.set(id, findings);
    listeners.forEach((listener) => listener(id));
  }

  async function check(id, target) {
    const ticket = (asked.get(id) ?? 0) + 1;
    asked.set(id, ticket);
    try {
      const report = await api.checkSegment(jobId, lang, id, target);
      if (asked.get(id) === ticket) set(id, report.findings);
    } catch {
      // a refused or failed check leaves the last findings shown; the save answers with its own
    }
  }

  return {
    subscribe(listener) {
      listeners.push(listener);
    },
    /** The findings last known for a segment (empty when none were asked for yet). */
    of: (id) => known.get(id) ?? [],
    /** Checks a draft once the typing pauses; a later draft of the same segment replaces it. */
    draft(id, target) {
      clearTimeout(timers.get(id));
      timers.set(id, setTimeout(() => check(id, target), PAUSE_MS));
    },
    /** The findings a save answered with (the caller passes them only while the text is still the saved one). */
    saved(id, findings) {
      set(id, findings ?? []);
    },
    /** Every translated segment's findings, from the task's QA report. */
    async loadReport() {
      const report = await api.taskQa(jobId, lang);
      const bySegment = new Map();
      for (const finding of report.findings) {
        if (!bySegment.has(finding.segmentId)) bySegment.set(finding.segmentId, []);
        bySegment.get(finding.segmentId).push(finding);
      }
      for (const [id, findings] of bySegment) if (!asked.has(id)) set(id, findings);
    },
  };
}

/** The row's mark: ⛔ for an error, ⚠ for warnings only, with the messages as its title. */
export function markRow(row, findings) {
  const mark = row.querySelector('.seg-qa');
  const errors = findings.some((f) => f.severity === 'error');
  mark.textContent = findings.length === 0 ? '' : errors ? '⛔' : '⚠';
  mark.title = findings.map((f) => `${f.code}: ${f.message}`).join('\n');
  row.dataset.qa = findings.length === 0 ? 'ok' : errors ? 'error' : 'warn';
}

/**
 * The findings as list items in the workbench: code, message, and the spanned text highlighted in
 * its side (the target as typed, ltr in the target language; the source rtl in Persian).
 */
export function renderFindings(list, findings, { source, target, lang }) {
  list.replaceChildren(...findings.map((finding) => {
    const onTarget = finding.span?.side === 'target';
    const text = onTarget ? target : source;
    return el('li', { className: `qa-finding qa-${finding.severity}`, dataset: { code: finding.code } },
      el('code', { className: 'qa-code' }, finding.code), ' ', finding.message,
      finding.span && text ? excerpt(text, finding.span, onTarget ? { lang, dir: 'ltr' } : { lang: 'fa', dir: 'rtl' }) : null);
  }));
}

function excerpt(text, span, direction) {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return el('q', { className: 'qa-span', ...direction },
    (from > 0 ? '…' : '') + text.slice(from, start),
    el('mark', {}, text.slice(start, end)),
    text.slice(end, to) + (to < text.length ? '…' : ''));
}
