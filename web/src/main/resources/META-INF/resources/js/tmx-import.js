// TMX import from the browser: the file goes up as a form; a small one comes back imported, a large one is
// queued and followed here by its units processed out of the file's total (a native <progress>), with a
// cancel that keeps nothing of it. The recent imports are listed, so a person who left the page finds a
// running import again and follows it on.

import * as api from './api.js';
import { el, formatDate } from './dom.js';

const POLL_MS = 400;
const ENDED = new Set(['DONE', 'FAILED', 'CANCELLED']);

/**
 * Mounts the import form, the followed import and the recent imports. `say(text)` reports on the page's
 * status line; `imported()` runs when an import has ended (the unit counts changed).
 */
export function mountImports({ say, imported }) {
  const form = document.getElementById('tmx-import');
  const followed = document.getElementById('import-followed');
  const label = document.getElementById('import-label');
  const bar = document.getElementById('import-bar');
  const figure = document.getElementById('import-figure');
  const cancel = document.getElementById('import-cancel');
  const messages = document.getElementById('import-messages');
  const recent = document.querySelector('#imports tbody');
  let following = null;
  let timer = null;

  async function loadRecent() {
    const list = await api.imports({ limit: 10 });
    recent.replaceChildren(...list.imports.map(importRow));
    return list.imports;
  }

  function importRow(job) {
    const actions = el('td', { className: 'actions' });
    if (!ENDED.has(job.state)) {
      const followButton = el('button', { type: 'button', className: 'secondary',
        'aria-label': `Follow the import of ${job.fileName}` }, 'Follow');
      followButton.addEventListener('click', () => follow(job.id));
      actions.append(followButton, cancelButton(job));
    }
    return el('tr', { dataset: { import: job.id, state: job.state } },
      el('td', { dir: 'auto' }, job.fileName || '—'),
      el('td', { className: 'mono' }, job.memory),
      el('td', {}, el('span', { className: `badge import-${job.state.toLowerCase()}` }, job.state.toLowerCase())),
      el('td', { className: 'mono' }, units(job)),
      el('td', { className: 'mono' }, ENDED.has(job.state) ? `${job.added} · ${job.merged} · ${job.skipped} · ${job.rejected}` : '—'),
      el('td', {}, job.startedBy || '—'),
      el('td', {}, formatDate(job.createdAt)),
      actions);
  }

  function cancelButton(job) {
    const button = el('button', { type: 'button', className: 'secondary', 'aria-label': `Cancel the import of ${job.fileName}` },
      'Cancel');
    button.addEventListener('click', () => cancelImport(job));
    return button;
  }

  async function cancelImport(job) {
    if (!confirm(`Cancel the import of ${job.fileName} into ${job.memory}? Nothing of it will be kept.`)) return;
    try {
      const stopped = await api.cancelImport(job.id);
      say(`Import of ${stopped.fileName}: cancelled; nothing of it was kept.`);
      if (following === job.id) show(stopped);
    } catch (error) {
      say(`Cancel: ${error.message}`);
    }
    await loadRecent().catch(() => {});
  }

  /** Shows an import's state in the followed area; answers whether it has ended. */
  function show(job) {
    followed.hidden = false;
    followed.dataset.state = job.state;
    const total = job.unitsTotal ?? null;
    label.textContent = `${job.fileName} into ${job.memory}: ${describe(job)}`;
    if (total === null && !ENDED.has(job.state)) {
      bar.removeAttribute('value'); // indeterminate while the units are counted
    } else {
      bar.max = Math.max(total ?? job.unitsProcessed, 1);
      bar.value = job.state === 'DONE' ? bar.max : Math.min(job.unitsProcessed, bar.max);
    }
    figure.textContent = units(job);
    cancel.hidden = ENDED.has(job.state);
    cancel.onclick = () => cancelImport(job);
    messages.replaceChildren(...(job.messages || []).slice(0, 20).map((line) => el('li', { dir: 'auto' }, line)));
    return ENDED.has(job.state);
  }

  async function poll() {
    timer = null;
    const id = following;
    let job;
    try {
      job = await api.importStatus(id);
    } catch (error) {
      say(`Import: ${error.message}`);
      return;
    }
    if (following !== id) return;
    if (show(job)) {
      following = null;
      say(`Import of ${job.fileName}: ${describe(job)}`);
      await Promise.all([loadRecent(), imported()]).catch(() => {});
    } else {
      timer = setTimeout(poll, POLL_MS);
    }
  }

  function follow(id) {
    following = id;
    followed.hidden = false;
    followed.scrollIntoView({ block: 'center' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(poll, 0);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = form.elements.file.files[0];
    if (!file) return;
    const memory = form.elements.memory.value;
    say(`Uploading ${file.name} (${Math.ceil(file.size / 1024).toLocaleString('en')} KB)…`);
    try {
      const job = await api.importTmx(memory, file);
      form.reset();
      form.elements.memory.value = memory;
      if (show(job)) {
        say(`Import of ${job.fileName}: ${describe(job)}`);
        await imported();
      } else {
        say(`Import of ${job.fileName}: running in the background.`);
        follow(job.id);
      }
      await loadRecent();
    } catch (error) {
      say(`Import: ${error.message}`);
    }
  });

  /** Lists the recent imports and follows the newest one still running, if any. */
  async function start() {
    const list = await loadRecent();
    const running = list.find((job) => !ENDED.has(job.state));
    if (running) follow(running.id);
  }

  return { start, loadRecent };
}

function units(job) {
  const total = job.unitsTotal ?? null;
  if (total === null) return `${job.unitsProcessed.toLocaleString('en')} units`;
  const processed = job.state === 'DONE' ? total : job.unitsProcessed;
  return `${processed.toLocaleString('en')} / ${total.toLocaleString('en')} units`;
}

function describe(job) {
  switch (job.state) {
    case 'QUEUED': return 'waiting for the import before it.';
    case 'RUNNING': return job.unitsTotal == null ? 'counting the units…'
      : `${Math.floor((100 * job.unitsProcessed) / Math.max(job.unitsTotal, 1))}% imported.`;
    case 'DONE': return `done: ${job.added} added, ${job.merged} merged, ${job.skipped} skipped, ${job.rejected} rejected.`;
    case 'CANCELLED': return 'cancelled; nothing of it was kept.';
    default: return `failed: ${(job.messages || [])[0] || 'see the server log'}`;
  }
}
