// Every path the project reads its inputs from and every file name it publishes, in one place: the pipeline
// writes these names, the site links to them and the scripts find the inputs here, so a name changes once.

/** Curated inputs, relative to the project root. */
export const inputs = {
  source: (file: string) => `data/sources/${file}`,
  manifest: 'data/sources/manifest.json',
  annotationsDir: 'data/annotations',
  annotation: (documentId: string) => `data/annotations/${documentId}.json`,
  indicators: 'data/indicators.json',
  /** The field's terms in Chinese and English, for the draft to name a new indicator; checked, not published. */
  glossary: 'data/glossary.json',
  themes: 'data/themes.json',
  changelog: 'data/changelog.json',
  jurisdictions: 'data/jurisdictions.json',
  documentKinds: 'data/document-kinds.json',
  figures: 'data/figures.json',
};

/** Published files, relative to the data directory (served under /data/). */
export const published = {
  dataset: (name: string, ext: 'csv' | 'json' = 'csv') => `${name}.${ext}`,
  excel: (name: string) => `excel/${name}.csv`,
  indicator: (id: string) => `indicators/${id}.csv`,
  plan: (id: string) => `plans/${id}.csv`,
  datapackage: 'datapackage.json',
  feed: 'changelog.atom',
  zip: 'ip-plan-tracker-data.zip',
  release: 'release.json',
  /** The validated declarations of data/figures.json, which the site reads. */
  figures: 'figures.json',
  /** Inside the zip only. */
  zipReadme: 'README.md',
};

/** Site address of a published file. */
export function dataUrl(path: string): string {
  return `/data/${path}`;
}
