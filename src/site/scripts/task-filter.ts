// Filters a page's tasks in place by status and theme, and keeps the choice in the address (?status=…&theme=…) so a
// filtered view can be shared and reloaded. Without it the page shows every task and each filter is a plain link.
const root = document.querySelector<HTMLElement>('[data-task-filter]');

if (root) {
  const items = [...document.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-filter-group]')];
  const shown = root.querySelector<HTMLElement>('[data-filter-shown]')!;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-filter]')];

  const chosen = () => {
    const params = new URL(location.href).searchParams;
    return { status: params.get('status') ?? '', theme: params.get('theme') ?? '' };
  };

  const address = (choice: { status: string; theme: string }) => {
    const url = new URL(location.href);
    url.hash = '';
    for (const key of ['status', 'theme'] as const) {
      if (choice[key]) url.searchParams.set(key, choice[key]);
      else url.searchParams.delete(key);
    }
    return url.href;
  };

  const apply = () => {
    const choice = chosen();
    let n = 0;
    for (const item of items) {
      const match =
        (!choice.status || item.dataset.status === choice.status) &&
        (!choice.theme || (item.dataset.themes ?? '').split(' ').includes(choice.theme));
      item.hidden = !match;
      if (match) n += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    // A chosen theme is shown chosen: its folded list opens.
    const themeList = root.querySelector<HTMLDetailsElement>('[data-filter-themes]');
    if (themeList && choice.theme) themeList.open = true;
    for (const link of links) {
      const key = link.dataset.filter as 'status' | 'theme';
      const value = link.dataset.value ?? '';
      link.href = address({ ...choice, [key]: value });
      if (choice[key] === value) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    const filtered = choice.status || choice.theme;
    shown.textContent = filtered
      ? (n ? (shown.dataset.msgShown ?? '') : (shown.dataset.msgNone ?? ''))
          .replace('{n}', String(n))
          .replace('{total}', String(items.length))
      : '';
  };

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
    apply();
  });
  addEventListener('popstate', apply);
  apply();
}
