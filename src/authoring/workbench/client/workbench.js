// The workbench's only script: submits each review form as one operation, carrying the run's token, then reloads
// the page at the next card; fills a field from the text selected in the document.
const token = new URLSearchParams(location.search).get('token') ?? '';
const docId = location.pathname.match(/^\/doc\/([a-z0-9-]+)$/)?.[1];
const status = document.getElementById('status');

const last = sessionStorage.getItem('curate-saved');
if (last && status) {
  status.textContent = last;
  sessionStorage.removeItem('curate-saved');
}
const focusId = location.hash.slice(1);
if (focusId) document.getElementById(focusId)?.focus();

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button) return;
  const form = button.closest('form');
  if (button.dataset.fill && form) {
    const text = (getSelection()?.toString() ?? '').replace(/\s+/g, '');
    const field = form.elements.namedItem(button.dataset.fill);
    if (text && field) field.value = text;
  }
  if (button.dataset.pick && form) {
    const field = form.elements.namedItem(button.dataset.pick);
    if (field) field.value = button.dataset.value ?? '';
  }
  if (button.dataset.propose) {
    const proposal = JSON.parse(button.dataset.propose);
    const add = document.querySelector('form[data-op="indicator.add"]');
    for (const [k, v] of Object.entries(proposal))
      if (add?.elements.namedItem(k)) add.elements.namedItem(k).value = v ?? '';
    document.getElementById('add-indicator').open = true;
    add?.elements.namedItem('name_en')?.focus();
  }
  if (button.name && form) form.dataset.extra = `${button.name}=${button.value}`;
});

document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.op || !docId) return;
  event.preventDefault();
  const op = { op: form.dataset.op, ...Object.fromEntries(new FormData(form)) };
  if (form.dataset.index !== undefined) op.index = Number(form.dataset.index);
  if (form.dataset.extra) {
    const [k, v] = form.dataset.extra.split('=');
    op[k] = v;
  }
  const msg = form.querySelector('.msg');
  if (msg) msg.textContent = '保存中… saving…';
  const res = await fetch(`/api/doc/${docId}/op`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-curate-token': token },
    body: JSON.stringify(op),
  });
  const answer = await res.json();
  if (!res.ok) {
    if (msg) msg.textContent = answer.error;
    return;
  }
  sessionStorage.setItem(
    'curate-saved',
    `已保存 saved in ${answer.ms} ms · ${answer.errors.length ? `${answer.errors.length} 个错误 errors` : '检查通过 checks pass'}`,
  );
  const card = form.closest('.card');
  const next = card?.nextElementSibling?.id ?? card?.id ?? '';
  location.replace(`${location.pathname}${location.search}#${next}`);
  location.reload();
});
