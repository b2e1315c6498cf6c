import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { rehypeLessonWidgets } from '../../src/app/content/rehype-lesson-widgets';

const code = async (source: string) => (await compile(source, { rehypePlugins: [rehypeLessonWidgets] }))!.code;

describe('a widget placed in a lesson waits to be drawn', () => {
  it('wraps each widget the lesson imports, multi-line props and all, and imports the wrapper once', async () => {
    const out = await code(`<script>
  import { Check } from '$lesson';
  import ValueLadder from '$widgets/ladder/ValueLadder.svelte';
  import ClvCalculator from "$widgets/clv/ClvCalculator.svelte";
</script>

Some words.

<ValueLadder
  presets={[{ name: "a" }]}
/>

<Check id="x" question="Why?" options={[]} />

<ClvCalculator/>
`);
    expect(out.match(/import \{ LessonWidget \} from '\$lesson'/g)).toHaveLength(1);
    expect(out).toMatch(/<LessonWidget><ValueLadder\s+presets=\{\[\{ name: "a" \}\]\}\s+\/><\/LessonWidget>/);
    expect(out).toContain('<LessonWidget><ClvCalculator/></LessonWidget>');
    expect(out).not.toMatch(/<LessonWidget><Check/);
  });

  it('leaves a lesson without widgets, and components that only share a name prefix, as they are', async () => {
    const source = `<script>
  import { Notes } from '$lesson';
  import Value from '$widgets/valuemap/ValueMap.svelte';
</script>

<Notes>

Said aloud.

</Notes>

<ValueMap />
`;
    const out = await code(source);
    expect(out).not.toContain('LessonWidget');
    expect(await code('No script here.\n\n<Aside />\n')).not.toContain('LessonWidget');
  });
});
