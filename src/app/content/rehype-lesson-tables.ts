/**
 * Lesson tables that read on any screen and on paper: each sits in a region
 * that scrolls sideways on a narrow screen and takes keyboard focus (so
 * keyboard users can scroll it too); columns whose cells are all numbers are
 * marked `num`, to align right, while text cells wrap.
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

const elements = (node: HastNode, tag: string): HastNode[] =>
  (node.children ?? []).flatMap((child) => (child.tagName === tag ? [child] : child.type === 'element' ? elements(child, tag) : []));

const rowsOf = (table: HastNode) => elements(table, 'tr');
const cellsOf = (row: HastNode) => (row.children ?? []).filter((c) => c.tagName === 'td' || c.tagName === 'th');

/** "3,000,000", "80%", "1.44", "−2.10", "–" count as numbers; "Year 1" does not. */
const NUMBER = /^[−-]?[\d.,\s]+%?$|^[–—-]$/;

function markNumericColumns(table: HastNode): void {
  const [head, ...body] = rowsOf(table);
  if (!head || body.length === 0) return;
  cellsOf(head).forEach((_, column) => {
    const cells = body.map((row) => cellsOf(row)[column]).filter(Boolean);
    if (!cells.every((cell) => NUMBER.test(textOf(cell).trim()))) return;
    for (const row of [head, ...body]) {
      const cell = cellsOf(row)[column];
      if (cell) cell.properties = { ...cell.properties, className: ['num'] };
    }
  });
}

const firstRow = (table: HastNode) => cellsOf(rowsOf(table)[0] ?? { type: 'element' }).map((c) => textOf(c).trim()).filter(Boolean).join(', ');

export function rehypeLessonTables() {
  const visit = (node: HastNode) => {
    node.children = (node.children ?? []).map((child) => {
      if (child.type === 'element' && child.tagName === 'table') {
        markNumericColumns(child);
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
