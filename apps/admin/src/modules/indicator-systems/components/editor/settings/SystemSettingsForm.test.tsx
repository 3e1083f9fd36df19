import type { IndicatorSystem } from '@govtrust/indicators';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { SystemSettingsForm } from './SystemSettingsForm';

const system: IndicatorSystem = {
  id: 'settings-test',
  version: 3,
  name: '设置测试体系',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 100,
  source: { title: '测试文件' },
  unitClasses: [{ code: 'A', label: 'A类部门' }],
  categories: [{ code: 'C', level: 'CATEGORY', name: '类别', maxPoints: 100, appliesTo: { unitClasses: ['A'] }, inputs: [{ key: 'x', label: 'x', type: 'count' }], rule: { kind: 'formula', expr: 'x' } }],
};

function Harness({ onChange }: { onChange: (system: IndicatorSystem) => void }) {
  const [value, setValue] = useState(system);
  return (
    <SystemSettingsForm
      system={value}
      problems={[]}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('SystemSettingsForm', () => {
  it('edits the name, the stated total and the units evaluated, flagging what cannot be saved', () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('体系名称'), { target: { value: '' } });
    expect(screen.getByText('请填写体系名称')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('满分'), { target: { value: '120' } });
    expect(onChange.mock.lastCall[0]).toMatchObject({ totalPoints: 120, id: 'settings-test', version: 3 });
    fireEvent.change(screen.getByLabelText('满分'), { target: { value: '一百' } });
    expect(screen.getByText('请填写数字，如 100')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('部门'));
    expect(onChange.mock.lastCall[0].unitKinds).toEqual([]);
    expect(screen.getByText('至少选择一类评价对象')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('乡镇（街道）'));
    expect(onChange.mock.lastCall[0].unitKinds).toEqual(['TOWNSHIP']);
  });

  it('edits unit classes, says which nodes use them, and keeps notes one per line', () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.getByText('1 项指标按此分类适用')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '添加单位分类' }));
    expect(screen.getByText('请填写分类代码')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('第2个单位分类代码'), { target: { value: 'A' } });
    fireEvent.change(screen.getByLabelText('第2个单位分类名称'), { target: { value: '重复' } });
    expect(screen.getByText('分类代码“A”重复')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('体系说明'), { target: { value: '第一条\n第二条' } });
    expect(onChange.mock.lastCall[0].notes).toEqual(['第一条', '第二条']);
  });
});
