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
}
