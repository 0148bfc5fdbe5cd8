// A briefing's footer names the date it was printed: today's date in the page's language, written once on load
// (a printout is made from the page as loaded). Without JavaScript the footer keeps the data release date it says.
const el = document.querySelector('[data-printed-on]');
if (el) {
  const now = new Date();
  const [y, m, d] = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  const date =
    el.dataset.locale === 'zh' ? `${y}年${m}月${d}日` : `${d} ${now.toLocaleString('en-GB', { month: 'long' })} ${y}`;
  el.textContent = `${el.dataset.printedOn}${date}`;
}
