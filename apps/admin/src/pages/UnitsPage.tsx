import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Input, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import type { UnitFilter, UnitKind } from '../generated/graphql';
import { useAccess } from '../modules/auth/hooks/useSession';
import { PageHeader } from '../modules/common/components/PageHeader';
import { useCursorPages } from '../modules/common/hooks/useCursorPages';
import { UNIT_KIND_LABELS } from '../modules/common/utils/labels';
import { UnitFormDrawer, type EditedUnit } from '../modules/units/components/UnitFormDrawer';
import { UnitImportModal } from '../modules/units/components/UnitImportModal';
import { UnitTable } from '../modules/units/components/UnitTable';
import { UnitTree } from '../modules/units/components/UnitTree';

export default function UnitsPage() {
  const access = useAccess();
  const pages = useCursorPages();
  const [parent, setParent] = useState<{ id: string; name?: string }>();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<UnitKind>();
  const [editing, setEditing] = useState<EditedUnit | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const filter: UnitFilter = { parentId: search ? null : (parent?.id ?? null), search: search || null, kind: kind ?? null };
  const reset = () => pages.reset();

  return (
    <>
      <PageHeader
        title="单位管理"
        description="评价对象的层级、类型、分类与统一社会信用代码。"
        extra={
          access.canManageUnits ? (
            <>
              {access.canImportUnits ? (
                <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                  从 Excel 导入
                </Button>
              ) : null}
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                新建单位
              </Button>
            </>
          ) : null
        }
      />
      <Row gutter={16}>
        <Col flex="240px">
          <Card title="单位层级" size="small" styles={{ body: { maxHeight: 'calc(100vh - 230px)', overflow: 'auto' } }}>
            <UnitTree
              selectedId={parent?.id}
              onSelect={(id, name) => {
                setParent(id ? { id, name } : undefined);
                reset();
              }}
            />
          </Card>
        </Col>
        <Col flex="1" style={{ minWidth: 0 }}>
          <Card size="small">
            <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
              <Typography.Text strong>{search ? '搜索结果' : parent?.name ? `${parent.name}的下级单位` : '全部单位'}</Typography.Text>
              <div style={{ flex: 1 }} />
              <Select
                aria-label="单位类型"
                allowClear
                placeholder="全部类型"
                style={{ width: 150 }}
                value={kind}
                options={Object.entries(UNIT_KIND_LABELS).map(([value, label]) => ({ value, label }))}
                onChange={(value?: UnitKind) => {
                  setKind(value);
                  reset();
                }}
              />
              <Input.Search
                aria-label="搜索单位"
                allowClear
                placeholder="按编码或名称查找"
                style={{ width: 240 }}
                onSearch={(value) => {
                  setSearch(value.trim());
                  reset();
                }}
              />
            </Flex>
            <UnitTable filter={filter} pages={pages} canEdit={access.canManageUnits} onEdit={(unit) => setEditing(unit)} />
          </Card>
        </Col>
      </Row>
      <UnitFormDrawer open={editing !== null} unit={editing && editing !== 'new' ? editing : undefined} parentId={parent?.id} onClose={() => setEditing(null)} />
      <UnitImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
