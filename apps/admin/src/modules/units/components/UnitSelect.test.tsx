import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { UNIT_LABEL } from '../graphql/queries/unitLabelQuery';
import { UNIT_SEARCH } from '../graphql/queries/unitSearchQuery';
import { UnitSelect } from './UnitSelect';

const unit = (id: string, code: string, name: string) => ({ __typename: 'Unit', id, code, name });
const page = (totalCount: number, nodes: ReturnType<typeof unit>[]) => ({ data: { units: { __typename: 'UnitConnection', totalCount, nodes } } });

// a province: 1,500 departments, the first page holds two of them, the saved one is far down the list
const firstPage: MockLink.MockedResponse = {
  request: { query: UNIT_SEARCH, variables: { filter: { kind: 'DEPARTMENT', search: null }, first: 20 } },
  result: page(1500, [unit('u1', 'GH-AAA', '市档案局'), unit('u2', 'GH-BBB', '市编办')]),
  maxUsageCount: 5,
};
const savedUnit: MockLink.MockedResponse = {
  request: { query: UNIT_LABEL, variables: { id: 'u900' } },
  result: { data: { unit: unit('u900', 'GH-ZZZ', '市住建局') } },
};

/** As a Form.Item or a filter holds it: the value lives outside the picker. */
function Controlled({ onChange }: { onChange: (id?: string) => void }) {
  const [value, setValue] = useState<string>();
  return (
    <UnitSelect
      aria-label="单位"
      kind="DEPARTMENT"
      value={value}
      onChange={(id) => {
        setValue(id);
        onChange(id);
      }}
    />
  );
}

describe('UnitSelect', () => {
  it('shows a saved unit that is not on the loaded page, and how many more there are', async () => {
    render(
      <MockedProvider mocks={[firstPage, savedUnit]}>
        <UnitSelect aria-label="单位" kind="DEPARTMENT" value="u900" />
      </MockedProvider>,
    );
    expect(await screen.findByText('市住建局（GH-ZZZ）')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('单位'));
    expect(await screen.findByText('共 1500 个，请输入名称或编码查找')).toBeInTheDocument();
    expect(screen.getByText('市档案局（GH-AAA）')).toBeInTheDocument();
  });

  it('sends what is typed to the server and hands back the picked unit', async () => {
    const searched = jest.fn(() => page(1, [unit('u7', 'GH-FGW', '市发改委')]));
    const onChange = jest.fn();
    render(
      <MockedProvider mocks={[firstPage, { request: { query: UNIT_SEARCH, variables: { filter: { kind: 'DEPARTMENT', search: '发改' }, first: 20 } }, result: searched }]}>
        <Controlled onChange={onChange} />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByLabelText('单位'));
    await screen.findByText('市档案局（GH-AAA）');
    await userEvent.keyboard('发改');
    const match = await screen.findByText('市发改委（GH-FGW）');
    expect(searched).toHaveBeenCalledTimes(1);
    // the server found it among all units, not the page already loaded; one match, nothing more to find
    expect(screen.queryByText('市档案局（GH-AAA）')).not.toBeInTheDocument();
    expect(screen.queryByText(/请输入/)).not.toBeInTheDocument();
    await userEvent.click(match);
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('u7'));
    // closed, the picker is back on the first page, which lacks it: the label stays all the same
    await waitFor(() => expect(document.querySelector('.ant-select-content')).toHaveTextContent('市发改委（GH-FGW）'));
  });
});
