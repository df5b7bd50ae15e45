// Builds DOM nodes. Text always goes in as text nodes (never innerHTML), so segment text, titles
// and memory content cannot inject markup.

import { runs } from './tagged-text.js';

export { plainText } from './tagged-text.js';

/** el('a', {href: '/x', className: 'k', dataset: {id: 1}}, 'text', otherNode) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'className' || key === 'textContent' || key === 'value' || key === 'hidden' || key === 'title') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Tagged text as nodes: text runs as text, each inline code as a read-only chip. */
export function taggedNodes(tagged) {
  return runs(tagged).map((run) => (run.tag
    ? el('span', { className: 'tag', dir: 'ltr', title: run.tag }, tagLabel(run.tag))
    : document.createTextNode(run.text)));
}

function tagLabel(tag) {
  const id = /id="([^"]*)"/.exec(tag);
  const name = /^<\/?(\w+)/.exec(tag)[1];
  const closing = tag.startsWith('</');
  const empty = tag.endsWith('/>');
  return closing ? `/${name}` : `${name}${id ? id[1] : ''}${empty ? '/' : ''}`;
}

/** Plain text with [start, end) spans wrapped in <mark>; empty spans become a thin gap marker. */
export function highlighted(text, spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const nodes = [];
  let last = 0;
  for (const { start, end, title } of sorted) {
    const from = Math.max(start, last);
    if (from > text.length) break;
    if (from > last) nodes.push(document.createTextNode(text.slice(last, from)));
    if (end > from) nodes.push(el('mark', { title }, text.slice(from, end)));
    else nodes.push(el('span', { className: 'gap', title }, ''));
    last = Math.max(last, end);
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

export function formatDate(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
