// The notification badge of every page's header: the unread count on a button that opens the list
// (assignments, segments sent back, tasks ready for review, reopenings), each a link to the task's
// editor, with "mark read" and "mark all read". It mounts itself into the page's <header>, looks
// again every minute, and stays out of sight for anyone without a session (public pages, keys).

import { el, formatDate } from './dom.js';
import { csrfToken } from './identity.js';

const REFRESH_MS = 60_000;

async function call(path, method = 'GET') {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken();
  const response = await fetch(path, { method, headers });
  if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status });
  return response.json();
}

export const notifications = (unreadOnly = false) => call(`/api/v1/notifications${unreadOnly ? '?unread=true' : ''}`);
export const markRead = (id) => call(`/api/v1/notifications/${encodeURIComponent(id)}/read`, 'POST');
export const markAllRead = () => call('/api/v1/notifications/read-all', 'POST');

/** Mounts the badge and its list into {@code header}; answers the refresh function. */
export function mountNotifications(header) {
  const count = el('span', { className: 'notification-count', 'aria-hidden': 'true' }, '0');
  const button = el('button', { type: 'button', className: 'secondary notification-button', id: 'notifications-button',
    'aria-expanded': 'false', 'aria-controls': 'notifications-panel' }, 'Notifications ', count);
  const list = el('ul', { className: 'notification-list' });
  const readAll = el('button', { type: 'button', className: 'secondary', id: 'notifications-read-all' }, 'Mark all read');
  const panel = el('section', { id: 'notifications-panel', className: 'notification-panel', hidden: true,
    'aria-labelledby': 'notifications-title' },
  el('h2', { id: 'notifications-title' }, 'Notifications'), list, readAll);
  const box = el('div', { className: 'notifications', hidden: true }, button, panel);
  header.append(box);

  let latest = { notifications: [], unread: 0 };

  function render() {
    const unread = latest.unread;
    count.textContent = String(unread);
    count.dataset.unread = unread > 0 ? 'yes' : 'no';
    button.setAttribute('aria-label', `Notifications, ${unread} unread`);
    list.replaceChildren(...(latest.notifications.length === 0
      ? [el('li', { className: 'muted' }, 'Nothing yet.')]
      : latest.notifications.map(item)));
    readAll.disabled = unread === 0;
  }

  function item(n) {
    const markButton = n.readAt ? null : el('button', { type: 'button', className: 'secondary small' }, 'Mark read');
    markButton?.addEventListener('click', async () => {
      await markRead(n.id);
      await refresh();
      button.focus();
    });
    return el('li', { className: n.readAt ? 'read' : 'unread', dataset: { kind: n.kind, notificationId: n.id } },
      n.readAt ? null : el('span', { className: 'badge unread-marker' }, 'new'), ' ',
      el('a', { href: n.link }, sentence(n)), ' ',
      el('span', { className: 'muted' }, formatDate(n.createdAt)), ' ', markButton);
  }

  /** The notification's sentence with the (often Persian) title and reason isolated, each in its own direction. */
  function sentence(n) {
    const title = el('bdi', { dir: 'auto' }, n.jobTitle);
    const task = [`the ${n.language} task of “`, title, '”'];
    switch (n.kind) {
      case 'ASSIGNED': return [`${n.actor} assigned you `, task, ` as ${n.detail}.`];
      case 'SENT_BACK': return ['The reviewer sent ', task, ' back: rejected segments to fix.'];
      case 'READY_FOR_REVIEW': return [`The ${n.language} task of “`, title, '” is ready for review.'];
      case 'REOPENED': return [`${n.actor} reopened `, task, ' for a correction: ', el('bdi', { dir: 'auto' }, n.detail)];
      default: return el('span', { dir: 'auto' }, n.message);
    }
  }

  async function refresh() {
    try {
      latest = await notifications();
      box.hidden = false;
      render();
    } catch (error) {
      if (error.status === 401 || error.status === 403) box.hidden = true;
    }
  }

  function toggle(open) {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) refresh();
  }

  button.addEventListener('click', () => toggle(panel.hidden));
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      toggle(false);
      button.focus();
    }
  });
  readAll.addEventListener('click', async () => {
    await markAllRead();
    await refresh();
    button.focus();
  });
  refresh();
  setInterval(refresh, REFRESH_MS);
  return refresh;
}

// After the page's own loading (the editor's rows first): the badge can wait a moment.
const header = document.querySelector('body > header');
if (header && document.readyState === 'complete') mountNotifications(header);
else if (header) window.addEventListener('load', () => mountNotifications(header), { once: true });
