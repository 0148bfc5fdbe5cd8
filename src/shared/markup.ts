// The one escaper for text put into HTML or XML (pages' own markup, SVG files, the Atom feed, the workbench): the five
// characters that can end a text or an attribute value, whatever the data holds.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe as element content or as a quoted attribute value, in HTML and in XML. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
