// Dates as a curator types them: 2024-01-18, 2024年1月18日, 2024/1/18 or 2024.1.18, in full-width digits too; each is
// stored as the ISO date, and anything that is not a real calendar date is refused with the forms that work.

const FORMS = /^(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*日?$/u;

/** The ISO date a typed date means, or null when it is not one. */
export function isoDate(typed: string): string | null {
  const ascii = typed.trim().replace(/[\uff10-\uff19]/gu, (d) => String(d.charCodeAt(0) - 0xff10));
  const m = FORMS.exec(ascii);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export const DATE_FORMS = '2024-01-18 或 2024年1月18日';
