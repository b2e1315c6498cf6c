/**
 * Gives every `##` heading the id that `sectionsOf` computed for the table of
 * contents, so links from the contents land on the right section.
 */
import { headingId } from './frontmatter.ts';

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown> };
}

function textOf(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

export function remarkHeadingIds() {
  return (tree: MdNode) => {
    for (const node of tree.children ?? []) {
      if (node.type === 'heading' && node.depth === 2) {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: headingId(textOf(node)) } };
      }
    }
  };
}
