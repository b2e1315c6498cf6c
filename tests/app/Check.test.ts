import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Check from '../../src/app/lesson/Check.svelte';
import { progress } from '../../src/app/progress/store.svelte';
import InLesson from './InLesson.svelte';

const props = {
  id: 'discount',
  question: 'What is 360,000 ÷ 1.2?',
  options: [
    { text: '432,000', why: 'Multiplying makes later money worth more.' },
    { text: '300,000', why: 'Dividing by the factor shrinks later money.' },
    { text: '360,000', why: 'That is the profit before discounting.' },
  ],
  answer: 1,
};

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }));
const feedback = () => screen.getByRole('status').textContent ?? '';

afterEach(() => {
  progress.answers = {};
  localStorage.clear();
});

describe('a knowledge check that teaches', () => {
  it('asks for a choice before checking', async () => {
    render(Check, { props });
    await submit();
    expect(feedback()).toContain('Choose an answer first.');
  });

  it('explains a first wrong answer without giving the right one away', async () => {
    render(Check, { props });
    await fireEvent.click(screen.getByLabelText('432,000'));
    await submit();
    expect(feedback()).toContain('Not quite. Multiplying makes later money worth more.');
    expect(feedback()).not.toContain('300,000');
    expect(feedback()).not.toContain('Dividing by the factor');
    expect(screen.queryByText('The answer')).toBeNull();
    // Told by words and a mark, not colour alone; focus moves to the feedback.
    expect(screen.getByText('Your choice')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('status'));
  });

  it('puts focus back on the options after "Try again", and shows a right answer’s own explanation', async () => {
    render(Check, { props });
    await fireEvent.click(screen.getByLabelText('432,000'));
    await submit();
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(document.activeElement).toBe(screen.getAllByRole('radio')[0]);
    await fireEvent.click(screen.getByLabelText('300,000'));
    await submit();
    expect(feedback()).toContain('Right. Dividing by the factor shrinks later money.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the answer after a second wrong try', async () => {
    render(Check, { props });
    await fireEvent.click(screen.getByLabelText('432,000'));
    await submit();
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await fireEvent.click(screen.getByLabelText('360,000'));
    await submit();
    expect(feedback()).toContain('That is the profit before discounting.');
    expect(feedback()).toContain('The answer: 300,000. Dividing by the factor shrinks later money.');
    expect(screen.getByText('The answer')).toBeTruthy();
  });

  it('shows the answer on request after a wrong try', async () => {
    render(Check, { props });
    await fireEvent.click(screen.getByLabelText('360,000'));
    await submit();
    await fireEvent.click(screen.getByRole('button', { name: 'Show the answer' }));
    expect(feedback()).toContain('The answer: 300,000.');
  });

  it('records the first answer and the number of attempts in the learner’s progress', async () => {
    render(InLesson, { props: { component: Check, props } });
    await fireEvent.click(screen.getByLabelText('432,000'));
    await submit();
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await fireEvent.click(screen.getByLabelText('300,000'));
    await submit();
    expect(progress.answers['clv/four-steps#discount']).toEqual({ first: 0, firstRight: false, last: 1, attempts: 2 });
  });

  it('comes back as the learner left it', async () => {
    progress.answers['clv/four-steps#discount'] = { first: 2, firstRight: false, last: 2, attempts: 1 };
    render(InLesson, { props: { component: Check, props } });
    expect(feedback()).toContain('That is the profit before discounting.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
