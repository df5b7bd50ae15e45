// The side-by-side editor of one task (/jobs/{id}/{lang}), as wiring: it loads every segment in one
// request into the store (editor-store.js), mounts the views that render from it (the rows, the
// active row, the toolbar, the filter bar), and turns clicks and keys into store changes and saves.
// The state is the store's; saving is autosave.js's job; keys are shortcuts.js's.

import * as api from './api.js';
import { createSaver } from './autosave.js';
import { mountActiveRow } from './active-row.js';
import { mountConcordance } from './concordance.js';
import { askAboutConflict, refocus } from './conflict-dialog.js';
import { el } from './dom.js';
import { CONFIRMED, createEditorStore } from './editor-store.js';
import { mountFilterBar } from './filter-bar.js';
import { mountIdentity, onIdentityChange, role, user } from './identity.js';
import { forgetMatches } from './matches.js';
import { mountMtProgress } from './mt-progress.js';
import { createQaFindings } from './qa.js';
import { mountSegmentRows } from './segment-rows.js';
import { fillHelp, installShortcuts, shortcutTable } from './shortcuts.js';
import { toTagged } from './tagged-text.js';
import { mountToolbar, showTask } from './toolbar.js';

const [, , jobId, lang] = location.pathname.split('/');
const container = document.getElementById('segments');
const announcer = document.getElementById('announcer');

// Subscribers hear each change in this order: the saver first (it saves a draft when its row is
// left), then the rows, so the active row is built into a row already marked active.
const store = createEditorStore();
const saver = createSaver({ jobId, lang, store, askConflict: askAboutConflict });
const qa = createQaFindings(jobId, lang);
const rows = mountSegmentRows(container, store, lang, qa);
const activeRow = mountActiveRow({ store, saver, rows, container, jobId, lang, say, qa });
mountToolbar(store);
const filterBar = mountFilterBar(store);
const concordance = mountConcordance(jobId, lang);

// A confirmation changes the memory (look for matches again) and the server fills in the
// confirmed segment's repetitions.
store.subscribe((change) => {
  const saved = change.type === 'segment' && change.status ? store.segment(change.id) : null;
  if (saved && store.text(change.id) === (saved.target ?? '')) qa.saved(change.id, saved.findings);
  if (change.type === 'segment' && CONFIRMED.has(change.status)) {
    forgetMatches();
    refreshRepetitions(change.id);
  }
});

async function refreshRepetitions(id) {
  if (store.repetitionsOf(id).length === 0) return;
  const fresh = await api.segments(jobId, lang);
  store.applyRepetitions(id, fresh.segments);
}

function say(message) {
  announcer.textContent = message;
}

/** Makes a segment the active one (if it is not) and puts the cursor in it. */
function open(id, focus = true) {
  const moving = store.has(id) && id !== store.activeId();
  if (moving) store.activate(id);
  if (focus) activeRow.focus(moving ? { preventScroll: true } : undefined);
}

function nextOpen() {
  const next = store.nextOpen();
  if (next != null) open(next);
  else say('No open segments left.');
}

function confirm(status) {
  const text = activeRow.editableText();
  if (text === undefined) return;
  if (!text.trim()) {
    say('Type a translation before confirming.');
    return;
  }
  saver.confirm(store.activeId(), toTagged(text), status);
  nextOpen();
}

const showHelp = () => document.getElementById('help-dialog').showModal();

const shortcuts = shortcutTable({
  confirm: () => confirm(store.isReviewer() ? 'REVIEWED' : 'TRANSLATED'),
  reject: () => (store.isReviewer() ? confirm('REJECTED') : say('Only reviewers reject segments.')),
  next: () => open(store.step(1)),
  previous: () => open(store.step(-1)),
  takeMatch: activeRow.takeMatch,
  takeMt: activeRow.takeMt,
  insertPlaceable: activeRow.insertPlaceable,
  copySource: activeRow.copySource,
  focusFilter: filterBar.focus,
  concordance: () => concordance.searchFor(activeRow.selectedText()),
  backToSegment: () => open(store.activeId() ?? store.visibleIds()[0]),
  help: showHelp,
});

const identity = () => ({ role: role(), user: user() });

/** The segment the address names (#segment-ID, as My work links), if the task has it. */
function linkedSegment() {
  const id = Number(/^#segment-(\d+)$/.exec(location.hash)?.[1]);
  return id && store.has(id) ? id : null;
}

async function start() {
  onIdentityChange(() => store.setIdentity(identity()));
  await mountIdentity(document.getElementById('identity'), api).catch(() => {});
  fillHelp(document.getElementById('help-table'), shortcuts);
  installShortcuts(shortcuts);
  document.getElementById('help-button').addEventListener('click', showHelp);
  document.getElementById('help-dialog').addEventListener('close', () => refocus(activeRow.textarea()));
  container.addEventListener('click', (event) => {
    const row = event.target.closest('.seg');
    if (row && !event.target.closest('.workbench')) open(Number(row.dataset.segmentId), !getSelection().toString());
  });
  window.addEventListener('online', () => saver.retryAll());

  try {
    const [job, page] = await Promise.all([api.job(jobId), api.segments(jobId, lang)]);
    const task = job.tasks.find((t) => t.language === lang);
    if (!task) throw Object.assign(new Error(`Job ${jobId} has no ${lang} task.`), { status: 404 });
    showTask(job, lang);
    store.setIdentity({ ...identity(), readOnly: page.readOnly || '' });
    store.load(page.segments, task.progress.words);
    saver.restore();
    qa.loadReport().catch(() => {});
    mountMtProgress(document.getElementById('task-mt'), jobId, lang, async () => {
      store.applyMachineDrafts((await api.segments(jobId, lang)).segments);
      qa.loadReport().catch(() => {});
    });
    filterBar.apply();
    open(linkedSegment() ?? store.firstOpen());
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
