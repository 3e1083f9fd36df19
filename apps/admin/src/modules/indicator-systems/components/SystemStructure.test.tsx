import type { IndicatorSystem, SystemProblem } from '@govtrust/indicators';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SystemStructure } from './SystemStructure';

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

describe('SystemStructure', () => {
  it('flags a parent whose children do not add up to its points', () => {
    render(<SystemStructure system={system} problems={[]} />);
    expect(screen.getByTestId('points-mismatch-C')).toHaveTextContent('子项合计 6');
    expect(screen.getByText('校验通过：结构、分值和计分规则未发现问题')).toBeInTheDocument();
  });

  it('shows the source text beside the encoding of the clicked node', async () => {
    const user = userEvent.setup();
    render(<SystemStructure system={system} problems={[]} />);
    await user.click(screen.getByText('双公示合规率'));
    expect(screen.getByTestId('node-source-text')).toHaveTextContent('合规率<95%不得分，95%及以上得6分。');
    const rule = screen.getByTestId('node-rule-description');
    expect(within(rule).getByText('合规率<95%得0分')).toBeInTheDocument();
    expect(within(rule).getByText('合规率≥95%得6分')).toBeInTheDocument();
  });

  it('selects the node a problem names', async () => {
    const user = userEvent.setup();
    render(<SystemStructure system={system} problems={problems} />);
    expect(screen.getByText('校验发现 0 个错误、1 个提醒')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '定位 C' }));
    expect(screen.getByRole('heading', { name: 'C 信用信息公开' })).toBeInTheDocument();
  });
});
