/** Search's words, in both languages: they load with the search, on first use. */
import { messages, type Catalog } from '../../lib/i18n';

const en = {
  count: { one: '1 result', other: '{count} results' },
  title: 'Search the course',
  placeholder: 'Search lessons and the glossary',
  close: 'Close',
  loading: 'Loading the search…',
  results: 'Results',
  none: 'Nothing found for “{query}”.',
  inGlossary: 'Glossary',
} satisfies Catalog;

const zh: Catalog<keyof typeof en> = {
  title: '搜索课程',
  placeholder: '搜索课程内容和术语表',
  close: '关闭',
  loading: '正在加载搜索……',
  results: '搜索结果',
  count: '共 {count} 条结果',
  none: '没有找到与“{query}”相关的内容。',
  inGlossary: '术语表',
};

export const t = messages({ en, zh });
