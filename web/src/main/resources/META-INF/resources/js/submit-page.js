// The submit page: an article pasted or brought as a file (.txt, .html, .docx), its segmentation
// previewed as it changes, then sent through POST /api/v1/jobs; the job page opens with its analysis.
// A refused submission shows the server's problem next to the form, which takes the focus.

import * as api from './api.js';
import { el } from './dom.js';
import { mountMasthead } from './identity.js';

const form = document.getElementById('submit-form');
const article = document.getElementById('article');
const fileInput = document.getElementById('file');
const dropZone = document.getElementById('drop-zone');
const chosen = document.getElementById('file-chosen');
const errorBox = document.getElementById('submit-error');
const submitStatus = document.getElementById('submit-status');
const previewStatus = document.getElementById('preview-status');
const preview = document.getElementById('preview');
const targets = document.getElementById('targets');

/** A Word file waiting to be sent as it is; pasted text and .txt/.html files go through the text area. */
let wordFile = null;
let typing;
let previewRun = 0;

async function loadLanguages() {
  const { targets: languages } = await api.languages();
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  targets.append(...languages.map((lang) => el('label', {},
    el('input', { type: 'checkbox', name: 'targetLanguages', value: lang, checked: true }), ` ${names.of(lang)} (${lang})`)));
}

function format() {
  return form.elements.format.value;
}

function schedulePreview() {
  clearTimeout(typing);
  typing = setTimeout(showPreview, 400);
}

async function showPreview() {
  const run = ++previewRun;
  if (!wordFile && !article.value.trim()) {
    preview.replaceChildren();
    previewStatus.textContent = 'Paste an article or choose a file: its blocks and sentences show here.';
    return;
  }
  previewStatus.textContent = 'Segmenting…';
  try {
    const result = wordFile ? await api.segmentWord(wordFile) : await api.segmentAs(article.value, format());
    if (run !== previewRun) return;
    const segments = result.blocks.reduce((n, block) => n + block.segments.length, 0);
    previewStatus.textContent = `${result.blocks.length} blocks, ${segments} segments, ${result.words} words`;
    preview.replaceChildren(...result.blocks.map(block));
  } catch (error) {
    if (run !== previewRun) return;
    preview.replaceChildren();
    previewStatus.textContent = `No preview: ${error.message}`;
  }
}

function block(b) {
  return el('li', { className: b.type },
    el('span', { className: 'block-type' }, `${b.type} · ${b.words} words`),
    el('ol', { className: 'segments', lang: 'fa', dir: 'rtl' },
      b.segments.map((s) => el('li', { dataset: { words: s.words } }, s.text))));
}

/** A .txt or .html file fills the text area (so it can be checked and corrected); a .docx is kept as a file. */
async function choose(file) {
  const name = file.name.toLowerCase();
  if (name.endsWith('.docx')) {
    wordFile = file;
    article.disabled = true;
    document.getElementById('file-name').textContent = `Word file: ${file.name}`;
    chosen.hidden = false;
  } else if (name.endsWith('.txt') || name.endsWith('.html') || name.endsWith('.htm')) {
    clearFile();
    article.value = await file.text();
    form.elements.format.value = name.endsWith('.txt') ? 'text' : 'html';
  } else {
    showProblem({ detail: `${file.name} is not a .txt, .html or .docx file.` });
    return;
  }
  if (!form.elements.title.value.trim()) form.elements.title.value = file.name.replace(/\.[^.]+$/, '');
  showPreview();
}

function clearFile() {
  wordFile = null;
  fileInput.value = '';
  article.disabled = false;
  chosen.hidden = true;
}

function fields() {
  const due = form.elements.due.value;
  return {
    title: form.elements.title.value.trim(),
    externalId: form.elements.externalId.value.trim() || undefined,
    targetLanguages: [...form.querySelectorAll('input[name="targetLanguages"]:checked')].map((box) => box.value),
    dueAt: due ? new Date(due).toISOString() : undefined,
  };
}

function showProblem(problem) {
  errorBox.replaceChildren(
    el('strong', {}, problem.title || 'The article was not submitted'),
    problem.detail ? el('p', {}, problem.detail) : null,
    problem.errors?.length ? el('ul', {}, problem.errors.map((e) => el('li', {}, `${e.field}: ${e.message}`))) : null);
  errorBox.hidden = false;
  markInvalid(problem.errors || []);
  errorBox.focus();
}

/** The fields a problem names are marked invalid and point at the message. */
function markInvalid(errors) {
  form.querySelectorAll('[aria-invalid]').forEach((field) => field.removeAttribute('aria-invalid'));
  for (const { field } of errors) {
    const input = field === 'content' ? article : form.elements[field];
    if (input instanceof HTMLElement) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'submit-error');
    }
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  errorBox.hidden = true;
  const f = fields(); // the server checks them all and answers a problem the form shows
  const button = document.getElementById('submit-job');
  button.disabled = true;
  submitStatus.textContent = 'Submitting: segmenting, storing and pre-translating…';
  try {
    const job = wordFile
      ? await api.uploadJob(wordFile, { ...f, targetLanguages: f.targetLanguages.join(',') })
      : await api.submitJob({ ...f, format: format(), content: article.value });
    submitStatus.textContent = `Job ${job.id} is ready; opening it…`;
    location.assign(`/jobs/${job.id}`);
  } catch (error) {
    submitStatus.textContent = '';
    showProblem(error.problem && error.problem.title ? error.problem : { detail: error.message });
  } finally {
    button.disabled = false;
  }
});

article.addEventListener('input', schedulePreview);
form.elements.format.forEach((radio) => radio.addEventListener('change', showPreview));
fileInput.addEventListener('change', () => { if (fileInput.files[0]) choose(fileInput.files[0]); });
document.getElementById('clear-file').addEventListener('click', () => { clearFile(); showPreview(); fileInput.focus(); });
dropZone.addEventListener('dragover', (event) => { event.preventDefault(); dropZone.classList.add('dragging'); });
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  const file = event.dataTransfer.files[0];
  if (file) choose(file);
});

mountMasthead(api).catch(() => {});
loadLanguages().catch((error) => showProblem({ detail: `The languages could not be loaded: ${error.message}` }));
