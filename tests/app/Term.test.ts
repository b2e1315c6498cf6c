import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Term from '../../src/app/lesson/Term.svelte';

const children = createRawSnippet(() => ({ render: () => '<span>cohort</span>' }));

describe('a glossary term in a lesson', () => {
  it('shows its definition on focus, with a link to its entry, and closes on Esc', async () => {
    render(Term, { props: { id: 'cohort', children } });
    const term = screen.getByRole('button', { name: 'cohort' });
    expect(term.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.focus(term);
    expect(term.getAttribute('aria-expanded')).toBe('true');
    expect((await screen.findByText(/A group of customers won at the same time/)).textContent).toBeTruthy();
    expect(screen.getByRole('link', { name: 'In the glossary' }).getAttribute('href')).toBe('#/en/glossary/cohort');
    await fireEvent.keyDown(term, { key: 'Escape' });
    expect(term.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens and closes on a tap', async () => {
    render(Term, { props: { id: 'discount-rate', children } });
    const term = screen.getByRole('button', { name: 'cohort' });
    await fireEvent.click(term);
    expect(await screen.findByText(/How much less money received a year later/)).toBeTruthy();
    await fireEvent.click(term);
    expect(term.getAttribute('aria-expanded')).toBe('false');
  });
});
