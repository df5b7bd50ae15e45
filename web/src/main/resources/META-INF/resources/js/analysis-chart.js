// A task's analysis (words per match band) as a horizontal bar chart in plain DOM and CSS.

import { el } from './dom.js';

const BANDS = [
  ['inContext', 'In context'],
  ['exact', '100%'],
  ['repetitions', 'Repetitions'],
  ['fuzzy95', '95–99%'],
  ['fuzzy85', '85–94%'],
  ['fuzzy75', '75–84%'],
  ['fuzzy50', '50–74%'],
  ['newWords', 'New'],
  // MateCat's MT band: words the memories could not fill, sent to machine translation instead (shown where there are some)
  ['machineTranslation', 'MT'],
];

export function analysisChart(analysis) {
  const total = Math.max(analysis.total, 1);
  return el('table', { className: 'analysis' },
    el('caption', {}, `Analysis: ${analysis.total} words`),
    el('tbody', {}, BANDS.filter(([key]) => key !== 'machineTranslation' || analysis[key] > 0).map(([key, label]) => el('tr', { dataset: { band: key } },
      el('th', { scope: 'row' }, label),
      el('td', { className: 'bar-cell' },
        el('span', { className: `bar band-${key}`, style: `width:${(100 * (analysis[key] ?? 0)) / total}%` })),
      el('td', { className: 'num' }, String(analysis[key] ?? 0))))));
}
