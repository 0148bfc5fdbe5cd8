// The workbench's only script: submits each form as one operation, carrying the run's token and the versions of the
// files the page was drawn from, then reloads the page at the next card; fills a field from the text selected in the
// document; shows what changed on disk when a save is refused because a file changed since the page was drawn.
const token = new URLSearchParams(location.search).get('token') ?? '';
const docId = location.pathname.match(/^\/doc\/([a-z0-9-]+)$/)?.[1];
const status = document.getElementById('status');
const versions = JSON.parse(document.body.dataset.versions || '{}');
/** Operations after which the entry is gone and the next one takes its place (and its index). */
const REMOVING = new Set([
  'observation.not-statistic',
  'not-statistic.observation',
  'task.dismiss',
  'evidence.accept',
  'evidence.dismiss',
]);
/** Operations whose page comes back at the same card. */
const STAYING = new Set(['indicator.add', 'manifest.update', 'changelog.update', 'task.split', 'task.merge']);

const last = sessionStorage.getItem('curate-saved');
if (last && status) {
  status.textContent = last;
  sessionStorage.removeItem('curate-saved');
}

/** Show a card: open the folded groups around it, then focus it. */
function reveal(id) {
  const el = id && document.getElementById(id);
  if (!el) return;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
  el.focus();
}
reveal(location.hash.slice(1));

const DATE_ZH = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
const DATE_ISO = /(\d{4})-(\d{2})-(\d{2})/gu;
const pad = (n) => String(n).padStart(2, '0');

/** The one full date a passage states, as ISO; none when it states none or several. */
function statedDate(text) {
  const found = new Set();
  for (const re of [DATE_ZH, DATE_ISO])
    for (const m of text.matchAll(re)) found.add(`${m[1]}-${pad(m[2])}-${pad(m[3])}`);
  return found.size === 1 ? [...found][0] : '';
}

const idFromName = (name) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

document.addEventListener('input', (event) => {
  const field = event.target;
  if (!(field instanceof HTMLInputElement)) return;
  const form = field.form;
  if (field.dataset.idFrom && form) {
    const id = form.elements.namedItem(field.dataset.idFrom);
    if (id && !id.dataset.typed) id.value = idFromName(field.value);
  }
  if (field.name === 'id' && form?.dataset.op === 'indicator.add') field.dataset.typed = '1';
  if (field.type === 'file' && form) {
    const id = form.elements.namedItem('id');
    const name = field.files?.[0]?.name.replace(/\.[^.]*$/, '') ?? '';
    if (id && !id.value) id.value = idFromName(name);
  }
});

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button) return;
  const form = button.closest('form');
  if (button.dataset.fill && form) {
    const text = (getSelection()?.toString() ?? '').replace(/\s+/g, '');
    const field = form.elements.namedItem(button.dataset.fill);
    if (text && field) field.value = text;
    // The date a passage states goes with it: the date of issue with its quote, a deadline with its passage.
    const dated = { date_quote: 'date_issued', deadline_quote: 'deadline' }[button.dataset.fill];
    const date = dated && form.elements.namedItem(dated);
    if (text && date && statedDate(text)) date.value = statedDate(text);
  }
  if (button.dataset.period && form) {
    const [start, end] = button.dataset.period.split('/');
    form.elements.namedItem('period_start').value = start;
    form.elements.namedItem('period_end').value = end;
  }
  if (button.dataset.pick && form) {
    const field = form.elements.namedItem(button.dataset.pick);
    if (field) field.value = button.dataset.value ?? '';
  }
});

function base64(buffer) {
  const bytes = new Uint8Array(buffer);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The lines a refused save shows: what changed on disk since the page was drawn. */
function showConflicts(msg, conflicts) {
  for (const c of conflicts ?? []) {
    const title = document.createElement('p');
    title.textContent = `${c.path}：磁盘上的改动 changes on disk`;
    msg.append(title);
    if (!c.diff) continue;
    const pre = document.createElement('pre');
    pre.className = 'diff';
    for (const line of c.diff) {
      const row = document.createElement('span');
      row.className = { '-': 'del', '+': 'ins', ' ': 'same', '…': 'gap' }[line.op];
      row.textContent = `${line.op} ${line.text}\n`;
      pre.append(row);
    }
    msg.append(pre);
  }
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = '重新载入 Reload';
  reload.addEventListener('click', () => location.reload());
  msg.append(reload);
}

document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.op) return;
  event.preventDefault();
  const op = { op: form.dataset.op, versions };
  for (const [k, v] of new FormData(form)) if (typeof v === 'string') op[k] = v;
  for (const box of form.querySelectorAll('input[type=checkbox]')) op[box.name] = box.checked;
  if (form.dataset.index !== undefined) op.index = Number(form.dataset.index);
  const msg = form.querySelector('.msg');
  msg.replaceChildren('保存中… saving…');
  const file = form.querySelector('input[type=file]')?.files?.[0];
  if (file) op.content = base64(await file.arrayBuffer());
  const project = op.op === 'document.add' || op.op === 'jurisdiction.add';
  let res;
  let answer;
  try {
    res = await fetch(project ? '/api/op' : `/api/doc/${docId}/op`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-curate-token': token },
      body: JSON.stringify(op),
    });
    answer = await res.json();
  } catch (e) {
    msg.replaceChildren(`未能保存 not saved: ${e.message}`);
    return;
  }
  if (!res.ok) {
    msg.replaceChildren(answer.error);
    if (res.status === 409) showConflicts(msg, answer.conflicts);
    return;
  }
  sessionStorage.setItem(
    'curate-saved',
    `已保存 saved in ${answer.ms} ms · ${answer.errors.length ? `${answer.errors.length} 个错误 errors` : '检查通过 checks pass'}`,
  );
  if (answer.location) return location.assign(answer.location);
  const card = form.closest('.card');
  const next =
    form.dataset.focus ??
    (REMOVING.has(op.op) || STAYING.has(op.op) ? card?.id : (card?.nextElementSibling?.id ?? card?.id));
  location.replace(`${location.pathname}${location.search}#${next ?? ''}`);
  location.reload();
});
