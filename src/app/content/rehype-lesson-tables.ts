/**
 * Wraps every table of a lesson in a region that scrolls sideways on a narrow
 * screen and takes keyboard focus, so keyboard users can scroll it too.
 */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function textOf(node: HastNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join(' ');
}

function firstRow(table: HastNode): string {
  const find = (n: HastNode): HastNode | undefined =>
    n.tagName === 'tr' ? n : (n.children ?? []).map(find).find(Boolean);
  const row = find(table);
  return row ? (row.children ?? []).map(textOf).map((s) => s.trim()).filter(Boolean).join(', ') : '';
}

export function rehypeScrollTables() {
  const visit = (node: HastNode) => {
    node.children = (node.children ?? []).map((child) => {
      if (child.type === 'element' && child.tagName === 'table') {
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: firstRow(child) },
          children: [child],
        };
      }
      visit(child);
      return child;
    });
  };
  return (tree: HastNode) => visit(tree);
}
