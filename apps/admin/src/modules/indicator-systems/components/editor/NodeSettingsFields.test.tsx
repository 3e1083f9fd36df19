import type { Applicability, IndicatorNode, IndicatorSystem } from '@govtrust/indicators';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ApplicabilityFields } from './ApplicabilityFields';
import { PeriodFields } from './PeriodFields';

const system: Pick<IndicatorSystem, 'unitKinds' | 'unitClasses'> = { unitKinds: ['DEPARTMENT', 'TOWNSHIP'], unitClasses: [{ code: 'A', label: 'A类部门' }] };

function Applicability({ initial, onChange }: { initial: Applicability | undefined; onChange: (value: Applicability | undefined) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <ApplicabilityFields
      system={system}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

type PeriodPatch = Pick<IndicatorNode, 'aggregation' | 'validity'>;
function Period({ onChange }: { onChange: (patch: PeriodPatch) => void }) {
  const [node, setNode] = useState<PeriodPatch>({});
  return (
    <PeriodFields
      node={node}
      onChange={(next) => {
        setNode(next);
        onChange(next);
      }}
    />
  );
}

describe('ApplicabilityFields', () => {
  it('limits a node to a unit kind and drops the limit again when everything is unticked', () => {
    const onChange = jest.fn();
    render(<Applicability initial={undefined} onChange={onChange} />);
    expect(screen.getByText('未限制：适用于体系评价的全部单位')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('乡镇（街道）'));
    expect(onChange).toHaveBeenLastCalledWith({ unitKinds: ['TOWNSHIP'] });
    fireEvent.click(screen.getByLabelText('乡镇（街道）'));
    // an empty list would mean "applies to no unit" to the engine
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });

  it('flags a class the system does not define', () => {
    render(<Applicability initial={{ unitClasses: ['GONE'] }} onChange={jest.fn()} />);
    expect(screen.getByText('单位分类“GONE”未在体系设置中定义')).toBeInTheDocument();
  });
});

describe('PeriodFields', () => {
  it('sets the validity window in whole months and flags 0', () => {
    const onChange = jest.fn();
    render(<Period onChange={onChange} />);
    fireEvent.click(screen.getByLabelText('得分在以后各期继续有效'));
    expect(onChange).toHaveBeenLastCalledWith({ aggregation: undefined, validity: { months: 12 } });
    fireEvent.change(screen.getByLabelText('有效月数'), { target: { value: '9' } });
    expect(onChange).toHaveBeenLastCalledWith({ aggregation: undefined, validity: { months: 9 } });
    fireEvent.change(screen.getByLabelText('有效期原文'), { target: { value: '有效期至次年同月' } });
    expect(onChange.mock.lastCall[0].validity).toEqual({ months: 9, sourceText: '有效期至次年同月' });
    fireEvent.change(screen.getByLabelText('有效月数'), { target: { value: '' } });
    expect(screen.getByText('有效月数须为不小于 1 的整数')).toBeInTheDocument();
  });

  it('picks how periods roll up', () => {
    const onChange = jest.fn();
    render(<Period onChange={onChange} />);
    fireEvent.mouseDown(screen.getByLabelText('跨期汇总方式'));
    fireEvent.click(screen.getByTitle('累加（不超过满分）'));
    expect(onChange).toHaveBeenLastCalledWith({ aggregation: 'SUM_CAPPED', validity: undefined });
  });
});
