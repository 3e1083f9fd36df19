import type { InputField, InputValues, ValueProblem } from '@govtrust/indicators';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { InputFieldsForm } from './InputFieldsForm';
import { rateText } from './rateText';

const fields: InputField[] = [
  { key: 'compliance', type: 'rate', label: '双公示合规率', numeratorLabel: '入库数据量', denominatorLabel: '上报数据量', display: 'PERCENT' },
  { key: 'dishonest', type: 'count', label: '被列为失信被执行人', unit: '起' },
  {
    key: 'systems',
    type: 'checklist',
    label: '已建立的制度',
    required: false,
    options: [
      { code: 'COMMITMENT', label: '信用承诺制度' },
      { code: 'REPAIR', label: '信用修复制度' },
    ],
  },
  { key: 'published', type: 'boolean', label: '是否公示权责清单' },
  { key: 'note', type: 'text', label: '情况说明', required: false, maxLength: 200 },
];

function Harness({ initial = {}, onValues }: { initial?: InputValues; onValues: (values: InputValues, problems: ValueProblem[]) => void }) {
  const [values, setValues] = useState<InputValues>(initial);
  return (
    <InputFieldsForm
      fields={fields}
      value={values}
      onChange={(next, problems) => {
        setValues(next);
        onValues(next, problems);
      }}
    />
  );
}

describe('InputFieldsForm', () => {
  it('shows the engine message when the numerator exceeds the denominator and updates the live rate', async () => {
    const user = userEvent.setup();
    const onValues = jest.fn();
    render(<Harness onValues={onValues} />);

    await user.type(screen.getByLabelText('上报数据量'), '100');
    await user.type(screen.getByLabelText('入库数据量'), '95');
    expect(screen.getByTestId('rate-compliance')).toHaveTextContent('95.00%');
    expect(screen.queryByText(/不能大于/)).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('入库数据量'), '0'); // 950 > 100
    expect(await screen.findByText('“双公示合规率”的入库数据量不能大于上报数据量')).toBeInTheDocument();
    expect(screen.getByTestId('rate-compliance')).toHaveTextContent('950.00%');

    const [lastValues, lastProblems] = onValues.mock.calls.at(-1) as [InputValues, ValueProblem[]];
    expect(lastValues.compliance).toEqual({ numerator: 950, denominator: 100 });
    expect(lastProblems.map((p) => p.code)).toContain('NUMERATOR_GT_DENOMINATOR');
  });

  it('refuses a negative count with the engine message', async () => {
    const user = userEvent.setup();
    render(<Harness onValues={jest.fn()} />);
    await user.type(screen.getByLabelText('被列为失信被执行人'), '-3');
    expect(await screen.findByText('“被列为失信被执行人”不能为负数')).toBeInTheDocument();
  });

  it('collects checklist options as codes', async () => {
    const user = userEvent.setup();
    const onValues = jest.fn();
    render(<Harness onValues={onValues} />);
    await user.click(screen.getByLabelText('信用修复制度'));
    await user.click(screen.getByLabelText('信用承诺制度'));
    expect((onValues.mock.calls.at(-1) as [InputValues])[0].systems).toEqual(['REPAIR', 'COMMITMENT']);
    await user.click(screen.getByLabelText('信用修复制度'));
    expect((onValues.mock.calls.at(-1) as [InputValues])[0].systems).toEqual(['COMMITMENT']);
  });

  it('stores 是/否 as booleans', async () => {
    const user = userEvent.setup();
    const onValues = jest.fn();
    render(<Harness onValues={onValues} />);
    await user.click(screen.getByLabelText('否'));
    expect((onValues.mock.calls.at(-1) as [InputValues])[0].published).toBe(false);
  });

  it('reports required fields only once touched, or all of them when asked', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness onValues={jest.fn()} />);
    expect(screen.queryByText(/为必填项/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('被列为失信被执行人'), '2');
    await user.clear(screen.getByLabelText('被列为失信被执行人'));
    expect(await screen.findByText('“被列为失信被执行人”为必填项')).toBeInTheDocument();
    unmount();

    render(<InputFieldsForm fields={fields} value={{}} onChange={jest.fn()} showAllProblems />);
    expect(screen.getByText('“双公示合规率”为必填项')).toBeInTheDocument();
    expect(screen.getByText('“是否公示权责清单”为必填项')).toBeInTheDocument();
  });

  it('disables every control for frozen data', () => {
    render(<InputFieldsForm fields={fields} value={{ dishonest: 1 }} onChange={jest.fn()} disabled />);
    expect(screen.getByLabelText('被列为失信被执行人')).toBeDisabled();
    expect(screen.getByLabelText('入库数据量')).toBeDisabled();
    expect(screen.getByLabelText('信用承诺制度')).toBeDisabled();
  });
});

