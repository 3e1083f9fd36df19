import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { CREATE_UNIT } from '../graphql/mutations/createUnitMutation';
import { UNIT_SEARCH } from '../graphql/queries/unitSearchQuery';
import { UnitFormDrawer } from './UnitFormDrawer';

// the parent picker's first page of units (searched on the server)
const optionsMock: MockLink.MockedResponse = {
  request: { query: UNIT_SEARCH, variables: { filter: { kind: null, search: null }, first: 20 } },
  result: { data: { units: { __typename: 'UnitConnection', totalCount: 0, nodes: [] } } },
  maxUsageCount: 5,
};

const input = { code: 'GH-XJJ', name: '市新建局', kind: 'DEPARTMENT', parentId: null, uscc: null, classes: [], contacts: [] };
const duplicate = '单位编码“GH-XJJ”已存在';

function renderDrawer(create: jest.Mock) {
  return render(
    <MockedProvider mocks={[optionsMock, { request: { query: CREATE_UNIT, variables: { input } }, result: create }]}>
      <App>
        <UnitFormDrawer open onClose={() => undefined} />
      </App>
    </MockedProvider>,
  );
}

async function fill(label: string, text: string) {
  await userEvent.click(screen.getByLabelText(label));
  await userEvent.paste(text);
}

const save = () => userEvent.click(screen.getByRole('button', { name: /^保\s?存$/ }));

describe('UnitFormDrawer', () => {
  it('checks the USCC before sending anything', async () => {
    const create = jest.fn();
    renderDrawer(create);
    await fill('单位编码', 'GH-XJJ');
    await fill('单位名称', '市新建局');
    await fill('统一社会信用代码', '91350100M000100Y44');
    await save();
    expect(await screen.findByText('校验位错误：第18位应为“3”，实际为“4”')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });

  it('shows a problem the server pins to a field under that field', async () => {
    const create = jest.fn(() => ({
      errors: [{ message: duplicate, extensions: { code: 'VALIDATION_FAILED', details: { fields: [{ field: 'code', message: duplicate }] } } }],
    }));
    renderDrawer(create);
    await fill('单位编码', 'GH-XJJ');
    await fill('单位名称', '市新建局');
    await save();
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const message = await screen.findByText(duplicate);
    expect(message.closest('.ant-form-item')).toHaveTextContent('单位编码');
  });
});
