// The admin page: people (roles, languages, disable, new password), API keys (created with the key
// shown once, revoked) and the audit log, newest first. Everything goes through the admin endpoints;
// a non-admin who opens the page gets their 403 as a message.

import * as api from './api.js';
import { el, formatDate } from './dom.js';
import { mountMasthead } from './identity.js';

const AUDIT_PAGE = 50;
const status = document.getElementById('admin-status');
const users = document.querySelector('#users tbody');
const keys = document.querySelector('#keys tbody');
const audit = document.querySelector('#audit tbody');
const newUser = document.getElementById('new-user');
const newKey = document.getElementById('new-key');
const secret = document.getElementById('new-key-secret');
const auditNewer = document.getElementById('audit-newer');
const auditOlder = document.getElementById('audit-older');
let auditPage = 0;

const checked = (form, name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);

/** Runs an admin action, shows its outcome, and reloads what it changed. */
async function act(label, action, ...reloads) {
  status.textContent = `${label}…`;
  try {
    await action();
    status.textContent = `${label}: done.`;
    await Promise.all(reloads.map((reload) => reload()));
  } catch (error) {
    status.textContent = `${label}: ${error.message}`;
  }
}

async function loadUsers() {
  const list = await api.users();
  users.replaceChildren(...list.map(userRow));
}

function userRow(user) {
  const roles = el('input', { type: 'text', value: user.roles.join(', '), 'aria-label': `Roles of ${user.name}`, size: 22 });
  const languages = el('input', { type: 'text', value: user.languages.join(', '), 'aria-label': `Languages of ${user.name}`, size: 8 });
  const list = (input) => input.value.split(',').map((v) => v.trim()).filter(Boolean);
  const save = el('button', { type: 'button', className: 'secondary' }, 'Save');
  save.addEventListener('click', () => act(`Changing ${user.name}`,
    () => api.changeUser(user.name, { roles: list(roles), languages: list(languages) }), loadUsers, loadAudit));
  const toggle = el('button', { type: 'button', className: 'secondary' }, user.disabled ? 'Enable' : 'Disable');
  toggle.addEventListener('click', () => act(`${user.disabled ? 'Enabling' : 'Disabling'} ${user.name}`,
    () => (user.disabled ? api.enableUser(user.name) : api.disableUser(user.name)), loadUsers, loadAudit));
  const password = el('button', { type: 'button', className: 'secondary' }, 'New password');
  password.addEventListener('click', () => {
    const value = prompt(`New password for ${user.name} (at least 10 characters)`);
    if (value) act(`New password for ${user.name}`, () => api.resetPassword(user.name, value), loadAudit);
  });
  return el('tr', { dataset: { user: user.name } },
    el('td', {}, user.name),
    el('td', {}, roles),
    el('td', {}, languages),
    el('td', {}, user.disabled ? el('span', { className: 'badge status-rejected' }, 'disabled') : 'active'),
    el('td', { className: 'actions' }, save, toggle, password));
}

async function loadKeys() {
  const list = await api.keys();
  keys.replaceChildren(...list.map(keyRow));
}

function keyRow(key) {
  const revoke = el('button', { type: 'button', className: 'secondary', disabled: Boolean(key.revokedAt) }, 'Revoke');
  revoke.addEventListener('click', () => {
    if (confirm(`Revoke the key ${key.name}? Systems using it are refused from their next request.`)) {
      act(`Revoking ${key.name}`, () => api.revokeKey(key.id), loadKeys, loadAudit);
    }
  });
  return el('tr', { dataset: { key: key.id } },
    el('td', {}, key.name),
    el('td', { className: 'mono' }, key.scopes.join(' ')),
    el('td', {}, formatDate(key.createdAt), el('span', { className: 'muted' }, ` by ${key.createdBy || '—'}`)),
    el('td', {}, formatDate(key.lastUsedAt)),
    el('td', {}, key.revokedAt ? `revoked ${formatDate(key.revokedAt)}` : 'active'),
    el('td', {}, revoke));
}

async function loadAudit() {
  const result = await api.audit(auditPage, AUDIT_PAGE);
  audit.replaceChildren(...result.entries.map((entry) => el('tr', {},
    el('td', {}, formatDate(entry.occurredAt)),
    el('td', {}, entry.actor),
    el('td', { className: 'mono' }, entry.action),
    el('td', {}, entry.target || ''),
    el('td', {}, entry.detail || ''),
    el('td', { className: 'mono' }, entry.address || ''))));
  auditNewer.disabled = auditPage === 0;
  auditOlder.disabled = (auditPage + 1) * AUDIT_PAGE >= result.total;
  document.getElementById('audit-page').textContent =
    `page ${auditPage + 1} of ${Math.max(1, Math.ceil(result.total / AUDIT_PAGE))}`;
}

newUser.addEventListener('submit', (event) => {
  event.preventDefault();
  const body = { name: newUser.elements.name.value.trim(), password: newUser.elements.password.value,
    roles: checked(newUser, 'roles'), languages: checked(newUser, 'languages') };
  act(`Adding ${body.name}`, async () => { await api.createUser(body); newUser.reset(); }, loadUsers, loadAudit);
});

newKey.addEventListener('submit', (event) => {
  event.preventDefault();
  const body = { name: newKey.elements.name.value.trim(), scopes: checked(newKey, 'scopes') };
  act(`Creating the key ${body.name}`, async () => {
    const created = await api.createKey(body);
    document.getElementById('new-key-name').textContent = created.name;
    document.getElementById('new-key-value').textContent = created.key;
    secret.hidden = false;
    newKey.reset();
  }, loadKeys, loadAudit);
});

auditNewer.addEventListener('click', () => { auditPage = Math.max(0, auditPage - 1); loadAudit(); });
auditOlder.addEventListener('click', () => { auditPage += 1; loadAudit(); });

mountMasthead(api).catch(() => {});
act('Loading', () => Promise.all([loadUsers(), loadKeys(), loadAudit()]));
