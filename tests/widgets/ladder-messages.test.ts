// Core names the ladder's stages and statements; their words live with the widget, in both languages.
import { describe, expect, it } from 'vitest';
import { LADDER_STATEMENTS, VALUE_STAGES } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { t, type LadderMessage } from '../../src/widgets/ladder/messages';

describe('the value ladder’s words', () => {
  const keys: LadderMessage[] = [
    ...VALUE_STAGES.flatMap((stage) => (['name', 'focus', 'practice', 'measure', 'nextStep'] as const).map((part) => `${stage}.${part}` as LadderMessage)),
    ...LADDER_STATEMENTS.map((s) => `statement.${s.id}` as LadderMessage),
    'firstStep',
  ];

  it('has every stage and statement core names, in English and in Chinese', () => {
    for (const locale of ['en', 'zh'] as const) {
      i18n.locale = locale;
      for (const key of keys) {
        const text = t(key);
        expect(text, `${locale}: ${key}`).not.toBe(key);
        if (locale === 'zh') expect(text, key).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    i18n.locale = 'en';
  });

  it('uses the deck’s term for the first stage', () => {
    i18n.locale = 'zh';
    expect(t('conformance-quality.name')).toBe('符合性质量');
    i18n.locale = 'en';
  });
});
