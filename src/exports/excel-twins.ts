// Excel/WPS twins of the CSVs under /data/: the same bytes after a UTF-8 byte-order mark, without which Excel and WPS
// open Chinese text as mojibake on double-click. The pipeline makes a twin of every CSV a page links to, at
// /data/excel/<same path>.

/** Address of the Excel twin of a CSV under /data/. */
export function excelTwin(csvHref: string): string {
  if (!csvHref.startsWith('/data/') || !csvHref.endsWith('.csv'))
    throw new Error(`${csvHref} is not a CSV under /data/: only those have Excel twins`);
  return csvHref.replace(/^\/data\//, '/data/excel/');
}
