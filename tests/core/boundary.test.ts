import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// The core stays pure so every model can run anywhere: a widget, a worker, a test.
it('core imports nothing from Svelte, the DOM or d3-selection', () => {
  const dir = join(import.meta.dirname, '../../src/core');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    expect(source, file).not.toMatch(/from ['"](svelte|d3-selection|d3)['"/]/);
    expect(source, file).not.toMatch(/\b(document|window|localStorage)\./);
    // No prose either (Chinese outside comments is the tell): words the learner reads live in a widget's messages or in content.
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code, file).not.toMatch(/[\u4e00-\u9fff]/);
  }
});
