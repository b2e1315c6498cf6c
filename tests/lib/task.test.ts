import { afterEach, describe, expect, it, vi } from 'vitest';
import { inTurn } from '../../src/lib/task';

afterEach(() => vi.useRealTimers());

describe('inTurn', () => {
  it('settles each caller in a task of its own, in the order they came', async () => {
    vi.useFakeTimers();
    const settled: string[] = [];
    for (const name of ['map', 'chart', 'table']) inTurn(name).then((v) => settled.push(v));
    for (let i = 0; i < 5; i++) await Promise.resolve(); // microtasks alone give nobody a turn
    expect(settled).toEqual([]);
    const afterEachTask: string[][] = [];
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersToNextTimerAsync();
      afterEachTask.push([...settled]);
    }
    expect(afterEachTask).toEqual([['map'], ['map', 'chart'], ['map', 'chart', 'table']]);
  });

  it('waits for a promised value before queueing, and passes a failure on without holding up the rest', async () => {
    let arrive!: (v: string) => void;
    const late = inTurn(new Promise<string>((resolve) => (arrive = resolve)));
    const failed = inTurn(Promise.reject(new Error('chunk failed')));
    const early = inTurn('early');
    const order: string[] = [];
    late.then((v) => order.push(v));
    early.then((v) => order.push(v));
    await expect(failed).rejects.toThrow('chunk failed');
    await early;
    arrive('late');
    await late;
    expect(order).toEqual(['early', 'late']);
  });
});
