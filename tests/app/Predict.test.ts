import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Predict from '../../src/app/lesson/Predict.svelte';
import { progress } from '../../src/app/progress/store.svelte';
import InLesson from './InLesson.svelte';

const props = { id: 'm6-up', question: 'What will value per customer be?', answer: 56.95, decimals: 2, then: 'Now set retention to 50% below.' };
const commit = () => fireEvent.click(screen.getByRole('button', { name: 'Commit my guess' }));

afterEach(() => {
  progress.predictions = {};
});

describe('predict, then see', () => {
  it('asks for a number, and says how far off the guess was', async () => {
    render(Predict, { props });
    await fireEvent.input(screen.getByLabelText('Your guess'), { target: { value: 'a lot' } });
    await commit();
    expect(screen.getByText('Type a number, such as 55 or 55.5.')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('Your guess'), { target: { value: '51,25' } });
    await commit();
    expect(screen.getByRole('status').textContent).toContain('You guessed 51.25; the answer is 56.95: 5.70 off (10%).');
    expect(screen.getByRole('status').textContent).toContain('Now set retention to 50% below.');
    expect(screen.queryByLabelText('Your guess')).toBeNull();
  });

  it('keeps the guess with the learner’s progress, and shows it again', async () => {
    const first = render(InLesson, { props: { component: Predict, props } });
    await fireEvent.input(screen.getByLabelText('Your guess'), { target: { value: '56.95' } });
    await commit();
    expect(screen.getByRole('status').textContent).toContain('spot on');
    expect(progress.predictions['clv/four-steps#m6-up']).toEqual({ guess: 56.95, answer: 56.95 });
    first.unmount();
    render(InLesson, { props: { component: Predict, props } });
    expect(screen.getByRole('status').textContent).toContain('You guessed 56.95');
  });
});
