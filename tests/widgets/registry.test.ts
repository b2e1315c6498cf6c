import { describe, expect, it } from 'vitest';
import { WIDGETS } from '../../src/widgets/registry';

describe('the widget registry', () => {
  it.each(WIDGETS.map((w) => [w.id, w] as const))('%s: its words alone name it as the widget does', async (_, entry) => {
    const [words, widget] = await Promise.all([entry.words(), entry.load()]);
    expect(words.t('title')).toBe(widget.t('title'));
    expect(words.t('blurb')).toBe(widget.t('blurb'));
    expect(words.t('title')).not.toBe('title');
  });
});
