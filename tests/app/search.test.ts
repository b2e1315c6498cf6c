import { describe, expect, it } from 'vitest';
import { documents, searcher, snippet, tokenize } from '../../src/app/search/search';

const lessons = [
  {
    key: 'clv/what-is-clv',
    title: 'What customer lifetime value is',
    sections: [
      { id: 'definition', title: 'The definition', notes: 'secret notes', text: 'Customer lifetime value is the profit a customer brings over the relationship.', terms: [] },
      { id: 'drivers', title: 'What drives it', notes: '', text: 'Retention, the discount rate and the horizon move it most.', terms: [] },
    ],
    checks: [],
  },
  {
    key: 'clv/four-steps',
    title: '四个步骤，逐年计算',
    sections: [{ id: '小结', title: '小结', notes: '', text: '客户终生价值等于逐年贴现利润之和。一批客户的保持率越高，价值越大。', terms: [] }],
    checks: [],
  },
];
const terms = [{ id: 'cohort', term: 'cohort', definition: 'A group of customers won at the same time.', example: '20,000 customers', other: '客户群组', lesson: 'clv/four-steps', lessonTitle: 'The four steps' }];
const find = searcher(documents(lessons, terms));

describe('search', () => {
  it('reads Chinese as characters and pairs of characters, other scripts as words', () => {
    expect(tokenize('客户价值 CLV')).toEqual(['客', '客户', '户', '户价', '价', '价值', '值', 'clv']);
  });

  it('finds "lifetime value" in English, sections first by title and text', () => {
    const results = find('lifetime value');
    expect(results[0].parts).toEqual(['clv', 'what-is-clv', 'definition']);
  });

  it('finds Chinese words without spaces, and only where every piece occurs', () => {
    expect(find('客户').map((r) => r.id)).toContain('clv/four-steps/小结');
    expect(find('保持率').map((r) => r.id)).toEqual(['clv/four-steps/小结']);
    expect(find('保持价格')).toEqual([]);
  });

  it('finds glossary terms, leading to their entry, and not the speaker notes', () => {
    expect(find('cohort')[0].parts).toEqual(['glossary', 'cohort']);
    expect(find('secret')).toEqual([]);
  });

  it('forgives a typo and finds a word from its start', () => {
    expect(find('retension').map((r) => r.id)).toContain('clv/what-is-clv/drivers');
    expect(find('discou').map((r) => r.id)).toContain('clv/what-is-clv/drivers');
  });

  it('shows the passage around the match, the match marked', () => {
    expect(snippet('Customer lifetime value is the profit a customer brings.', 'lifetime value', 10)).toEqual({
      before: 'Customer ',
      match: 'lifetime value',
      after: ' is the pr…',
    });
    expect(snippet('一批客户的保持率越高，价值越大。', '保持率', 3)).toEqual({ before: '…客户的', match: '保持率', after: '越高，…' });
  });
});
