// Today's date where a page needs the reader's day: the date a briefing is printed, the access date of a citation.
// Each element marked data-today carries a template with {date} and its language; it is filled once on load (a
// printout or a copied citation is made from the page as loaded) and shown if it was hidden. Without JavaScript a
// briefing's footer keeps the data release date it says, and a citation has no access date rather than a wrong one.
const now = new Date();
const [y, m, d] = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
for (const el of document.querySelectorAll<HTMLElement>('[data-today]')) {
  const date =
    el.dataset.locale === 'zh' ? `${y}年${m}月${d}日` : `${d} ${now.toLocaleString('en-GB', { month: 'long' })} ${y}`;
  el.textContent = (el.dataset.today ?? '').replace('{date}', date);
  el.hidden = false;
}
