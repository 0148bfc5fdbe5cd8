/** A column of a chart's data table. */
export interface TableColumn {
  label: string;
  /** Right-align: the cells are figures. */
  numeric: boolean;
  /** The language of the cells when it is not the page's (the source's own Chinese words, a document number). */
  lang?: string;
}

/** A chart's data as a table, in the chart's locale, for a page to render as the chart's text alternative. */
export interface ChartTable {
  caption: string;
  columns: TableColumn[];
  /** Formatted cells, one array per row, in column order. */
  rows: string[][];
  /** A column whose cells link, row by row, to where each figure comes from (its sentence on its source page). */
  links?: { column: number; hrefs: (string | null)[] };
}

/** A cell of a chart's data file: numbers stay numbers, dates ISO, absent values empty. */
export type DataCell = string | number | boolean | null;

/**
 * A chart's figures as its CSV carries them, as OWID's downloads do: one row per figure drawn, the value as a number
 * with its unit, period, place and source (document number and the sentence), never a formatted "135,565件". Column
 * names are the same in both languages (they are what code reads); the words in the cells are the file's language.
 */
export interface ChartData {
  columns: string[];
  rows: Record<string, DataCell>[];
}

/** The columns of an observation in a chart's data. */
export const OBSERVATION_COLUMNS = [
  'indicator_id',
  'indicator',
  'value',
  'unit',
  'qualifier',
  'period_start',
  'period_end',
  'jurisdiction',
  'place',
  'document_id',
  'doc_number',
  'quote',
];
