import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Check from '../../src/app/lesson/Check.svelte';

const props = {
  id: 'discount',
  question: 'What is 360,000 ÷ 1.2?',
  options: ['432,000', '300,000', '360,000'],
  answer: 1,
  explain: 'Discounting divides by the factor.',
};

describe('knowledge check', () => {
  it('asks for a choice, then explains a wrong and a right answer', async () => {
    render(Check, { props });
    const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
    await submit();
    expect(screen.getByRole('status').textContent).toContain('Choose an answer first.');
    await fireEvent.click(screen.getByLabelText('432,000'));
    await submit();
    expect(screen.getByRole('status').textContent).toContain('Not quite. Discounting divides by the factor.');
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await fireEvent.click(screen.getByLabelText('300,000'));
    await submit();
    expect(screen.getByRole('status').textContent).toContain('Correct.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
