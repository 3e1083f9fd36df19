import { collectInputFields, type IndicatorNode, type IndicatorSystem } from '@govtrust/indicators';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { updateNode } from '../../utils/editTree';
import { NodeEditor } from './NodeEditor';

const system: IndicatorSystem = {
  id: 'node-test',
  version: 1,
  name: '指标测试',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 5,
  source: { title: '测试文件' },
  categories: [{ code: 'C', level: 'CATEGORY', name: '诉讼', maxPoints: 5, rule: { kind: 'formula', expr: 'min(lostCases, 5)' } }],
};

/** The node editor wired to a system the way SystemEditor wires it: its fields come from the draft. */
function Harness({ onChange }: { onChange: (system: IndicatorSystem) => void }) {
  const [value, setValue] = useState(system);
  return (
    <NodeEditor
      node={value.categories[0]}
      system={value}
      fields={collectInputFields(value)}
      onChange={(node: IndicatorNode) => {
        const next = updateNode(value, node.code, () => node);
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('NodeEditor', () => {
  it('flags a rule that reads a key no field defines, until the field is added', () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.getByTestId('rule-unknown-fields')).toHaveTextContent('规则引用了未定义的填报项：“lostCases”');
    fireEvent.click(screen.getByRole('button', { name: /添加填报项/ }));
    fireEvent.change(screen.getByLabelText('第1个填报项键'), { target: { value: 'lostCases' } });
    fireEvent.change(screen.getByLabelText('第1个填报项名称'), { target: { value: '败诉案件' } });
    expect(screen.queryByTestId('rule-unknown-fields')).toBeNull();
    expect(screen.getByText('被 C 的规则引用')).toBeInTheDocument();
    expect(onChange.mock.lastCall[0].categories[0].inputs).toEqual([{ key: 'lostCases', label: '败诉案件', type: 'count', unit: '个' }]);
  });
});
