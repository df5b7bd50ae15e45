// The filter bar: a status and a text that narrow the rows (row-filter.js has the rule) and how many
// rows are left. Typing waits 150 ms, so a 1,000-row task is not filtered on every key.

const TYPING_PAUSE_MS = 150;

export function mountFilterBar(store) {
  const status = document.getElementById('status-filter');
  const text = document.getElementById('text-filter');
  const count = document.getElementById('filter-count');
  let typing = 0;

  /** Sets the filter from the fields (a reload may have kept what they held). */
  const apply = () => store.setFilter({ status: status.value, text: text.value });

  text.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(apply, TYPING_PAUSE_MS);
  });
  status.addEventListener('change', apply);
  store.subscribe((change) => {
    if (change.type === 'filter') count.textContent = `${store.visibleIds().length} of ${store.size()}`;
  });

  return {
    apply,
    focus() {
      text.focus();
      text.select();
    },
  };
}
