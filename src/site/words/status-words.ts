// The one table of what each status is called, on every page, feed, chart, card and file: a badge, a changelog entry
// and a CSV must never call one status by two names (推进中 on a badge, 进行中 in the changelog). Each status has its
// name in each language and the other names readers would otherwise meet for it, which no published text may use
// (tests/site/words/status-words.test.ts reads the built site, the feed and the data files for them).
import type { Status } from '../../schemas/index.ts';

export interface StatusWords {
  zh: string;
  en: string;
  /** Names for the same status that the site does not use, in Chinese. */
  notZh: readonly string[];
  /** The same in English (matched as whole words, case-insensitive). */
  notEn: readonly string[];
}

export const STATUS_WORDS: Record<Status, StatusWords> = {
  achieved: { zh: '已完成', en: 'Achieved', notZh: ['已实现', '已达成', '已落实'], notEn: ['completed'] },
  in_progress: {
    zh: '推进中',
    en: 'In progress',
    notZh: ['进行中', '正在推进', '实施中'],
    notEn: ['ongoing', 'underway'],
  },
  carried_over: {
    zh: '结转下年',
    en: 'Carried over',
    notZh: ['延续至次年', '延续至下年', '结转至下年', '顺延'],
    notEn: ['carried forward', 'rolled over'],
  },
  no_evidence: {
    zh: '暂无公开证据',
    en: 'No published evidence',
    notZh: ['尚无公开进展', '暂无公开进展', '没有公开证据'],
    notEn: ['no evidence yet', 'not yet assessed'],
  },
  not_achieved: { zh: '未完成', en: 'Not achieved', notZh: ['未实现', '未达成', '未落实'], notEn: ['not completed'] },
};
