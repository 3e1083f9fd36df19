/** Plain-text tables for the terminal, aligned by display width (see text-width.ts). */
import { padEnd, padStart, textWidth } from './text-width';

export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
}

const GAP = '  ';

export function renderTable(columns: TableColumn[], rows: string[][]): string {
  const widths = columns.map((column, index) =>
    Math.max(textWidth(column.header), ...rows.map((row) => textWidth(row[index] ?? ''))),
  );
  const line = (cells: string[]): string =>
    columns
      .map((column, index) => {
        const width = widths[index] ?? 0;
        const cell = cells[index] ?? '';
        return column.align === 'right' ? padStart(cell, width) : padEnd(cell, width);
      })
      .join(GAP)
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join(GAP);
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join('\n') + '\n';
}
