/**
 * Wraps each `##` section of a lesson, heading and all, in
 * `<section class="lesson-section" data-section="<id>">`, and what comes
 * before the first heading in `<section class="lesson-intro">`. On the page
 * the wrappers take no room (display: contents); in presenter mode each one
 * is a slide, shown one at a time with its widgets kept alive.
 * The lesson's own <script> and <style> stay at the top level, where mdsvex
 * looks for them.
 */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const isHeading = (node: HastNode) => node.type === 'element' && node.tagName === 'h2';
const isScriptOrStyle = (node: HastNode) => node.type === 'raw' && /^\s*<(script|style)\b/.test(node.value ?? '');

function section(className: string, children: HastNode[], id?: string): HastNode {
  return { type: 'element', tagName: 'section', properties: { className: [className], ...(id ? { dataSection: id } : {}) }, children };
}

export function rehypeLessonSections() {
  return (tree: HastNode) => {
    const kept: HastNode[] = [];
    const intro: HastNode[] = [];
    let current: HastNode[] | undefined;
    const sections: HastNode[] = [];
    for (const node of tree.children ?? []) {
      if (isScriptOrStyle(node)) kept.push(node);
      else if (isHeading(node)) {
        current = [node];
        sections.push(section('lesson-section', current, String(node.properties?.id ?? '')));
      } else (current ?? intro).push(node);
    }
    const hasIntro = intro.some((n) => n.type !== 'text' || (n.value ?? '').trim() !== '');
    tree.children = [...kept, ...(hasIntro ? [section('lesson-intro', intro)] : []), ...sections];
  };
}
