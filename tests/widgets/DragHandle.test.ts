// The kit's movable point as a component: a named slider with its place in words, moved by keys and by a pointer drag, inside its limits.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import DragHandle from '../../src/widgets/kit/chart/DragHandle.svelte';
import { planeLayout } from '../../src/widgets/kit/chart/plane';

const plane = planeLayout({ width: 400, height: 400, x: [0, 1], y: [0, 1], margin: { left: 0, right: 0, top: 0, bottom: 0 }, format: (v) => String(v) });
const axis = { min: 0, max: 1, step: 0.01 };

function setup(axes: 'xy' | 'y' = 'xy', point = { x: 0.5, y: 0.5 }) {
  const onmove = vi.fn();
  render(DragHandle, { plane, point, spec: { x: axis, y: axis, axes }, label: 'Us', valuetext: 'quality 0.50', onmove });
  return { onmove, handle: screen.getByRole('slider', { name: 'Us' }) };
}

describe('a movable point on a chart', () => {
  it('sits on its point, focusable, its place in words, and says how to move it', () => {
    const { handle } = setup('y', { x: 0.25, y: 0.75 });
    expect(handle.style.left).toBe('100px');
    expect(handle.style.top).toBe('100px');
    expect(handle.tabIndex).toBe(0);
    expect(handle.getAttribute('aria-roledescription')).toBe('movable point');
    expect(handle.getAttribute('aria-valuetext')).toBe('quality 0.50');
    // Along y only, y is the value a screen reader hears, and it reads as vertical.
    expect(handle.getAttribute('aria-valuenow')).toBe('0.75');
    expect(handle.getAttribute('aria-orientation')).toBe('vertical');
    expect(document.getElementById(handle.getAttribute('aria-describedby')!)?.textContent).toMatch(/Arrow keys move it/);
  });

  it('sits on the plot’s edge when its value lies beyond the chart', () => {
    const { handle } = setup('xy', { x: 3, y: -2 });
    expect(handle.style.left).toBe('400px');
    expect(handle.style.top).toBe('400px');
  });

  it('moves a step per arrow key, ten with Shift, reports no move against an edge, and lets other keys through', async () => {
    const { onmove, handle } = setup();
    await fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(onmove).toHaveBeenLastCalledWith({ x: 0.51, y: 0.5 });
    await fireEvent.keyDown(handle, { key: 'ArrowUp', shiftKey: true });
    expect(onmove).toHaveBeenLastCalledWith({ x: 0.5, y: 0.6 });
    const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true, bubbles: true });
    handle.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
    expect(onmove).toHaveBeenCalledTimes(2);
  });

  it('too crowded to grab (size 0), still moves by keys, and says when it is in use', async () => {
    const onmove = vi.fn();
    const onactive = vi.fn();
    render(DragHandle, { plane, point: { x: 0.5, y: 0.5 }, spec: { x: axis, y: axis }, label: 'Us', valuetext: '', onmove, size: 0, onactive });
    const handle = screen.getByRole('slider', { name: 'Us' });
    expect(handle.style.width).toBe('24px');
    handle.focus();
    expect(onactive).toHaveBeenLastCalledWith(true);
    await fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(onmove).toHaveBeenLastCalledWith({ x: 0.49, y: 0.5 });
    handle.blur();
    expect(onactive).toHaveBeenLastCalledWith(false);
  });

  it('does not report a move that goes nowhere', async () => {
    const { onmove, handle } = setup('xy', { x: 1, y: 0.5 });
    await fireEvent.keyDown(handle, { key: 'End' });
    await fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(onmove).not.toHaveBeenCalled();
  });

  it('follows a pointer drag from where it was grabbed, holds a fixed coordinate, and stops when let go', async () => {
    const { onmove, handle } = setup('y');
    handle.parentElement!.getBoundingClientRect = () => ({ left: 100, top: 50, right: 500, bottom: 450, width: 400, height: 400, x: 100, y: 50, toJSON: () => ({}) });
    // Grabbed 4 px right of the centre (300, 250 on the page), then moved 40 px up and 80 px left.
    await fireEvent.pointerDown(handle, { button: 0, clientX: 304, clientY: 250, pointerId: 1 });
    expect(document.activeElement).toBe(handle);
    await fireEvent.pointerMove(handle, { clientX: 224, clientY: 210, pointerId: 1 });
    expect(onmove).toHaveBeenLastCalledWith({ x: 0.5, y: 0.6 });
    await fireEvent.pointerUp(handle, { pointerId: 1 });
    await fireEvent.pointerMove(handle, { clientX: 224, clientY: 100, pointerId: 1 });
    expect(onmove).toHaveBeenCalledTimes(1);
  });

  it('ignores a press of any button but the main one', async () => {
    const { onmove, handle } = setup();
    await fireEvent.pointerDown(handle, { button: 2, clientX: 200, clientY: 200, pointerId: 1 });
    await fireEvent.pointerMove(handle, { clientX: 300, clientY: 100, pointerId: 1 });
    expect(onmove).not.toHaveBeenCalled();
  });
});
