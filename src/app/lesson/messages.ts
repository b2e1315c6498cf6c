/** The words of a lesson's own parts (checks, predictions, term pop-ups), in both languages: they load with the lessons. */
import { messages, type Catalog } from '../../lib/i18n';

const en = {
  'glossary.definitionOf': 'What “{term}” means',
  'glossary.inGlossary': 'In the glossary',
  'check.heading': 'Check your understanding',
  'check.submit': 'Check my answer',
  'check.choose': 'Choose an answer first.',
  'check.correct': 'Right.',
  'check.incorrect': 'Not quite.',
  'check.retry': 'Try again',
  'check.show': 'Show the answer',
  'check.answerIs': 'The answer: {answer}.',
  'check.yourChoice': 'Your choice',
  'check.theAnswer': 'The answer',
  'predict.heading': 'Predict first',
  'predict.yourGuess': 'Your guess',
  'predict.commit': 'Commit my guess',
  'predict.number': 'Type a number, such as 55 or 55.5.',
  'predict.result': 'You guessed {guess}; the answer is {answer}:',
  'predict.spotOn': 'spot on.',
  'predict.off': '{diff} off ({share}).',
  'section.missing': 'This lesson has no section “{section}” (an old or mistyped link?), so it opens at the top. Its sections are listed under Contents.',
} satisfies Catalog;

const zh: Catalog<keyof typeof en> = {
  'glossary.definitionOf': '“{term}”的含义',
  'glossary.inGlossary': '查看术语表',
  'check.heading': '检验一下',
  'check.submit': '提交答案',
  'check.choose': '请先选择一个答案。',
  'check.correct': '答对了。',
  'check.incorrect': '不太对。',
  'check.retry': '再试一次',
  'check.show': '显示答案',
  'check.answerIs': '答案是：{answer}。',
  'check.yourChoice': '你的选择',
  'check.theAnswer': '正确答案',
  'predict.heading': '先预测',
  'predict.yourGuess': '你的预测',
  'predict.commit': '确定我的预测',
  'predict.number': '请输入一个数字，例如 55 或 55.5。',
  'predict.result': '你预测的是 {guess}，答案是 {answer}：',
  'predict.spotOn': '完全正确。',
  'predict.off': '相差 {diff}（{share}）。',
  'section.missing': '本课没有“{section}”这一节（也许链接已过时或有误），所以从开头打开。各节见下方的“目录”。',
};

export const t = messages({ en, zh });
