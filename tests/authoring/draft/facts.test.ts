// The document's own facts read from its text: date issued (with its verbatim quote), 文号, title and issuer; null or
// "none" where the text states none, never a placeholder.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFacts } from '../../../src/authoring/draft/facts.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('the date issued', () => {
  it.each([
    [
      'a closing date line under the signature',
      '某市知识产权局\n2024年1月18日\n',
      '2024-01-18',
      '某市知识产权局 2024年1月18日',
    ],
    ['a page header', '某区知识产权局工作总结\n时间：2024-04-22　来源：某区\n正文。', '2024-04-22', '时间：2024-04-22'],
    ['Chinese numerals', '某局\n二〇二四年一月十八日\n', '2024-01-18', '某局 二〇二四年一月十八日'],
    [
      'the 印发 line when no signature date precedes it',
      '抄送：某办。\n某局办公室\n\n2023 年 8 月 2 日印发\n',
      '2023-08-02',
      '2023 年 8 月 2 日印发',
    ],
  ])('from %s', (_name, text, date, quote) => {
    expect(documentFacts(`正文一句话。\n${text}`)).toMatchObject({ date_issued: date, date_quote: quote });
  });

  it('takes the signature date before the 印发 date, and no date from inside a sentence', () => {
    const text = '于2024年3月1日召开会议。\n某局\n2024年3月5日\n\n某局办公室 2024年3月6日印发\n';
    expect(documentFacts(text).date_issued).toBe('2024-03-05');
    expect(documentFacts('会议于2024年3月1日召开，明确了任务。\n').date_issued).toBeNull();
    expect(documentFacts('会议于2024年3月1日召开，明确了任务。\n').date_quote).toBeNull();
  });
});

describe('the document number', () => {
  it.each([
    ['沪知局函〔2024〕12号', '某局\n\n沪知局函〔2024〕12号\n\n关于某事的通知\n'],
    ['X政办发〔2023〕7号', '某政府文件\nX政办发〔2023〕7号          签发人：某某\n关于某事的通知\n'],
    ['苏知发〔2022〕5号', '江苏省知识产权局\n文号：苏知发〔2022〕5号\n某要点\n'],
  ])('reads %s from the head', (number, text) => {
    expect(documentFacts(text).doc_number).toBe(number);
  });

  it('is "none" where the text has none: a number cited in the body is another document’s', () => {
    const text = '某市知识产权发展状况\n\n某市知识产权局\n\n根据《某办法》（沪知局〔2022〕3号）要求，现发布如下。\n';
    expect(documentFacts(text).doc_number).toBe('none');
  });
});

describe('title and issuer', () => {
  it('reads a covering notice as the document it issues, and the issuer from the header', () => {
    const text =
      '某市知识产权局文件\n\n某知〔2024〕3号\n\n某市知识产权局关于印发《某市2024年知识产权\n保护工作要点》的通知\n\n各区局：\n现将《某市2024年知识产权保护工作要点》印发给你们。\n';
    expect(documentFacts(text)).toMatchObject({
      title_zh: '某市2024年知识产权保护工作要点',
      issuer_zh: '某市知识产权局',
    });
  });

  it('reads a heading that wraps over two lines as one title, and the issuer from the signature', () => {
    const text = '某区2023年知识产权\n工作总结\n\n2023年，全区工作取得成效。\n\n某区知识产权局\n2024年1月5日\n';
    expect(documentFacts(text)).toMatchObject({ title_zh: '某区2023年知识产权工作总结', issuer_zh: '某区知识产权局' });
  });

  it('reads the five real documents as their manifest entries say', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'data/sources/manifest.json'), 'utf8')) as Record<
      string,
      string | null
    >[];
    const squeeze = (s: string | null) => s?.replace(/\s+/gu, '') ?? null;
    for (const e of manifest) {
      const f = documentFacts(readFileSync(resolve(root, 'data/sources', e.file!), 'utf8'));
      for (const k of ['date_issued', 'doc_number', 'title_zh', 'issuer_zh', 'date_quote'] as const)
        expect(squeeze(f[k]), `${e.id} ${k}`).toBe(squeeze(e[k] ?? null));
    }
  });
});
