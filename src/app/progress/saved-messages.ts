/** What the notice about saved progress says, in both languages: loaded only when there is something to say. */
import { messages, type Catalog } from '../../lib/i18n';

const en = {
  entries: { one: '1 saved entry was damaged and left out; the rest of your progress is here. A copy was kept.', other: '{count} saved entries were damaged and left out; the rest of your progress is here. A copy was kept.' },
  unreadable: 'Your saved progress could not be read (it was damaged), so the course starts afresh. A copy was kept in this browser.',
  newer: 'Your progress was saved by a newer version of this course. What this version understands was kept, and a copy of all of it was set aside.',
  memory: 'This browser is not keeping your progress (its storage is full or turned off): it lasts until you close this tab. Export it to keep it.',
  dismiss: 'Dismiss',
} satisfies Catalog;

const zh: Catalog<keyof typeof en> = {
  unreadable: '保存的学习进度已损坏，无法读取，课程将从头开始。原数据已在本浏览器中另存一份。',
  newer: '你的学习进度是由本课程的较新版本保存的。当前版本能识别的部分已保留，全部原数据另存了一份。',
  entries: '有 {count} 条保存的记录已损坏，未能读取；其余进度都在。原数据已另存一份。',
  memory: '本浏览器无法保存你的学习进度（存储空间已满或被关闭）：进度只保留到关闭此标签页为止。可以导出进度文件来保存。',
  dismiss: '知道了',
};

export const t = messages({ en, zh });
