import { collectInputFields, findNode, type IndicatorSystem, type SystemProblem } from '@govtrust/indicators';
import { Card, Col, Row, Space } from 'antd';
import { useMemo, useState } from 'react';
import { ancestorIndex } from '../utils/treeIndex';
import { IndicatorTree } from './IndicatorTree';
import { NodeDetail } from './NodeDetail';
import { SystemProblems } from './SystemProblems';

export interface SystemStructureProps {
  system: IndicatorSystem;
  problems: SystemProblem[];
}

/** The tree beside the selected node's detail, with the validation problems linking into both. */
export function SystemStructure({ system, problems }: SystemStructureProps) {
  const fields = useMemo(() => new Map(collectInputFields(system).map((field) => [field.key, field])), [system]);
  const ancestors = useMemo(() => ancestorIndex(system), [system]);
  const [selectedCode, setSelectedCode] = useState<string | undefined>();
  const [expandedCodes, setExpandedCodes] = useState<string[]>(() => system.categories.map((c) => c.code));

  const selectNode = (code: string) => {
    setSelectedCode(code);
    const path = ancestors.get(code) ?? [];
    setExpandedCodes((current) => [...new Set([...current, ...path])]);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <SystemProblems problems={problems} onSelectNode={selectNode} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <IndicatorTree
            categories={system.categories}
            selectedCode={selectedCode}
            onSelect={selectNode}
            expandedCodes={expandedCodes}
            onExpandedChange={setExpandedCodes}
          />
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title="评分标准与编码" style={{ position: 'sticky', top: 16 }}>
            <NodeDetail node={selectedCode ? findNode(system, selectedCode) : undefined} fields={fields} systemPeriodKind={system.periodKind} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
