import type { IndicatorSystem, UnitSubmission } from '@govtrust/indicators';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LivePreview } from './LivePreview';

const system: IndicatorSystem = {
  id: 'preview-test',
  version: 1,
  name: '试算测试体系',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'YEAR',
  totalPoints: 10,
  source: { title: '测试文件' },
  categories: [
    {
      code: 'C',
      level: 'CATEGORY',
      name: '信息归集',
      maxPoints: 10,
      children: [
        {
          code: 'C.1',
          level: 'INDICATOR',
          name: '失信情况',
          maxPoints: 5,
          inputs: [{ key: 'dishonest', type: 'count', label: '被列为失信被执行人', unit: '起' }],
          rule: { kind: 'deduction', occurrences: [{ field: 'dishonest', label: '被列为失信被执行人', pointsEach: 1, cap: 5 }] },
        },
        {
          code: 'C.2',
          level: 'INDICATOR',
          name: '双公示合规率',
          maxPoints: 5,
          inputs: [{ key: 'compliance', type: 'rate', label: '合规率', numeratorLabel: '入库数据量', denominatorLabel: '上报数据量', display: 'PERCENT' }],
          rule: {
            kind: 'bands',
            metric: { expr: 'compliance', scale: 'PERCENT', label: '合规率' },
            bands: [
              { min: null, minInclusive: false, max: 95, maxInclusive: false, points: 0 },
              { min: 95, minInclusive: true, max: null, maxInclusive: false, points: 5 },
            ],
          },
        },
      ],
    },
  ],
};

const samples: UnitSubmission[] = [
  { unit: { id: 'u1', name: '市发改委', kind: 'DEPARTMENT' }, values: { dishonest: 0, compliance: { numerator: 95, denominator: 100 } } },
];

describe('LivePreview', () => {
  it('scores the sample and rescoring follows every edit', async () => {
    const user = userEvent.setup();
    render(<LivePreview system={system} samples={samples} />);
    expect(screen.getByTestId('score-total')).toHaveTextContent(/^10$/);

    const count = screen.getByLabelText('被列为失信被执行人');
    await user.clear(count);
    await user.type(count, '2');
    expect(screen.getByTestId('score-total')).toHaveTextContent(/^8$/);

    const numerator = screen.getByLabelText('入库数据量');
    await user.clear(numerator);
    await user.type(numerator, '94');
    expect(screen.getByTestId('score-total')).toHaveTextContent(/^3$/);
  });

  it('stops scoring while a value is invalid and says so', async () => {
    const user = userEvent.setup();
    render(<LivePreview system={system} samples={samples} />);
    const numerator = screen.getByLabelText('入库数据量');
    await user.clear(numerator);
    await user.type(numerator, '120');
    expect(screen.getByText('“合规率”的入库数据量不能大于上报数据量')).toBeInTheDocument();
    expect(screen.getByText('填报数据有 1 处错误，修正后自动重新试算')).toBeInTheDocument();
    expect(screen.queryByTestId('score-total')).not.toBeInTheDocument();
  });

  it('starts from a blank unit on request', async () => {
    const user = userEvent.setup();
    render(<LivePreview system={system} samples={[]} />);
    expect(screen.getByText('试算结果 · 试算单位')).toBeInTheDocument();
    await user.type(screen.getByLabelText('被列为失信被执行人'), '1');
    await user.type(screen.getByLabelText('上报数据量'), '10');
    await user.type(screen.getByLabelText('入库数据量'), '10');
    expect(screen.getByTestId('score-total')).toHaveTextContent(/^9$/);
  });
});
