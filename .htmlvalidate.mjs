// HTML validation of every built page (tests/site/quality/html-validate.test.ts): the recommended rules, with one exception.
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Titles are official document titles and names, given in full (and, in English, translated in full): a journalist
    // cites them and a reader finds a bookmarked page by them, so they are never cut or paraphrased. The 70-character
    // limit is a search-result display heuristic (engines truncate the display; they do not reject the page).
    'long-title': 'off',
  },
};
