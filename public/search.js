// Site search with Pagefind's low-level API (no UI bundle): the index is built by `pagefind --site dist` and loaded
// from this site only. Pagefind picks the index matching <html lang>, so Chinese pages search Chinese pages.
const form = document.querySelector('[data-search-form]');
const input = form.querySelector('input');
const status = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');
const MAX = 20;
let pagefind;
let latest = 0;

function say(key, n) {
  status.textContent = (status.dataset[key] ?? '').replace('{n}', String(n ?? ''));
}

async function run(query) {
  const ticket = ++latest;
  list.replaceChildren();
  if (!query) {
    status.textContent = '';
    return;
  }
  say('msgBusy');
  try {
    if (!pagefind) {
      const pf = await import('/pagefind/pagefind.js');
      // On the main thread: the worker would add another 12 KB of gzipped JavaScript to a 14 KB page budget.
      await pf.options({ noWorker: true });
      // A large site's index comes in several bundles (src/build/search-index.ts): the first lists the others.
      const more = await fetch('/pagefind/bundles.json').then((r) => (r.ok ? r.json() : []));
      for (const bundlePath of more) await pf.mergeIndex(bundlePath);
      pagefind = pf;
    }
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, MAX).map((r) => r.data()));
    if (ticket !== latest) return;
    for (const r of results) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const p = document.createElement('p');
      // Pagefind escapes the page text; its excerpt adds only <mark> around the matched words.
      p.innerHTML = r.excerpt;
      li.append(a, p);
      list.append(li);
    }
    say(results.length ? 'msgCount' : 'msgNone', search.results.length);
  } catch {
    say('msgError');
  }
}

/** Search for what the box holds and keep it in the address, so the results can be shared and reloaded. */
function submit() {
  const query = input.value.trim();
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  run(query);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});

// Results as the reader types, once typing pauses, so each keystroke does not start a search of its own.
let pause;
input.addEventListener('input', () => {
  clearTimeout(pause);
  pause = setTimeout(submit, 200);
});

const initial = new URL(location.href).searchParams.get('q');
if (initial) {
  input.value = initial;
  run(initial.trim());
}
