// Site search with Pagefind's low-level API (no UI bundle): the index is built by `pagefind --site dist` and loaded
// from this site only. Pagefind picks the index matching <html lang>, so Chinese pages search Chinese pages.
const form = document.querySelector('[data-search-form]');
const input = form.querySelector('input');
const status = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');
const more = document.querySelector('[data-search-more]');
/** Results are loaded a page at a time (each is a fetch of its own fragment); "more" loads the next page. */
const PAGE = 20;
let pagefind;
let latest = 0;
/** The results of the current search not shown yet. */
let rest = [];
let total = 0;

function say(key, n, shown) {
  status.textContent = (status.dataset[key] ?? '')
    .replace('{n}', String(n ?? ''))
    .replace('{shown}', String(shown ?? ''));
}

function sayCount() {
  const shown = list.children.length;
  say(total === 0 ? 'msgNone' : shown < total ? 'msgPartial' : 'msgCount', total, shown);
  more.hidden = rest.length === 0;
}

/** Show the next page of results, each with its title and an excerpt. */
async function showMore(ticket) {
  const next = rest.slice(0, PAGE);
  rest = rest.slice(PAGE);
  const results = await Promise.all(next.map((r) => r.data()));
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
  sayCount();
}

async function run(query) {
  const ticket = ++latest;
  list.replaceChildren();
  rest = [];
  more.hidden = true;
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
      const bundles = await fetch('/pagefind/bundles.json').then((r) => (r.ok ? r.json() : []));
      for (const bundlePath of bundles) await pf.mergeIndex(bundlePath);
      pagefind = pf;
    }
    const search = await pagefind.search(query);
    if (ticket !== latest) return;
    rest = search.results;
    total = rest.length;
    await showMore(ticket);
  } catch {
    say('msgError');
  }
}

more.addEventListener('click', async () => {
  const ticket = latest;
  const first = list.children.length;
  try {
    await showMore(ticket);
    // Keyboard and screen-reader users go on from the first new result.
    list.children[first]?.querySelector('a')?.focus();
  } catch {
    say('msgError');
  }
});

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
