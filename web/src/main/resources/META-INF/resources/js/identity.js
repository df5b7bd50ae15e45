// Who is working: the signed-in person as /api/v1/me names them. The editor works as a reviewer for
// someone who reviews (or manages); the toolbar shows the name and a sign-out button.

import { el } from './dom.js';

let me = { name: '', roles: [] };
const listeners = new Set();

export function role() {
  return me.roles.some((r) => r === 'reviewer' || r === 'manager' || r === 'admin') ? 'reviewer' : 'translator';
}

export function user() {
  return me.name;
}

/** The signed-in person as /api/v1/me answered: name, roles, languages. */
export function signedIn() {
  return me;
}

export function isAdmin() {
  return me.roles.includes('admin');
}

export function isReviewer() {
  return role() === 'reviewer';
}

export function onIdentityChange(listener) {
  listeners.add(listener);
}

/** The value of the CSRF cookie, which writes echo in X-CSRF-Token. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('tarjoman-csrf='));
  return cookie ? decodeURIComponent(cookie.slice('tarjoman-csrf='.length)) : '';
}

/**
 * The masthead of the desk's pages: who is signed in with a sign-out button, and the admin page's
 * link for admins only (the server refuses everyone else anyway).
 */
export async function mountMasthead(api) {
  await mountIdentity(document.getElementById('who'), api);
  const admin = document.getElementById('admin-link');
  if (admin) admin.hidden = !isAdmin();
}

/** Loads who is signed in and shows it with a sign-out button in {@code container}. */
export async function mountIdentity(container, api) {
  me = await api.me();
  listeners.forEach((listener) => listener());
  const signOut = el('button', { type: 'button', className: 'secondary', id: 'sign-out' }, 'Sign out');
  signOut.addEventListener('click', async () => {
    await api.signOut();
    location.assign('/sign-in.html');
  });
  container.replaceChildren(el('span', { id: 'user' }, me.name), signOut);
}
