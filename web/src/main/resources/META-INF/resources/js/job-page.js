// The job page: facts, and per task its analysis, assignees, progress, editor link and downloads.

import * as api from './api.js';
import { analysisChart } from './analysis-chart.js';
import { el, formatDate } from './dom.js';
import { progressBar, statusBadge } from './progress.js';
import { loadPeople, taskPeople } from './task-people.js';
import { mountChanges } from './revision-changes.js';

const jobId = location.pathname.split('/')[2];
const status = document.getElementById('job-status');
let people = { manager: false };

async function load() {
  try {
    const job = await api.job(jobId);
    document.title = `Tarjoman — ${job.title}`;
    document.getElementById('job-number').textContent = `#${job.id}`;
    document.getElementById('job-title').textContent = job.title;
    document.getElementById('job-facts').replaceChildren(...facts(job));
    document.getElementById('tasks').replaceChildren(...job.tasks.map((task) => taskCard(job, task)));
    focusAfterReload();
    status.textContent = '';
    mountChanges(document.getElementById('changes'), job);
  } catch (error) {
    status.textContent = error.status === 404 ? `There is no job ${jobId}.` : `The job could not be loaded: ${error.message}`;
  }
}

function facts(job) {
  const pairs = [
    ['Status', statusBadge(job.status)],
    ['External id', job.externalId || '—'],
    ['Revision', job.supersedes ? `${job.revision} (supersedes job ${job.supersedes})` : String(job.revision)],
    ['Words', `${job.words} in ${job.segments} segments`],
    ['Format', job.format],
    ['Due', formatDate(job.dueAt)],
    ['Submitted', formatDate(job.createdAt)],
  ];
  return pairs.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]);
}

function taskCard(job, task) {
  return el('section', { className: 'task-card', dataset: { language: task.language } },
    el('h2', {}, `${task.language} `, statusBadge(task.status)),
    el('p', {}, el('a', { className: 'button', href: `/jobs/${job.id}/${task.language}` }, `Open the ${task.language} editor`)),
    progressBar(task.progress),
    el('dl', { className: 'facts' },
      el('dt', {}, 'Translator'), el('dd', {}, task.translator || 'unassigned'),
      el('dt', {}, 'Reviewer'), el('dd', {}, task.reviewer || 'unassigned'),
      el('dt', {}, 'Due'), el('dd', {}, formatDate(task.dueAt)),
      task.closedReason ? [el('dt', {}, 'Closed'), el('dd', {}, task.closedReason)] : null),
    taskPeople(job, task, people, reload),
    analysisChart(task.analysis),
    el('h3', {}, 'Downloads'),
    el('ul', { className: 'links inline downloads' },
      api.deliveries(job.id, task.language).map(({ label, href }) => el('li', {}, el('a', { href }, label)))));
}

/** After a change on the page: load again, and put the focus back on the task it was made in. */
let refocus = null;
async function reload() {
  refocus = document.activeElement?.closest('.task-card')?.dataset.language;
  await load();
}

function focusAfterReload() {
  const heading = refocus && document.querySelector(`.task-card[data-language="${refocus}"] h2`);
  refocus = null;
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

loadPeople().catch(() => ({ manager: false })).then((loaded) => { people = loaded; load(); });
