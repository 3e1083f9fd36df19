import type { BandsRule, IndicatorSystem, SystemProblem } from '@govtrust/indicators';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { SystemEditor } from './SystemEditor';

const system: IndicatorSystem = {
  id: 'structure-test',
  version: 1,
  name: '结构测试体系',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 10,
  source: { title: '测试文件' },
  categories: [
    {
      code: 'C',
      level: 'CATEGORY',
      name: '信用信息公开',
      maxPoints: 10,
      children: [
        {
          code: 'C.1',
          level: 'INDICATOR',
          name: '双公示合规率',
          maxPoints: 6,
          sourceText: '合规率<95%不得分，95%及以上得6分。',
          dataSource: 'PLATFORM_STATISTICS',
          inputs: [{ key: 'compliance', type: 'rate', label: '合规率', numeratorLabel: '入库数据量', denominatorLabel: '上报数据量', display: 'PERCENT' }],
          rule: {
            kind: 'bands',
            metric: { expr: 'compliance', label: '合规率' },
            bands: [
              { min: null, minInclusive: false, max: 95, maxInclusive: false, points: 0 },
              { min: 95, minInclusive: true, max: null, maxInclusive: false, points: 6 },
            ],
          },
        },
      ],
    },
  ],
};

const problems: SystemProblem[] = [
  { severity: 'WARNING', code: 'POINTS_MISMATCH', path: 'categories[0]', nodeCode: 'C', message: 'categories[0]（C）：子项分值合计 6 分，与本项分值 10 分不一致' },
];

function Harness({ onChange = () => undefined, serverProblems = [] }: { onChange?: (s: IndicatorSystem) => void; serverProblems?: SystemProblem[] }) {
  const [value, setValue] = useState(system);
  return (
    <SystemEditor
      system={value}
      serverProblems={serverProblems}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('SystemEditor', () => {
  it('checks the points live: a parent whose children do not add up, and the stated total', () => {
    render(<Harness />);
    expect(screen.getByTestId('points-summary')).toHaveTextContent('1 处下级分值合计与上级不一致');
    expect(screen.getByText('下级合计 6')).toBeInTheDocument();
  });

  it('shows the source text beside the encoding of the clicked node', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByText('双公示合规率'));
    expect(screen.getByLabelText('评分标准原文')).toHaveValue('合规率<95%不得分，95%及以上得6分。');
    const rule = screen.getByTestId('editor-rule-description');
    expect(within(rule).getByText('合规率<95%得0分')).toBeInTheDocument();
    expect(within(rule).getByText('合规率≥95%得6分')).toBeInTheDocument();
  });

  it('edits a band and keeps the points check current', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    await user.click(screen.getByText('双公示合规率'));
    fireEvent.change(screen.getByLabelText('第2档得分'), { target: { value: '5' } });
    const edited = onChange.mock.lastCall[0] as IndicatorSystem;
    expect((edited.categories[0]!.children![0]!.rule as BandsRule).bands[1]!.points).toBe(5);
    fireEvent.change(screen.getByLabelText('分值'), { target: { value: '10' } });
    expect(screen.getByTestId('points-summary')).toHaveTextContent('分值核对一致');
  });

  it('adds, moves and removes nodes', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    await user.click(screen.getByText('信用信息公开'));
    await user.click(screen.getByRole('button', { name: /添加二级指标/ }));
    let edited = onChange.mock.lastCall[0] as IndicatorSystem;
    expect(edited.categories[0]!.children!.map((c) => c.code)).toEqual(['C.1', 'C.2']);
    await user.click(screen.getByRole('button', { name: '上移' }));
    edited = onChange.mock.lastCall[0] as IndicatorSystem;
    expect(edited.categories[0]!.children!.map((c) => c.code)).toEqual(['C.2', 'C.1']);
  });

  it('selects the node a problem names, from the client check and from the server', async () => {
    const user = userEvent.setup();
    render(<Harness serverProblems={problems} />);
    expect(screen.getByText('保存未通过服务器校验')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: '定位 C' })[0]!);
    expect(screen.getByLabelText('指标名称')).toHaveValue('信用信息公开');
  });
});
