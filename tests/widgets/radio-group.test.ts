// The kit's radio group: a labelled group whose choice is bound, with its help text tied to it.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RadioGroupHarness from './RadioGroupHarness.svelte';

describe('RadioGroup', () => {
  it('is one named group with its help, the bound value checked', () => {
    render(RadioGroupHarness);
    const group = screen.getByRole('group', { name: 'Where customers sit' });
    expect(group.getAttribute('aria-describedby')).toBe('where-help');
    expect(screen.getByText('On the curve, or anywhere.').id).toBe('where-help');
    expect((screen.getByLabelText('On the curve') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Anywhere') as HTMLInputElement).checked).toBe(false);
  });

  it('binds the choice back, and marks the chosen option for sighted users too', async () => {
    render(RadioGroupHarness);
    await fireEvent.click(screen.getByLabelText('Anywhere'));
    expect(screen.getByTestId('value').textContent).toBe('free');
    expect(screen.getByLabelText('Anywhere').closest('label')?.classList.contains('checked')).toBe(true);
    expect(screen.getByLabelText('On the curve').closest('label')?.classList.contains('checked')).toBe(false);
    const names = screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).name);
    expect(new Set(names)).toEqual(new Set(['where']));
  });
});
