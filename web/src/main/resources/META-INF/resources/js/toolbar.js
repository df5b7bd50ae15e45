// The editor's toolbar: which job and task this is, the task's progress and the save state of the
// whole task (each row shows its own), rendered from the store.

import { progressBar } from './progress.js';

export function showTask(job, lang) {
  document.title = `${job.title} — ${lang} — Tarjoman`;
  const link = document.getElementById('job-link');
  link.textContent = job.title;
  link.href = `/jobs/${job.id}`;
  document.getElementById('task-language').textContent = `fa → ${lang}`;
}

export function mountToolbar(store) {
  const progress = document.getElementById('task-progress');
  const saveState = document.getElementById('save-state');
  store.subscribe((change) => {
    if (change.type === 'loaded' || change.type === 'segment') progress.replaceChildren(progressBar(store.progress()));
    if (change.type === 'save') showSaveSummary(saveState, store.saveSummary());
  });
}

function showSaveSummary(element, { unsaved, saving, error, conflict }) {
  const [state, text] = conflict ? ['conflict', 'Edit conflict: choose a version']
    : error ? ['error', `${error} not saved: retrying`]
      : saving ? ['saving', 'Saving…']
        : unsaved ? ['unsaved', `${unsaved} unsaved`]
          : ['saved', 'All changes saved'];
  element.dataset.state = state;
  element.textContent = text;
}
