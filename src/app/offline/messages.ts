/** What the update notice says, in both languages: loaded only when a new version is waiting. */
import { messages, type Catalog } from '../../lib/i18n';

const en = {
  ready: 'A new version of the course is ready. Your progress is kept.',
  reload: 'Reload to update',
  later: 'Later',
} satisfies Catalog;

const zh: Catalog<keyof typeof en> = {
  ready: '课程有新版本可用，你的学习进度会保留。',
  reload: '重新加载以更新',
  later: '稍后',
};

export const t = messages({ en, zh });
