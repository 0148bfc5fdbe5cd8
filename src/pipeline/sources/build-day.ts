// The day of the build, against which a document's date is checked: nothing can be issued after it. It is the day in
// China (UTC+8 all year, no daylight saving), where every document is dated: a notice issued this morning in Shanghai
// is not refused because UTC is still on yesterday. Tests pass a fixed day; the build takes the clock's.

/** The day, YYYY-MM-DD, it is in China at `now`. */
export function buildDay(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
