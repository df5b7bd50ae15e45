// Who is working: role and name, chosen in the page, kept in localStorage and sent with every save.

const ROLE_KEY = 'tarjoman:role';
const USER_KEY = 'tarjoman:user';
const ROLES = ['translator', 'reviewer'];
const listeners = new Set();

export function role() {
  const stored = localStorage.getItem(ROLE_KEY);
  return ROLES.includes(stored) ? stored : 'translator';
}

export function user() {
  return localStorage.getItem(USER_KEY) || '';
}

export function isReviewer() {
  return role() === 'reviewer';
}

export function identityHeaders() {
  const headers = { 'X-Tarjoman-Role': role() };
  if (user()) headers['X-Tarjoman-User'] = user();
  return headers;
}

export function onIdentityChange(listener) {
  listeners.add(listener);
}

/** A role select and a name field, wired to localStorage. */
export function mountIdentity(container) {
  const select = document.createElement('select');
  select.id = 'role';
  select.setAttribute('aria-label', 'Role');
  for (const value of ROLES) select.append(new Option(value, value, false, value === role()));
  const name = document.createElement('input');
  name.id = 'user';
  name.type = 'text';
  name.placeholder = 'your name';
  name.setAttribute('aria-label', 'Your name');
  name.size = 10;
  name.value = user();
  select.addEventListener('change', () => {
    localStorage.setItem(ROLE_KEY, select.value);
    listeners.forEach((listener) => listener());
  });
  name.addEventListener('change', () => {
    localStorage.setItem(USER_KEY, name.value.trim());
    listeners.forEach((listener) => listener());
  });
  container.replaceChildren(select, name);
}
