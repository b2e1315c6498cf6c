/**
 * Wraps each widget a lesson places, `<ValueLadder … />`, in `<LessonWidget>`, which draws it when it comes
 * near the screen; so authors write widgets as they are and every lesson opens with its words first. A widget
 * is a component the lesson's <script> imports from `$widgets`; the plugin adds the import of LessonWidget.
 */
interface HastNode {
  type: string;
  value?: string;
  children?: HastNode[];
}

const SCRIPT_OPEN = /^\s*<script\b[^>]*>/;
const WIDGET_IMPORT = /import\s+(\w+)\s+from\s+['"]\$widgets\//g;
const COMPONENT_OPEN = /^\s*<([A-Z]\w*)[\s/>]/;

export function rehypeLessonWidgets() {
  return (tree: HastNode) => {
    const nodes = tree.children ?? [];
    const script = nodes.find((n) => n.type === 'raw' && SCRIPT_OPEN.test(n.value ?? ''));
    if (!script) return;
    const widgets = new Set([...script.value!.matchAll(WIDGET_IMPORT)].map((m) => m[1]));
    const placed = nodes.filter((n) => n.type === 'raw' && widgets.has(COMPONENT_OPEN.exec(n.value ?? '')?.[1] ?? ''));
    if (placed.length === 0) return;
    for (const node of placed) node.value = `<LessonWidget>${node.value}</LessonWidget>`;
    script.value = script.value!.replace(SCRIPT_OPEN, (open) => `${open}\n  import { LessonWidget } from '$lesson';`);
  };
}
