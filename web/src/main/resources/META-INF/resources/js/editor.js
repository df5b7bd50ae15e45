// The side-by-side editor of one task (/jobs/{id}/{lang}): loads every segment in one request,
// renders the rows once, and edits one active row at a time (a textarea with the memory matches,
// placeables and QA warnings below it). Saving is autosave.js's job; keys are shortcuts.js's.

import * as api from './api.js';
import { CONFIRMED, createSaver } from './autosave.js';
import { mountConcordance } from './concordance.js';
import { askAboutConflict, refocus } from './conflict-dialog.js';
import { el } from './dom.js';
import { isReviewer, mountIdentity, onIdentityChange } from './identity.js';
import { forgetMatches, matchesFor, renderMatches } from './matches.js';
import { placeablesFor, renderPlaceables } from './placeables.js';
import { progressBar } from './progress.js';
import { qaWarnings } from './qa.js';
import { applyFilter } from './row-filter.js';
import { refreshRow, renderSegments, showSaveState } from './segment-rows.js';
import { fillHelp, installShortcuts, shortcutTable } from './shortcuts.js';
import { toEditable, toTagged } from './tagged-text.js';

const [, , jobId, lang] = location.pathname.split('/');
const container = document.getElementById('segments');
const statusFilter = document.getElementById('status-filter');
const textFilter = document.getElementById('text-filter');
const announcer = document.getElementById('announcer');
const saveState = document.getElementById('save-state');

const segments = [];
const byId = new Map();
let rows = new Map();
let active = null;
let editor = null;
let bench = null;
let words = 0;

const saver = createSaver({
  jobId,
  lang,
  askConflict: askAboutConflict,
  onState(segment, state, message, counts) {
    const row = rows.get(segment.id);
    if (row) showSaveState(row, state, message);
    if (segment === active && bench) bench.state.textContent = message;
    showGlobalState(counts);
  },
  onSaved(segment, status, replaced) {
    const text = saver.text(segment);
    rows.get(segment.id) && refreshRow(rows.get(segment.id), segment, text, segment === active);
    if (segment === active && replaced) editor.value = toEditable(text);
    if (CONFIRMED.has(status)) {
      forgetMatches();
      refreshRepetitions(segment);
    }
    showProgress();
  },
});

function showGlobalState({ unsaved, saving, error, conflict }) {
  const [state, text] = conflict ? ['conflict', 'Edit conflict: choose a version']
    : error ? ['error', `${error} not saved: retrying`]
      : saving ? ['saving', 'Saving…']
        : unsaved ? ['unsaved', `${unsaved} unsaved`]
          : ['saved', 'All changes saved'];
  saveState.dataset.state = state;
  saveState.textContent = text;
}

function showProgress() {
  const progress = { words, wordsTranslated: 0, wordsReviewed: 0 };
  for (const s of segments) {
    if (CONFIRMED.has(s.status)) progress.wordsTranslated += s.words;
    if (s.status === 'REVIEWED') progress.wordsReviewed += s.words;
  }
  document.getElementById('task-progress').replaceChildren(progressBar(progress));
}

// ---- the active row -------------------------------------------------------------------------

function activate(segment, focus = true) {
  if (!segment || segment === active) {
    if (focus) editor?.focus();
    return;
  }
  deactivate();
  active = segment;
  const row = rows.get(segment.id);
  row.classList.add('active');
  row.setAttribute('aria-current', 'true');
  const readOnly = segment.status === 'REVIEWED' && !isReviewer();
  editor = el('textarea', { className: 'target-input', lang, dir: 'ltr', rows: 2, spellcheck: 'true',
    'aria-label': `Translation of segment ${segment.index + 1}`, readonly: readOnly });
  editor.value = toEditable(saver.text(segment));
  editor.addEventListener('input', () => {
    grow(editor);
    saver.edit(segment, toTagged(editor.value));
    showQa(segment);
  });
  row.querySelector('.seg-target').replaceChildren(editor);
  bench = workbench(readOnly);
  row.append(bench.element);
  grow(editor);
  showQa(segment);
  if (focus) editor.focus({ preventScroll: true });
  keepInView(row);
  loadHelpers(segment);
}

