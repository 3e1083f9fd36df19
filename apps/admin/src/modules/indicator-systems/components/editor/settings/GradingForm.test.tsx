import { validateSystem, type GradeBand, type IndicatorSystem } from '@govtrust/indicators';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { COMMON_GRADING, GradingForm } from './GradingForm';

const base: IndicatorSystem = {
  id: 'grading-test',
  version: 1,
  name: '等级测试',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'YEAR',
  totalPoints: 5,
  source: { title: '测试文件' },
  categories: [{ code: 'C', level: 'CATEGORY', name: '类别', maxPoints: 5, inputs: [{ key: 'x', label: 'x', type: 'count' }], rule: { kind: 'formula', expr: 'x' } }],
};

/** The form with the engine's own grading findings, as SystemSettingsForm passes them. */
function Harness({ initial, onChange }: { initial: GradeBand[]; onChange: (grading: GradeBand[]) => void }) {
  const [grading, setGrading] = useState(initial);
  const problems = validateSystem({ ...base, grading }).filter((p) => p.path.startsWith('grading'));
  return (
    <GradingForm
      grading={grading}
      problems={problems}
      onChange={(next) => {
        setGrading(next);
        onChange(next);
      }}
    />
  );
}

describe('GradingForm', () => {
  it('starts from the usual three bands and reads each as written', () => {
    const onChange = jest.fn();
    render(<Harness initial={[]} onChange={onChange} />);
    expect(screen.getByText(/未设置等级/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /使用常用三档/ }));
    expect(onChange).toHaveBeenLastCalledWith(COMMON_GRADING);
    const form = screen.getByTestId('grading-form');
    expect(within(form).getByText('总分≥85')).toBeInTheDocument();
    expect(within(form).getByText('60≤总分<85')).toBeInTheDocument();
    expect(within(form).getByText('总分<60')).toBeInTheDocument();
  });

  it('moves a threshold and shows the engine’s overlap and gap findings', () => {
    const onChange = jest.fn();
    render(<Harness initial={COMMON_GRADING} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('红名单下限'), { target: { value: '90' } });
    expect(onChange.mock.lastCall[0][0]).toEqual({ ...COMMON_GRADING[0], min: 90 });
    // 蓝名单 still ends at 85: totals from 85 to 90 get no grade
    expect(screen.getByTestId('grading-problems')).toHaveTextContent('等级之间有空档');
    fireEvent.change(screen.getByLabelText('蓝名单上限'), { target: { value: '95' } });
    expect(screen.getByTestId('grading-problems')).toHaveTextContent('等级“红名单”与“蓝名单”的分数范围重叠');
    fireEvent.change(screen.getByLabelText('蓝名单上限'), { target: { value: '90' } });
    expect(screen.queryByTestId('grading-problems')).toBeNull();
  });
});
