import { useMutation } from '@apollo/client/react';
import { App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import type { Role } from '../../../generated/graphql';
import { passwordRules } from '../../auth/utils/passwordRules';
import { useShowError } from '../../common/hooks/useShowError';
import { fieldErrorsOf } from '../../common/utils/fieldErrors';
import { ROLE_LABELS } from '../../common/utils/labels';
import { UnitSelect } from '../../units/components/UnitSelect';
import { CREATE_ACCOUNT } from '../graphql/mutations/createAccountMutation';
import { ACCOUNTS } from '../graphql/queries/accountsQuery';

interface AccountValues {
  username: string;
  displayName: string;
  role: Role;
  unitId?: string;
  password: string;
}

const UNIT_ROLES: ReadonlySet<Role> = new Set<Role>(['UNIT_SUBMITTER', 'UNIT_APPROVER']);
const FIELDS = ['username', 'displayName', 'role', 'unitId', 'password'];

export function AccountFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<AccountValues>();
  const role = Form.useWatch('role', form);
  const [createAccount, { loading }] = useMutation(CREATE_ACCOUNT, { refetchQueries: [ACCOUNTS] });
  const { message } = App.useApp();
  const showError = useShowError();

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await createAccount({
        variables: {
          input: {
            username: values.username.trim(),
            displayName: values.displayName.trim(),
            role: values.role,
            unitId: UNIT_ROLES.has(values.role) ? (values.unitId ?? null) : null,
            password: values.password,
          },
        },
      });
      void message.success('账号已创建，首次登录须修改密码');
      form.resetFields();
      onClose();
    } catch (error) {
      const fields = fieldErrorsOf(error, FIELDS);
      if (fields.length > 0) form.setFields(fields.map((f) => ({ name: f.name as keyof AccountValues, errors: f.errors })));
      else showError(error);
    }
  };

  return (
    <Drawer
      title="新建账号"
      open={open}
      onClose={onClose}
      size={480}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => void submit().catch(() => undefined)}>
            创建
          </Button>
        </Flex>
      }
    >
      <Form form={form} layout="vertical" initialValues={{ role: 'UNIT_SUBMITTER' }}>
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请填写用户名' }, { pattern: /^[A-Za-z0-9._-]{3,64}$/, message: '用户名为3–64位字母、数字、点、下划线或连字符' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true }]}>
          <Select options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        {role && UNIT_ROLES.has(role) ? (
          <Form.Item name="unitId" label="所属单位" rules={[{ required: true, message: '单位账号须选择所属单位' }]}>
            <UnitSelect />
          </Form.Item>
        ) : null}
        <Form.Item name="password" label="初始密码" rules={passwordRules} extra="首次登录时须修改">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
