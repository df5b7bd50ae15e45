// The task's pre-translation by machine in the toolbar: how many segments are done while it runs, the
// failures when there were some. While it runs the editor is told each time more drafts arrived, so
// it can show them; it stops asking once the run is done.

import * as api from './api.js';

const EVERY_MS = 2000;

export function mountMtProgress(element, jobId, lang, onDrafts) {
  let done = -1;

  async function look() {
    let progress;
    try {
      progress = await api.taskMt(jobId, lang);
    } catch {
      return;
    }
    show(progress);
    if (progress.done > done && (done >= 0 || progress.state === 'RUNNING')) onDrafts();
    done = progress.done;
    if (progress.state === 'RUNNING') setTimeout(look, EVERY_MS);
  }

  function show({ state, total, done: finished, failed }) {
    element.hidden = state === 'NONE';
    element.dataset.state = state;
    const failures = failed ? `, ${failed} failed` : '';
    element.textContent = state === 'RUNNING' ? `MT ${finished}/${total}${failures}` : `MT done${failures}`;
    element.title = 'Machine translation of the segments the memory could not fill';
  }

  look();
}
