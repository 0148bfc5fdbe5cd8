// What changed in a file between the version a page read and the one on disk now, line by line, to show beside a
// refused save: the lines removed (-) and added (+) with two lines of context, long unchanged runs cut to "…".

export interface DiffLine {
  /** '-' only in the version the page read, '+' only on disk now, ' ' in both; '…' stands for unchanged lines left out. */
  op: '-' | '+' | ' ' | '…';
  text: string;
}

const CONTEXT = 2;
/** Above this many changed lines on each side, the middle is shown as removed and added whole, not aligned. */
const ALIGN_LIMIT = 2000;

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const middle = x.length * y.length <= ALIGN_LIMIT * ALIGN_LIMIT ? align(x, y) : [...removed(x), ...added(y)];
  const all: DiffLine[] = [
    ...a.slice(0, head).map((text) => ({ op: ' ' as const, text })),
    ...middle,
    ...a.slice(a.length - tail).map((text) => ({ op: ' ' as const, text })),
  ];
  return withContext(all);
}

const removed = (lines: string[]): DiffLine[] => lines.map((text) => ({ op: '-', text }));
const added = (lines: string[]): DiffLine[] => lines.map((text) => ({ op: '+', text }));

/** The longest common subsequence of lines, by dynamic programming over the changed middle only. */
function align(x: string[], y: string[]): DiffLine[] {
  const n = x.length;
  const m = y.length;
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * (m + 1) + j] =
        x[i] === y[j]
          ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      out.push({ op: ' ', text: x[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!) out.push({ op: '-', text: x[i++]! });
    else out.push({ op: '+', text: y[j++]! });
  }
  return [...out, ...removed(x.slice(i)), ...added(y.slice(j))];
}

function withContext(lines: DiffLine[]): DiffLine[] {
  const near = lines.map(() => false);
  lines.forEach((l, i) => {
    if (l.op === ' ') return;
    for (let k = Math.max(0, i - CONTEXT); k <= Math.min(lines.length - 1, i + CONTEXT); k++) near[k] = true;
  });
  const out: DiffLine[] = [];
  lines.forEach((l, i) => {
    if (near[i]) out.push(l);
    else if (out.at(-1)?.op !== '…') out.push({ op: '…', text: '' });
  });
  return out;
}
