// The loyalty-type matrix: answers in, Dick & Basu's type out, drawn where the scores put it.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/lib/i18n';
import { decode, defaults, encode } from '../../src/widgets/kit/scenario';
import { KIOSK_REGULAR, loyaltyTypesCodec } from '../../src/widgets/loyalty-types/codec';
import { matrixLayout } from '../../src/widgets/loyalty-types/layout';
import LoyaltyTypes from '../../src/widgets/loyalty-types/LoyaltyTypes.svelte';
import { LoyaltyTypesState } from '../../src/widgets/loyalty-types/state.svelte';

afterEach(() => (i18n.locale = 'en'));

describe('the matrix’s scenario and state', () => {
  it('starts with the station-kiosk regular: spurious loyalty, attitude 2/9, repeat 8/9', () => {
    expect(defaults(loyaltyTypesCodec)).toEqual(KIOSK_REGULAR);
    const s = new LoyaltyTypesState();
    expect(s.placement.type).toBe('spurious');
    expect(s.placement.relativeAttitude).toBeCloseTo(2 / 9, 12);
    expect(s.placement.repeatPatronage).toBeCloseTo(8 / 9, 12);
  });

  it('moves to true loyalty when the attitude answers rise, and keeps the start as its baseline', () => {
    const s = new LoyaltyTypesState();
    s.scenario.compare = 3;
    s.scenario.recommend = 3;
    expect(s.placement.type).toBe('loyalty');
    expect(s.baseline.type).toBe('spurious');
    expect(s.changed).toBe(true);
    expect(s.record).toMatchObject({ compare: '3', recommend: '3', premium: '0' });
  });

  it('refuses an answer off the four levels, and a fraction', () => {
    expect(decode(loyaltyTypesCodec, { share: '4', tenure: '1.5', compare: '2' })).toEqual({
      scenario: { ...KIOSK_REGULAR, compare: 2 },
      rejected: ['share', 'tenure'],
    });
    expect(decode(loyaltyTypesCodec, encode(loyaltyTypesCodec, KIOSK_REGULAR)).scenario).toEqual(KIOSK_REGULAR);
  });
});

describe('the matrix’s geometry', () => {
  const words = { low: 'Low', high: 'High' };
  it('puts repeat purchase across and attitude up, cut at the middle', () => {
    const g = matrixLayout({ relativeAttitude: 2 / 9, repeatPatronage: 8 / 9 }, undefined, words, 400, 300);
    expect(g.customer.x).toBeCloseTo(g.x(8 / 9), 9);
    expect(g.customer.y).toBeCloseTo(g.y(2 / 9), 9);
    expect(g.customer.x).toBeGreaterThan(g.quadrants.cuts.vertical.x);
    expect(g.customer.y).toBeGreaterThan(g.quadrants.cuts.horizontal.y);
    expect(g.xHalves.map((t) => t.label)).toEqual(['Low', 'High']);
    expect(g.ghost).toBeUndefined();
  });

  it('moves a box’s name off the customer’s dot', () => {
    const box = matrixLayout({ relativeAttitude: 0.25, repeatPatronage: 0.75 }, undefined, words, 400, 300);
    const centre = box.quadrants.boxes.bottomRight.center;
    expect(box.labels.bottomRight.y).not.toBe(centre.y);
    expect(Math.abs(box.labels.bottomRight.y - box.customer.y)).toBeGreaterThanOrEqual(20);
    expect(box.labels.topLeft).toEqual(box.quadrants.boxes.topLeft.center);
  });
});

describe('the matrix, rendered', () => {
  it('answers move the customer from spurious to latent loyalty, and the card says what that calls for', async () => {
    render(LoyaltyTypes);
    expect(screen.getByTestId('loyalty-type').textContent).toBe('Spurious loyalty (inertia)');
    expect(screen.getByTestId('loyalty-card').textContent).toContain('Do not mistake the habit for loyalty');
    await fireEvent.click(screen.getByLabelText('Clearly the best'));
    await fireEvent.click(screen.getByLabelText('They already do, unprompted'));
    await fireEvent.click(screen.getByLabelText('Under a quarter'));
    await fireEvent.click(screen.getByLabelText('Rarely'));
    expect(screen.getByTestId('loyalty-type').textContent).toBe('Latent loyalty');
    expect(screen.getByTestId('loyalty-card').textContent).toContain('Find what stops them buying');
    expect(screen.getByText(/The example was Spurious loyalty \(inertia\)\./)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Back to the example' }));
    expect(screen.getByTestId('loyalty-type').textContent).toBe('Spurious loyalty (inertia)');
  });

  it('takes a lesson’s customer as its start', () => {
    render(LoyaltyTypes, { props: { compare: 3, recommend: 3, premium: 3, share: 3, frequency: 3, tenure: 3 } });
    expect(screen.getByTestId('loyalty-type').textContent).toBe('True loyalty');
  });

  it('speaks Chinese, with the deck’s names', () => {
    i18n.locale = 'zh';
    render(LoyaltyTypes);
    expect(screen.getByTestId('loyalty-type').textContent).toBe('迟钝忠诚（惰性忠诚）');
    expect(screen.getByRole('group', { name: '他们怎么看我们（相对偏好）' })).toBeTruthy();
  });
});