describe('InputFieldsForm amounts and choices', () => {
  const moreFields: InputField[] = [
    { key: 'funds', type: 'amount', label: '信用修复资金', unit: '万元', decimals: 2 },
    { key: 'grade', type: 'choice', label: '工作开展情况', options: [{ code: 'A', label: '未开展' }, { code: 'B', label: '已开展' }] },
  ];

  function MoreHarness({ onValues }: { onValues: (values: InputValues) => void }) {
    const [values, setValues] = useState<InputValues>({});
    return (
      <InputFieldsForm
        fields={moreFields}
        value={values}
        onChange={(next) => {
          setValues(next);
          onValues(next);
        }}
      />
    );
  }

  it('keeps an amount exactly as typed and checks its decimals with the engine', async () => {
    const user = userEvent.setup();
    const onValues = jest.fn();
    render(<MoreHarness onValues={onValues} />);
    await user.type(screen.getByLabelText('信用修复资金'), '0.1');
    expect((onValues.mock.calls.at(-1) as [InputValues])[0].funds).toBe('0.1');
    await user.type(screen.getByLabelText('信用修复资金'), '25');
    expect(await screen.findByText('“信用修复资金”最多保留 2 位小数')).toBeInTheDocument();
  });

  it('stores the picked option code', async () => {
    const user = userEvent.setup();
    const onValues = jest.fn();
    render(<MoreHarness onValues={onValues} />);
    await user.click(screen.getByLabelText('已开展'));
    expect((onValues.mock.calls.at(-1) as [InputValues])[0].grade).toBe('B');
  });
});

describe('InputFieldsForm after a return', () => {
  it('shows the reviewer’s note beside the field it concerns and nowhere else', () => {
    render(
      <InputFieldsForm
        fields={fields}
        value={{}}
        onChange={jest.fn()}
        fieldNotes={{ dishonest: '台账记录为3起，请核对' }}
      />,
    );
    const note = screen.getByTestId('field-note-dishonest');
    expect(note).toHaveTextContent('审核意见：台账记录为3起，请核对');
    expect(note.closest('.ant-form-item')).toHaveTextContent('被列为失信被执行人');
    expect(screen.queryByTestId('field-note-compliance')).not.toBeInTheDocument();
  });

  it('does not ask for fields covered by an exemption claim', () => {
    render(<InputFieldsForm fields={fields} value={{}} onChange={jest.fn()} showAllProblems exemptKeys={['compliance']} />);
    const items = [...document.querySelectorAll('.ant-form-item')];
    const compliance = items.find((i) => i.textContent?.includes('双公示合规率'))!;
    const dishonest = items.find((i) => i.textContent?.includes('被列为失信被执行人'))!;
    expect(compliance.querySelector('.ant-form-item-explain-error')).toBeNull();
    expect(dishonest.querySelector('.ant-form-item-explain-error')).not.toBeNull();
  });
});

describe('rateText', () => {
  it('formats percent and permille and refuses a zero denominator', () => {
    expect(rateText('PERCENT', 985, 1000)).toBe('98.50%');
    expect(rateText('PERMILLE', 3, 1000)).toBe('3.00‰');
    expect(rateText('PERCENT', 1, 0)).toBe('分母为 0，比率无法计算');
    expect(rateText('PERCENT', null, 10)).toBeNull();
  });
});
