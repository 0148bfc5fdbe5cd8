import { re } from './patterns.ts';
import { append, plain, scanAll } from './scan.ts';
import type { Draft } from './types.ts';

/**
 * Contact details: e-mail addresses, telephone numbers (after 电话/热线/传真…, or shaped like
 * 021-12345678 / 13812345678), postal codes after 邮政编码/邮编, and house numbers after a road
 * name (世博村路 300 号 1 号楼 is one mention).
 */
const EMAIL = re('(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}');
const PHONE_LABELLED = re(
  '(?<=(?:电话|热线|传真|手机|联系方式|Tel|TEL|tel)[^0-9\\n]{0,8})(?:(?:\\(?0[0-9]{2,3}\\)?[-—\\s]?)?[0-9]{7,8}(?:[-转][0-9]{1,5})?|1[3-9][0-9]{9})(?![0-9])',
);
const PHONE_SHAPED = re('(?<![0-9])(?:0[0-9]{2,3}-[0-9]{7,8}|1[3-9][0-9]{9})(?![0-9])');
const POSTAL = re('(?<=(?:邮政编码|邮编)[：:\\s]{0,3})[0-9]{6}(?![0-9])');
const HOUSE = re(
  '(?<=[路街弄巷道]\\s{0,3})[0-9]+\\s{0,3}(?:号|弄)(?:\\s{0,3}[0-9]+\\s{0,3}(?:号楼|幢|栋|室|楼|层|号))*|(?<![0-9])[0-9]+\\s{0,3}(?:号楼|幢|室)',
);

export function scanContacts(work: string): Draft[] {
  const out: Draft[] = [];
  for (const rx of [EMAIL, PHONE_LABELLED, PHONE_SHAPED, POSTAL, HOUSE]) {
    append(
      out,
      scanAll(rx, work, (m) => plain(m, 'contact')),
    );
  }
  return out;
}
