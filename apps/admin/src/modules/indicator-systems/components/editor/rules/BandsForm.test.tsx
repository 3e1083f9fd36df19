import type { BandsRule } from '@govtrust/indicators';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { BandsForm } from './BandsForm';

const rule: BandsRule = {
  kind: 'bands',
  metric: { expr: 'compliance', scale: 'PERCENT', label: '合规率' },
  bands: [
    { min: null, minInclusive: true, max: 95, maxInclusive: false, points: 0 },
    { min: 95, minInclusive: true, max: null, maxInclusive: false, points: 5 },
  ],
};

function Harness({ onChange }: { onChange: (rule: BandsRule) => void }) {
  const [value, setValue] = useState(rule);
  return (
    <BandsForm
      rule={value}
      knownFields={['compliance']}
      fields={[]}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('BandsForm', () => {
  it('edits a band’s points exactly as typed', () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('第2档得分'), { target: { value: '4.5' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ bands: [rule.bands[0], { ...rule.bands[1], points: 4.5 }] }));
    fireEvent.change(screen.getByLabelText('第2档得分'), { target: { value: '0.10' } });
    // a decimal a JS number would not print back the same way stays a string
    expect(onChange.mock.lastCall[0].bands[1].points).toBe('0.10');
  });

  it('reads each band with its edges and flags a malformed number', () => {
    render(<Harness onChange={jest.fn()} />);
    const table = screen.getByTestId('bands-table');
    expect(within(table).getByText('值<95%')).toBeInTheDocument();
    expect(within(table).getByText('95%≤值')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('第1档上限'), { target: { value: '9x' } });
    expect(screen.getByLabelText('第1档上限')).toHaveClass('ant-input-status-error');
  });

  it('opens an edge when it is cleared and adds a band after the last one', () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('第1档上限'), { target: { value: '' } });
    expect(onChange.mock.lastCall[0].bands[0].max).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '添加一档' }));
    expect(onChange.mock.lastCall[0].bands).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: '删除第3档' }));
    expect(onChange.mock.lastCall[0].bands).toHaveLength(2);
  });

  it('shows the engine’s parse error under the metric expression', () => {
    render(<Harness onChange={jest.fn()} />);
    fireEvent.change(screen.getByLabelText('计算表达式'), { target: { value: 'complience' } });
    expect(screen.getByRole('alert')).toHaveTextContent('未定义的填报项“complience”');
    fireEvent.change(screen.getByLabelText('计算表达式'), { target: { value: 'compliance' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
