import { useMutation } from '@apollo/client/react';
import { App, Modal, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useShowError } from '../../common/hooks/useShowError';
import { IMPORT_INDICATOR_SYSTEM_PRESET } from '../graphql/mutations/importIndicatorSystemPresetMutation';
import { indicatorSystemPresets } from '../presets';
import { summarizeSystem, type SystemSummary } from '../utils/systemSummary';

export interface ImportPresetModalProps {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

/** 从预置体系导入: the presets encoded from the policy documents; importing makes a draft (first or next version). */
export function ImportPresetModal({ open, onClose, onImported }: ImportPresetModalProps) {
  const { message } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const presets = useMemo(() => indicatorSystemPresets().map((system) => summarizeSystem(system)), []);
  const [selected, setSelected] = useState<string | undefined>();
  const [importPreset, { loading }] = useMutation(IMPORT_INDICATOR_SYSTEM_PRESET);

  const submit = async () => {
    if (!selected) {
      void message.warning('请选择要导入的预置体系');
      return;
    }
    try {
      const result = await importPreset({ variables: { presetId: selected } });
      const imported = result.data?.importIndicatorSystemPreset;
      void message.success(`已导入为第 ${imported?.systemVersion ?? ''} 版草稿`);
      onImported();
      onClose();
      if (imported) void navigate(`/indicator-systems/${encodeURIComponent(imported.systemKey)}`);
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal title="从预置体系导入" open={open} onCancel={onClose} onOk={() => void submit()} okText="导入为草稿" cancelText="取消" confirmLoading={loading} width={860}>
      <Typography.Paragraph type="secondary">
        预置体系依据政策文件编码。已存在的体系导入后生成下一版草稿，已发布版本不受影响。
      </Typography.Paragraph>
      <Table<SystemSummary>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={presets}
        rowSelection={{ type: 'radio', selectedRowKeys: selected ? [selected] : [], onChange: (keys) => setSelected(String(keys[0])) }}
        onRow={(row) => ({ onClick: () => setSelected(row.id) })}
        columns={[
          { title: '预置体系', dataIndex: 'name', render: (name: string, row) => <>{name}<div><Typography.Text type="secondary">{row.id}</Typography.Text></div></> },
          { title: '评价对象', dataIndex: 'unitKindsText', width: 150 },
          { title: '周期', dataIndex: 'periodKindText', width: 70 },
          { title: '满分', dataIndex: 'totalPoints', width: 70 },
        ]}
      />
    </Modal>
  );
}