function deactivate() {
  if (!active) return;
  const row = rows.get(active.id);
  saver.flush(active);
  row.classList.remove('active');
  row.removeAttribute('aria-current');
  bench.element.remove();
  refreshRow(row, active, saver.text(active), false);
  active = editor = bench = null;
}

function workbench(readOnly) {
  const state = el('p', { className: 'row-state', role: 'status' }, readOnly ? 'Reviewed: only a reviewer can change it.' : '');
  const qa = el('ul', { className: 'qa-warnings', 'aria-label': 'QA warnings' });
  const placeables = el('ol', { className: 'placeables' }, el('li', { className: 'muted' }, 'Looking for placeables…'));
  const matches = el('ol', { className: 'matches' }, el('li', { className: 'muted' }, 'Looking up the memory…'));
  const element = el('div', { className: 'workbench' },
    el('section', { className: 'bench-matches' }, el('h3', {}, 'Memory matches'), matches),
    el('section', { className: 'bench-side' }, state, qa, el('h3', {}, 'Placeables'), placeables));
  return { element, state, qa, placeables, matches, matchList: [], placeableList: [] };
}

/** Scrolls only when the active row with its matches is not all in view; then it goes near the top. */
function keepInView(row) {
  const box = row.getBoundingClientRect();
  const view = container.getBoundingClientRect();
  if (box.top < view.top || box.bottom > view.bottom) row.scrollIntoView({ block: 'start' });
}

function grow(textarea) {
  textarea.style.height = 'auto';
  textarea.style.height = `${textarea.scrollHeight + 2}px`;
}

function showQa(segment) {
  const target = toTagged(editor.value);
  bench.qa.replaceChildren(...qaWarnings(segment.source, target).map((w) => el('li', {}, w)));
  refreshRow(rows.get(segment.id), segment, target, true);
}

async function loadHelpers(segment) {
  const i = segments.indexOf(segment);
  const here = bench;
  matchesFor(lang, segment, segments[i - 1], segments[i + 1]).then((found) => {
    if (bench !== here) return;
    here.matchList = found;
    renderMatches(here.matches, found, lang, takeMatch);
    keepInView(rows.get(segment.id));
  }).catch((error) => {
    if (bench === here) here.matches.replaceChildren(el('li', { className: 'muted' }, `Matches unavailable: ${error.message}`));
  });
  placeablesFor(segment).then((found) => {
    if (bench !== here) return;
    here.placeableList = found;
    renderPlaceables(here.placeables, found, insertPlaceable);
  });
}

async function refreshRepetitions(segment) {
  const group = segment.repeats ?? segment.id;
  if (!segments.some((s) => s !== segment && (s.repeats ?? s.id) === group)) return;
  const fresh = await api.segments(jobId, lang);
  for (const view of fresh.segments) {
    const s = byId.get(view.id);
    if (s && s !== segment && (s.repeats ?? s.id) === group && saver.state(s) === 'saved') {
      Object.assign(s, view);
      refreshRow(rows.get(s.id), s, saver.text(s), s === active);
    }
  }
  showProgress();
}

// ---- actions ----------------------------------------------------------------------------------

function say(message) {
  announcer.textContent = message;
}

function visibleSegments() {
  return segments.filter((s) => !rows.get(s.id).hidden);
}

function move(step) {
  const visible = visibleSegments();
  const at = visible.indexOf(active);
  activate(visible[Math.min(visible.length - 1, Math.max(0, at + step))]);
}

/** Open = still to do for this role, counting confirmations that are on their way to the server. */
function isOpen(segment) {
  const status = saver.status(segment);
  return isReviewer() ? status !== 'REVIEWED' : !CONFIRMED.has(status);
}

function nextOpen() {
  const visible = visibleSegments();
  const at = visible.indexOf(active);
  const order = [...visible.slice(at + 1), ...visible.slice(0, Math.max(at, 0))];
  const next = order.find((s) => isOpen(s) && s !== active);
  if (next) activate(next);
  else say('No open segments left.');
}

function confirm(status) {
  if (!active || editor.readOnly) return;
  if (!editor.value.trim()) {
    say('Type a translation before confirming.');
    return;
  }
  saver.confirm(active, toTagged(editor.value), status);
  nextOpen();
}

