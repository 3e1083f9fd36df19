import { locateColumns } from './dual-publicity.columns';
import { RecordTally } from './record-tally';

const units = new Map([
  ['U1', 0],
  ['U2', 1],
]);

function tally() {
  const header = locateColumns(['记录编号', '单位编码', '类别', '决定日期', '报送日期', '状态'], 0);
  if (!header.ok) throw new Error('header');
  return new RecordTally(units, header.positions);
}

describe('RecordTally', () => {
  it('counts reported, accepted and late (more than 7 days) per unit', () => {
    const t = tally();
    t.add(2, ['A1', 'U1', '行政许可', '2023-01-01', '2023-01-08', '入库']); // 7 days: on time
    t.add(3, ['A2', 'U1', '行政处罚', '2023-01-01', '2023-01-09', '入库']); // 8 days: late
    t.add(4, ['A3', 'U1', '许可', '2023-01-01', '2023-01-01', '退回']);
    t.add(5, ['A4', 'U2', '处罚', '2023-03-01', '2023-03-02', '入库']);
    t.add(6, ['', '', '', '', '', '']);
    expect(t.rows).toBe(4);
    expect(t.errorCount).toBe(0);
    expect(t.counts()).toEqual(
      new Map([
        [0, { reported: 3, accepted: 2, late: 1 }],
        [1, { reported: 1, accepted: 1, late: 0 }],
      ]),
    );
  });

  it('reports each bad cell as 第N行「列」… and counts nothing of a bad row', () => {
    const t = tally();
    t.add(2, ['B1', 'U9', '行政强制', '2023-02-30', '2023-01-01', '待审']);
    t.add(3, ['B2', 'U1', '行政许可', '2023-01-05', '2023-01-04', '入库']);
    t.add(4, ['B2', 'U1', '行政许可', '2023-01-05', '2023-01-05', '入库']);
    t.add(5, ['B5', 'U1', { formula: 'A1' }, '2023-01-05', '', '入库']);
    expect(t.errors.map((e) => e.message)).toEqual([
      '第2行「单位编码」「U9」不是系统中的单位编码',
      '第2行「类别」「行政强制」应为“行政许可”或“行政处罚”',
      '第2行「决定日期」「2023-02-30」不是有效日期，应写作 2023-01-05',
      '第2行「状态」「待审」应为“入库”或“退回”',
      '第3行「报送日期」早于决定日期',
      '第4行「记录编号」「B2」重复出现，同一条记录只能导入一次',
      '第5行「类别」是公式或错误值，请填写值本身（可复制后“选择性粘贴为数值”）',
      '第5行「报送日期」不能为空',
    ]);
    expect(t.counts().size).toBe(0);
  });

  it('keeps the first 100 problems and counts them all', () => {
    const t = tally();
    for (let i = 0; i < 250; i++) t.add(i + 2, [`C${i}`, 'nope', '行政许可', '2023-01-01', '2023-01-01', '入库']);
    expect(t.errors).toHaveLength(100);
    expect(t.errorCount).toBe(250);
  });

  it('finds columns by header name in any order, ignoring marks and extra columns', () => {
    expect(locateColumns([undefined, '备注', '*单位编码（必填）', '记录编号', '类别', '状态 ', '报送日期', '决定日期'], 1)).toEqual({
      ok: true,
      positions: [3, 2, 4, 7, 6, 5],
    });
    expect(locateColumns(['记录编号', '单位', '类别'], 0)).toEqual({ ok: false, missing: ['单位编码', '决定日期', '报送日期', '状态'] });
  });
});
