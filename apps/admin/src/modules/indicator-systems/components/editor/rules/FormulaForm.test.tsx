import type { FormulaRule } from '@govtrust/indicators';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { FormulaForm } from './FormulaForm';

function Harness({ onChange }: { onChange: (rule: FormulaRule) => void }) {
  const [value, setValue] = useState<FormulaRule>({ kind: 'formula', expr: '(1 - lawsuit_loss) * 5' });
  return (
    <FormulaForm
      rule={value}
      knownFields={['lawsuit_loss', 'reported', 'accepted']}
      fields={[]}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('FormulaForm', () => {
  it('accepts a valid expression and hands the rule back', () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(screen.getByLabelText('得分公式'), { target: { value: '2 * reported + 2 * accepted' } });
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'formula', expr: '2 * reported + 2 * accepted' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the engine’s syntax error inline as the formula is typed', () => {
    render(<Harness onChange={jest.fn()} />);
    fireEvent.change(screen.getByLabelText('得分公式'), { target: { value: '(1 - lawsuit_loss * 5' } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(screen.getByLabelText('得分公式')).toHaveClass('ant-input-status-error');
  });

  it('names a field the system does not have', () => {
    render(<Harness onChange={jest.fn()} />);
    fireEvent.change(screen.getByLabelText('得分公式'), { target: { value: 'loss_rate * 5' } });
    expect(screen.getByRole('alert')).toHaveTextContent('未定义的填报项“loss_rate”');
  });

  it('asks for a formula when it is empty', () => {
    render(<Harness onChange={jest.fn()} />);
    fireEvent.change(screen.getByLabelText('得分公式'), { target: { value: ' ' } });
    expect(screen.getByRole('alert')).toHaveTextContent('请填写表达式');
  });
});
