import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Drawer, Flex, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import type { UnitKind, UnitsQuery } from '../../../generated/graphql';
import { useShowError } from '../../common/hooks/useShowError';
import { fieldErrorsOf } from '../../common/utils/fieldErrors';
import { UNIT_KIND_LABELS } from '../../common/utils/labels';
import { CREATE_UNIT } from '../graphql/mutations/createUnitMutation';
import { UPDATE_UNIT } from '../graphql/mutations/updateUnitMutation';
import { UNITS } from '../graphql/queries/unitsQuery';
import { UNIT_TREE_LEVEL } from '../graphql/queries/unitTreeLevelQuery';
import { UnitSelect } from './UnitSelect';
import { usccProblem } from '../utils/uscc';

export type EditedUnit = UnitsQuery['units']['nodes'][number];

interface UnitValues {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: string;
  uscc?: string;
  classes: string[];
  contacts: Array<{ name: string; phone: string; role?: string }>;
}

const FIELDS = ['code', 'name', 'kind', 'parentId', 'uscc', 'classes', 'contacts'];

export interface UnitFormDrawerProps {
  open: boolean;
  /** absent: a new unit (under `parentId`) */
  unit?: EditedUnit;
  parentId?: string;
  onClose: () => void;
}

export function UnitFormDrawer({ open, unit, parentId, onClose }: UnitFormDrawerProps) {
  const [form] = Form.useForm<UnitValues>();
  const refetchQueries = [UNITS, UNIT_TREE_LEVEL];
  const [createUnit, creating] = useMutation(CREATE_UNIT, { refetchQueries });
  const [updateUnit, updating] = useMutation(UPDATE_UNIT, { refetchQueries });
  const { message } = App.useApp();
  const showError = useShowError();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      unit
        ? { code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId ?? undefined, uscc: unit.uscc ?? '', classes: unit.classes, contacts: unit.contacts.map((c) => ({ name: c.name, phone: c.phone, role: c.role ?? undefined })) }
        : { kind: 'DEPARTMENT', parentId, classes: [], contacts: [] },
    );
  }, [form, open, parentId, unit]);

  const submit = async () => {
    const values = await form.validateFields();
    const contacts = (values.contacts ?? []).map((c) => ({ name: c.name.trim(), phone: c.phone.trim(), role: c.role?.trim() || null }));
    const uscc = values.uscc?.trim().toUpperCase() ?? '';
    try {
      if (unit) {
        await updateUnit({ variables: { input: { id: unit.id, version: unit.version, name: values.name.trim(), parentId: values.parentId ?? null, uscc, classes: values.classes, contacts } } });
        void message.success('单位已保存');
      } else {
        await createUnit({ variables: { input: { code: values.code.trim(), name: values.name.trim(), kind: values.kind, parentId: values.parentId ?? null, uscc: uscc || null, classes: values.classes, contacts } } });
        void message.success('单位已创建');
      }
      onClose();
    } catch (error) {
      const fields = fieldErrorsOf(error, FIELDS);
      // problems the server pins to a field are shown under it; the rest as a message
      if (fields.length > 0) form.setFields(fields.map((f) => ({ name: f.name as keyof UnitValues, errors: f.errors })));
      else showError(error);
    }
  };

  return (
    <Drawer
      title={unit ? `编辑单位 · ${unit.name}` : '新建单位'}
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={creating.loading || updating.loading} onClick={() => void submit().catch(() => undefined)}>
            保存
          </Button>
        </Flex>
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item name="code" label="单位编码" rules={[{ required: true, message: '请填写单位编码' }, { pattern: /^[A-Za-z0-9_-]{2,64}$/, message: '单位编码须为2–64位字母、数字、下划线或连字符' }]}>
          <Input disabled={Boolean(unit)} placeholder="如 GH-FGW" />
        </Form.Item>
        <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, { max: 200, message: '单位名称不超过200字' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label="单位类型" rules={[{ required: true }]}>
          <Select disabled={Boolean(unit)} options={Object.entries(UNIT_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="parentId" label="上级单位">
          <UnitSelect allowClear placeholder="无（根单位），输入名称或编码查找" />
        </Form.Item>
        <Form.Item
          name="uscc"
          label="统一社会信用代码"
          rules={[{ validator: (_, value?: string) => (!value?.trim() ? Promise.resolve() : usccProblem(value) ? Promise.reject(new Error(usccProblem(value) ?? '')) : Promise.resolve()) }]}
        >
          <Input maxLength={18} placeholder="18位，可不填" style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item name="classes" label="分类标签" extra="如 LICENSING_PENALTY（行政许可、行政处罚信息报送单位），用于按分类批量分配任务">
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} placeholder="输入后回车" />
        </Form.Item>
        <Form.List name="contacts">
          {(items, { add, remove }) => (
            <Form.Item label="联系人">
              {items.map((item) => (
                <Space key={item.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item name={[item.name, 'name']} rules={[{ required: true, message: '姓名' }]} noStyle>
                    <Input placeholder="姓名" style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'phone']} rules={[{ required: true, pattern: /^[0-9+\-\s()]{5,30}$/, message: '电话格式不正确' }]} noStyle>
                    <Input placeholder="电话" style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'role']} noStyle>
                    <Input placeholder="职责，如填报人" style={{ width: 140 }} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除联系人" onClick={() => remove(item.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', phone: '' })}>
                添加联系人
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
