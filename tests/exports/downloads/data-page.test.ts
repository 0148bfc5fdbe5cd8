// The download page lists every dataset in publication order, with its row count, working links to the three files,
// the checksum and size datapackage.json states, and a citation naming the date of the data and the documents.
import { formatDate } from '../../../src/shared/dates.ts';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/schemas/index.ts';
import { fetchBytes, fetchText } from './served.ts';
import { useSite } from '../../site/pages/use-site.ts';

const site = useSite({ browser: false });

describe('the download page', () => {
  it.each(['/data/', '/en/data/'])('%s lists every dataset with its files, checksum and citation', async (path) => {
    const { document } = parseHTML(await fetchText(site.origin, path));
    const pkg = JSON.parse(await fetchText(site.origin, '/data/datapackage.json')) as {
      resources: { name: string; hash: string; schema: { fields: { name: string }[] } }[];
    };
    const release = JSON.parse(await fetchText(site.origin, '/data/release.json')) as { data_release: string };
    const sections = [...document.querySelectorAll('section.dataset')].map((s) => s.id);
    expect(sections).toEqual(DATASETS.map((d) => d.name));
    for (const d of DATASETS) {
      const section = document.getElementById(d.name)!;
      const text = section.textContent ?? '';
      const rows = JSON.parse(await fetchText(site.origin, `/data/${d.name}.json`)) as unknown[];
      expect(text).toContain(String(rows.length));
      const resource = pkg.resources.find((r) => r.name === d.name)!;
      expect(text).toContain(resource.hash.replace('sha256:', ''));
      // The citation dates the data release as the page's language writes a date.
      expect(text).toContain(formatDate(release.data_release, path.startsWith('/en/') ? 'en' : 'zh'));
      const columns = [...section.querySelectorAll('details.columns tbody th code')].map((c) => c.textContent);
      expect(columns).toEqual(resource.schema.fields.map((f) => f.name));
      const hrefs = [...section.querySelectorAll('.files a')].map((a) => a.getAttribute('href'));
      // The Excel/WPS twin first, for people; the plain UTF-8 file for code.
      expect(hrefs).toEqual([`/data/excel/${d.name}.csv`, `/data/${d.name}.csv`, `/data/${d.name}.json`]);
      const excelLabel = section.querySelector(`a[href="/data/excel/${d.name}.csv"]`)!.textContent!;
      expect(excelLabel).toMatch(/Excel\/WPS/);
      expect(excelLabel).toMatch(/BOM/);
      for (const href of hrefs) expect((await fetchBytes(site.origin, href!)).length).toBeGreaterThan(0);
    }
    for (const href of ['/data/ip-plan-tracker-data.zip', '/data/datapackage.json', '/data/changelog.atom']) {
      expect(document.querySelector(`a[href="${href}"]`), href).not.toBeNull();
      expect((await fetchBytes(site.origin, href)).length).toBeGreaterThan(100);
    }
  });
});
