// The dashboard: jobs newest first, filtered by status, language and text; the filters live in the
// address so a filtered list can be bookmarked.

import * as api from './api.js';
import { el, formatDate } from './dom.js';
import { mountMasthead, signedIn } from './identity.js';
import { progressBar, statusBadge } from './progress.js';
import { isOverdue, overdueMarker } from './overdue.js';

const PAGE_SIZE = 25;
const form = document.getElementById('job-filters');
const body = document.querySelector('#jobs tbody');
const status = document.getElementById('jobs-status');
const previous = document.getElementById('previous-page');
const next = document.getElementById('next-page');
const pageNumber = document.getElementById('page-number');
let page = 0;
let typing;

const params = new URLSearchParams(location.search);
for (const name of ['status', 'language', 'q']) form.elements[name].value = params.get(name) || '';
page = Number(params.get('page')) || 0;

form.addEventListener('change', () => { page = 0; load(); });
form.addEventListener('input', (event) => {
  if (event.target.name !== 'q') return;
  clearTimeout(typing);
  typing = setTimeout(() => { page = 0; load(); }, 250);
});
form.addEventListener('submit', (event) => { event.preventDefault(); page = 0; load(); });
previous.addEventListener('click', () => { page = Math.max(0, page - 1); load(); });
next.addEventListener('click', () => { page += 1; load(); });

async function load() {
  const filters = { status: form.elements.status.value, language: form.elements.language.value, q: form.elements.q.value.trim() };
  const query = new URLSearchParams(Object.entries({ ...filters, page: page || '' }).filter(([, v]) => v !== ''));
  if (params.has('all')) query.set('all', '');
  history.replaceState(null, '', query.toString() ? `?${query}` : location.pathname);
  status.textContent = 'Loading…';
  try {
    const result = await api.jobs({ ...filters, page, size: PAGE_SIZE });
    body.replaceChildren(...result.jobs.map(row));
    status.textContent = result.total === 0 ? 'No jobs match.' : `${result.total} job${result.total === 1 ? '' : 's'}`;
    previous.disabled = page === 0;
    next.disabled = (page + 1) * PAGE_SIZE >= result.total;
    pageNumber.textContent = `page ${page + 1} of ${Math.max(1, Math.ceil(result.total / PAGE_SIZE))}`;
  } catch (error) {
    status.textContent = `The jobs could not be loaded: ${error.message}`;
  }
}

function row(job) {
  const overdue = isOverdue(job.dueAt, job.status);
  return el('tr', { dataset: { jobId: job.id } },
    el('td', {}, el('a', { href: `/jobs/${job.id}` }, job.title),
      job.revision > 1 ? el('span', { className: 'muted' }, ` · revision ${job.revision}`) : null),
    el('td', { className: 'mono' }, job.externalId || '—'),
    el('td', { className: overdue ? 'overdue' : '' }, formatDate(job.dueAt), overdue ? [' ', overdueMarker()] : null),
    el('td', {}, el('ul', { className: 'task-bars' }, job.tasks.map((task) => el('li', {},
      el('a', { href: `/jobs/${job.id}/${task.language}`, title: `Open the ${task.language} editor` },
        progressBar(task.progress, task.language)),
      isOverdue(task.dueAt, task.status) ? [' ', overdueMarker(), el('span', { className: 'muted' }, ` due ${formatDate(task.dueAt)}`)] : null)))),
    el('td', {}, statusBadge(job.status)));
}

/**
 * A translator or reviewer (and nothing else) lands on My work; the address "/?all" (My work's
 * "All jobs" link) keeps them on the jobs.
 */
function landsOnMyWork() {
  const roles = signedIn().roles || [];
  return !params.has('all') && roles.length > 0 && roles.every((r) => r === 'translator' || r === 'reviewer');
}

mountMasthead(api).then(() => {
  if (landsOnMyWork()) location.replace('/my-work.html');
}).catch(() => {});
load();