function takeMatch(n) {
  const match = bench?.matchList[n - 1];
  if (!match || editor.readOnly) {
    say(`There is no match ${n}.`);
    return;
  }
  replaceTarget(toEditable(match.target));
  // The save says the target is this match as long as nobody edits it (origin TM with its score).
  active.taken = { target: match.target, score: match.score };
}

function insertPlaceable(n) {
  const placeable = bench?.placeableList[n - 1];
  if (!placeable || editor.readOnly) {
    say(`There is no placeable ${n}.`);
    return;
  }
  editor.focus();
  editor.setRangeText(placeable.value, editor.selectionStart, editor.selectionEnd, 'end');
  editor.dispatchEvent(new Event('input'));
}

function replaceTarget(text) {
  editor.value = text;
  editor.focus();
  editor.setSelectionRange(text.length, text.length);
  editor.dispatchEvent(new Event('input'));
}

const showHelp = () => document.getElementById('help-dialog').showModal();

const shortcuts = shortcutTable({
  confirm: () => confirm(isReviewer() ? 'REVIEWED' : 'TRANSLATED'),
  reject: () => (isReviewer() ? confirm('REJECTED') : say('Only reviewers reject segments.')),
  next: () => move(1),
  previous: () => move(-1),
  takeMatch,
  insertPlaceable,
  copySource: () => active && !editor.readOnly && replaceTarget(toEditable(active.source)),
  focusFilter: () => { textFilter.focus(); textFilter.select(); },
  concordance: () => concordance.searchFor(selectedText()),
  backToSegment: () => activate(active ?? visibleSegments()[0]),
  help: showHelp,
});

function selectedText() {
  if (editor && document.activeElement === editor && editor.selectionEnd > editor.selectionStart) {
    return editor.value.slice(editor.selectionStart, editor.selectionEnd);
  }
  return String(window.getSelection() || '');
}

const concordance = mountConcordance(lang);

// ---- start ------------------------------------------------------------------------------------

function filter() {
  const visible = applyFilter(segments, rows, { status: statusFilter.value, text: textFilter.value }, (s) => saver.text(s));
  document.getElementById('filter-count').textContent = `${visible} of ${segments.length}`;
}

async function start() {
  mountIdentity(document.getElementById('identity'));
  onIdentityChange(() => { const s = active; deactivate(); activate(s); });
  fillHelp(document.getElementById('help-table'), shortcuts);
  installShortcuts(shortcuts);
  document.getElementById('help-button').addEventListener('click', showHelp);
  document.getElementById('help-dialog').addEventListener('close', () => refocus(editor));
  let typing;
  textFilter.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(filter, 150); });
  statusFilter.addEventListener('change', filter);
  container.addEventListener('click', (event) => {
    const row = event.target.closest('.seg');
    if (row && !event.target.closest('.workbench')) activate(byId.get(Number(row.dataset.segmentId)), !getSelection().toString());
  });
  window.addEventListener('online', () => saver.retryAll());

  try {
    const [job, page] = await Promise.all([api.job(jobId), api.segments(jobId, lang)]);
    const task = job.tasks.find((t) => t.language === lang);
    if (!task) throw Object.assign(new Error(`Job ${jobId} has no ${lang} task.`), { status: 404 });
    document.title = `${job.title} — ${lang} — Tarjoman`;
    const link = document.getElementById('job-link');
    link.textContent = job.title;
    link.href = `/jobs/${job.id}`;
    document.getElementById('task-language').textContent = `fa → ${lang}`;
    document.getElementById('task-progress').replaceChildren(progressBar(task.progress));
    words = task.progress.words;
    for (const s of page.segments) {
      segments.push(s);
      byId.set(s.id, s);
    }
    rows = renderSegments(container, segments, lang, (s) => saver.text(s));
    saver.restore(byId);
    for (const s of segments) if (saver.state(s) !== 'saved') refreshRow(rows.get(s.id), s, saver.text(s), false);
    filter();
    activate(segments.find(isOpen) ?? segments[0]);
  } catch (error) {
    container.replaceChildren(el('p', { className: 'error' },
      error.status === 404 ? error.message : `The task could not be loaded: ${error.message}`));
  }
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark('tarjoman:rows-rendered');
    document.body.dataset.ready = 'true';
  }));
}

start();
