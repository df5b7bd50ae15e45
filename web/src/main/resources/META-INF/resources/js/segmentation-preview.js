// Sends the article in the form to POST /api/v1/segmentation and shows its blocks and segments.
// Segment text is always inserted with textContent, never as HTML.

const form = document.getElementById('segmentation-form');
const status = document.getElementById('segmentation-status');
const result = document.getElementById('segmentation-result');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = form.elements.article.value;
  const format = form.elements.format.value;
  status.textContent = 'Segmenting…';
  result.replaceChildren();
  try {
    const response = await fetch('/api/v1/segmentation', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ text, format, language: 'fa' }),
    });
    const body = await response.json();
    if (!response.ok) {
      status.textContent = `${body.title}: ${body.detail}`;
      return;
    }
    status.textContent = `${body.blocks.length} blocks, ${body.words} words`;
    result.replaceChildren(...body.blocks.map(renderBlock));
  } catch (error) {
    status.textContent = `The server could not be reached: ${error.message}`;
  }
});

function renderBlock(block) {
  const item = document.createElement('li');
  item.className = block.type;
  const label = document.createElement('span');
  label.className = 'block-type';
  label.textContent = `${block.type} · ${block.words} words`;
  const segments = document.createElement('ol');
  segments.className = 'segments';
  segments.lang = 'fa';
  segments.dir = 'rtl';
  for (const segment of block.segments) {
    const li = document.createElement('li');
    li.dataset.words = segment.words;
    li.textContent = segment.text;
    segments.append(li);
  }
  item.append(label, segments);
  return item;
}
