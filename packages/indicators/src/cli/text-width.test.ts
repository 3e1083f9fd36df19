import { renderTable } from './render-table';
import { padEnd, textWidth, truncate } from './text-width';

describe('textWidth', () => {
  it('counts CJK characters and fullwidth punctuation as two columns', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('甲县')).toBe(4);
    expect(textWidth('丙县（示范区）')).toBe(14);
    expect(textWidth('合规率-入库数据量')).toBe(17);
  });

  it('pads to display width, not string length', () => {
    expect(padEnd('甲县', 6)).toBe('甲县  ');
    expect(padEnd('ab', 6)).toBe('ab    ');
  });
});

describe('truncate', () => {
  it('cuts by display width and marks the cut', () => {
    expect(truncate('诚信镇（街）创建，推动信用管理', 10)).toBe('诚信镇（…');
    expect(textWidth(truncate('诚信镇（街）创建，推动信用管理', 10))).toBeLessThanOrEqual(10);
    expect(truncate('信息归集', 10)).toBe('信息归集');
  });
});

describe('renderTable', () => {
  it('lines up mixed Chinese and ASCII columns by display width', () => {
    const text = renderTable(
      [{ header: '名次', align: 'right' }, { header: '单位' }, { header: '总分', align: 'right' }],
      [
        ['1', '甲县', '20.00'],
        ['2', '丙县（示范区）', '11.50'],
      ],
    );
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    // every line ends at the same display column because 总分 is the last, right-aligned column
    const widths = lines.map(textWidth);
    expect(new Set(widths).size).toBe(1);
    expect(lines[2]).toBe('   1  甲县' + ' '.repeat(12) + '20.00');
  });
});
