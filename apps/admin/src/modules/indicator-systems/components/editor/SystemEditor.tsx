import { collectInputFields, findNode, validateSystem, type IndicatorNode, type IndicatorSystem, type SystemProblem } from '@govtrust/indicators';
import { SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space } from 'antd';
import { useMemo, useState } from 'react';
import { addNode, moveNode, removeNode, updateNode } from '../../utils/editTree';
import { ancestorIndex } from '../../utils/treeIndex';
import { SystemProblems } from '../SystemProblems';
import { EditableTree } from './EditableTree';
import { NodeEditor } from './NodeEditor';
import { PointsSummary } from './PointsSummary';
import { SystemSettingsForm } from './settings/SystemSettingsForm';

export interface SystemEditorProps {
  system: IndicatorSystem;
  onChange: (system: IndicatorSystem) => void;
  /** problems the API reported on the last save attempt */
  serverProblems: SystemProblem[];
  readOnly?: boolean;
}

/**
 * The draft editor: live points check, problems that link to nodes, the tree and the selected
 * node's form; with no node selected the right pane holds the system-level settings.
 */
export function SystemEditor({ system, onChange, serverProblems, readOnly = false }: SystemEditorProps) {
  const problems = useMemo(() => validateSystem(system), [system]);
  const fields = useMemo(() => collectInputFields(system), [system]);
  const ancestors = useMemo(() => ancestorIndex(system), [system]);
  const [selectedCode, setSelectedCode] = useState<string | undefined>();
  const [expandedCodes, setExpandedCodes] = useState<string[]>(() => system.categories.map((c) => c.code));

  const selectNode = (code: string) => {
    setSelectedCode(code);
    setExpandedCodes((current) => [...new Set([...current, ...(ancestors.get(code) ?? [])])]);
  };
  const add = (parentCode: string | null) => {
    const result = addNode(system, parentCode, '新指标');
    onChange(result.system);
    setSelectedCode(result.code);
    if (parentCode) setExpandedCodes((current) => [...new Set([...current, parentCode, ...(ancestors.get(parentCode) ?? [])])]);
  };
  const selected = selectedCode ? findNode(system, selectedCode) : undefined;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <PointsSummary system={system} />
      <SystemProblems problems={problems} onSelectNode={selectNode} />
      {serverProblems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title="保存未通过服务器校验"
          description={<SystemProblems problems={serverProblems} onSelectNode={selectNode} />}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={7}>
          <Card
            size="small"
            title="指标结构"
            extra={
              <Button size="small" type={selected ? 'default' : 'primary'} icon={<SettingOutlined />} onClick={() => setSelectedCode(undefined)}>
                体系设置
              </Button>
            }
          >
            <EditableTree
              system={system}
              selectedCode={selectedCode}
              onSelect={selectNode}
              expandedCodes={expandedCodes}
              onExpandedChange={setExpandedCodes}
              onAdd={add}
              onRemove={(code) => {
                onChange(removeNode(system, code));
                setSelectedCode(undefined);
              }}
              onMove={(code, offset) => onChange(moveNode(system, code, offset))}
              readOnly={readOnly}
            />
          </Card>
        </Col>
        <Col xs={24} xl={17}>
          <Card size="small" title={selected ? `${selected.code} ${selected.name}` : '体系设置'}>
            {selected ? (
              <NodeEditor
                key={selectedCode}
                node={selected}
                system={system}
                fields={fields}
                readOnly={readOnly}
                onChange={(node: IndicatorNode) => onChange(updateNode(system, node.code, () => node))}
              />
            ) : (
              <SystemSettingsForm system={system} problems={problems} onChange={onChange} readOnly={readOnly} />
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
