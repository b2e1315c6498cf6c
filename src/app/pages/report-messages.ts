/** The course report's words, in both languages: they load with the report page. */
import { messages, type Catalog } from '../../lib/i18n';

const en = {
  predictions: { one: '1 prediction, off by {off} on average', other: '{count} predictions, off by {off} on average' },
  lessons: '{done} of {total} lessons done',
  checks: '{right} checks right at the first try, of {answered} answered ({total} in all)',
  noPredictions: 'No predictions yet',
  revisit: 'Worth a second look:',
  notDone: 'not finished yet',
  rightFirst: '{right} of {total} checks right at the first try',
  allDone: 'Every lesson done, every check right at the first try.',
  transfer: 'Take your progress to another device',
  transferIntro: 'Your progress stays in this browser. Download it as a file, and bring it back here or on another device.',
  export: 'Download my progress',
  import: 'Bring progress from a file',
  importNotJson: 'That file is not a progress file (it is not JSON). Nothing was changed.',
  importNotProgress: 'That file is not a progress file from this course. Nothing was changed.',
  importReady: 'The file holds {answers} answered checks.',
  merge: 'Add it to this browser’s progress',
  replace: 'Replace this browser’s progress',
  cancel: 'Cancel',
  merged: 'Progress from the file was added.',
  replaced: 'Progress was replaced by the file’s.',
} satisfies Catalog;

const zh: Catalog<keyof typeof en> = {
  lessons: '已完成 {done}/{total} 课',
  checks: '已答 {answered} 道练习题（共 {total} 道），其中 {right} 道第一次就答对',
  predictions: '做了 {count} 次预测，平均相差 {off}',
  noPredictions: '还没有做过预测',
  revisit: '值得再看一遍：',
  notDone: '尚未学完',
  rightFirst: '{total} 道练习题中第一次就答对 {right} 道',
  allDone: '每一课都已学完，每道练习题都是第一次就答对。',
  transfer: '把学习进度带到另一台设备',
  transferIntro: '你的学习进度只保存在这个浏览器里。可以把它下载成文件，再在这里或另一台设备上导入。',
  export: '下载我的学习进度',
  import: '从文件导入学习进度',
  importNotJson: '这个文件不是学习进度文件（不是 JSON 格式）。没有做任何更改。',
  importNotProgress: '这个文件不是本课程的学习进度文件。没有做任何更改。',
  importReady: '文件中有 {answers} 道已答的练习题。',
  merge: '并入本浏览器的学习进度',
  replace: '用它替换本浏览器的学习进度',
  cancel: '取消',
  merged: '文件中的学习进度已并入。',
  replaced: '学习进度已被文件中的内容替换。',
};

export const t = messages({ en, zh });
