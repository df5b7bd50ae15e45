// My work: a translator's or reviewer's own tasks that are not done, the soonest due first. Each task
// links to its editor at the first segment that needs them (the server names it in the link).

import * as api from './api.js';
import { el, formatDate } from './dom.js';
import { mountMasthead } from './identity.js';
import { statusBadge } from './progress.js';
import { overdueMarker } from './overdue.js';

const body = document.querySelector('#my-work tbody');
const status = document.getElementById('my-work-status');

async function load() {
  try {
    const tasks = await api.myWork();
    body.replaceChildren(...tasks.map(row));
    status.textContent = tasks.length === 0 ? 'Nothing assigned to you is waiting.'
      : `${tasks.length} task${tasks.length === 1 ? '' : 's'} waiting for you`;
  } catch (error) {
    status.textContent = `Your work could not be loaded: ${error.message}`;
  }
}

function row(task) {
  return el('tr', { dataset: { jobId: task.jobId, language: task.language } },
    el('td', {}, el('a', { href: task.link, dir: 'auto', className: 'my-task-link' }, task.jobTitle),
      task.round > 1 ? el('span', { className: 'muted' }, ` · correction round ${task.round}`) : null),
    el('td', {}, task.language),
    el('td', {}, task.role),
    el('td', {}, statusBadge(task.status)),
    el('td', {}, formatDate(task.dueAt), task.overdue ? [' ', overdueMarker()] : null),
    el('td', { className: 'num' }, `${task.wordsLeft} of ${task.words}`));
}

mountMasthead(api).catch(() => {});
load();
