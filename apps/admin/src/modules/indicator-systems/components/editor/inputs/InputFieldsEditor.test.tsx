import type { InputField } from '@govtrust/indicators';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { InputFieldsEditor } from './InputFieldsEditor';

const compliance: InputField = { key: 'compliance', label: '合规率', type: 'rate', numeratorLabel: '入库数据量', denominatorLabel: '上报数据量', display: 'PERCENT' };

function Harness({ onChange, usage = new Map() }: { onChange: (inputs: InputField[]) => void; usage?: Map<string, string[]> }) {
  const [inputs, setInputs] = useState<InputField[]>([compliance]);
  return (
    <InputFieldsEditor
      inputs={inputs}
      otherNodeKeys={['cases']}
      usage={usage}
      freeKey="input1"
      onChange={(next) => {
        setInputs(next);
        onChange(next);
      }}
    />
  );
}

describe('InputFieldsEditor', () => {
  it('adds a count field with a free key and edits its label and unit', () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: /添加填报项/ }));
    expect(onChange.mock.lastCall[0][1]).toEqual({ key: 'input1', label: '', type: 'count', unit: '个' });
    // a new field has no name yet: flagged in place
    expect(within(screen.getByTestId('input-field-1')).getByText('请填写名称')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('第2个填报项名称'), { target: { value: '失信案件' } });
    fireEvent.change(screen.getByLabelText('第2个填报项单位'), { target: { value: '起' } });
    expect(onChange.mock.lastCall[0][1]).toEqual({ key: 'input1', label: '失信案件', type: 'count', unit: '起' });
    expect(screen.queryByText('请填写名称')).toBeNull();
  });

  it('flags a key used elsewhere in the system or not shaped like a key', () => {
    render(<Harness onChange={jest.fn()} />);
    const key = screen.getByLabelText('第1个填报项键');
    fireEvent.change(key, { target: { value: 'cases' } });
    expect(screen.getByText('键“cases”已被本体系的其他填报项使用')).toBeInTheDocument();
    fireEvent.change(key, { target: { value: '2x' } });
    expect(screen.getByText('键只能由字母、数字和下划线组成，且不能以数字开头')).toBeInTheDocument();
  });

  it('switches the type and edits the options of a choice field', () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.mouseDown(screen.getByLabelText('第1个填报项类型'));
    fireEvent.click(screen.getByTitle('单选'));
    expect(onChange.mock.lastCall[0][0]).toEqual({ key: 'compliance', label: '合规率', type: 'choice', options: [{ code: 'A', label: '' }] });
    expect(screen.getByText('每个选项都要填写代码和名称')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('第1个填报项选项1名称'), { target: { value: '优秀' } });
    fireEvent.click(screen.getByRole('button', { name: '添加选项' }));
    fireEvent.change(screen.getByLabelText('第1个填报项选项2名称'), { target: { value: '一般' } });
    expect(onChange.mock.lastCall[0][0].options).toEqual([
      { code: 'A', label: '优秀' },
      { code: 'B', label: '一般' },
    ]);
    fireEvent.change(screen.getByLabelText('第1个填报项选项2代码'), { target: { value: 'A' } });
    expect(screen.getByText('选项代码“A”重复')).toBeInTheDocument();
  });

  it('names the rules that read a field and warns before removing it', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} usage={new Map([['compliance', ['C.1']]])} />);
    expect(screen.getByText('被 C.1 的规则引用')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '删除第1个填报项' }));
    expect(await screen.findByText(/C\.1 的规则引用了“compliance”，删除后这些规则将无法计分/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^删\s?除$/ }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
