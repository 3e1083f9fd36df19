import { Flex, Input, Segmented, Select, Space, Typography } from 'antd';
import type { ScoreGrade, UnitKind } from '../../../generated/graphql';
import { UNIT_KIND_LABELS } from '../../common/utils/labels';
import type { Cycle } from '../../periods/utils/currentPeriod';
import { periodOptions } from '../../periods/utils/currentPeriod';
import { MAX_SEARCH } from '../utils/rankingView';
import { GRADE_LABELS, GRADE_ORDER } from '../utils/scoreDistribution';
import type { ScoreSelection } from '../utils/scoreSelection';

export interface ScoreFiltersProps {
  cycles: readonly Cycle[];
  selection: ScoreSelection;
  onSelect: (next: ScoreSelection) => void;
  /** what the search box shows; the page sends it to the API once typing pauses */
  searchText: string;
  onSearchText: (text: string) => void;
  /** Enter or the search button: search at once */
  onSearchNow: (text: string) => void;
  grade: ScoreGrade | null;
  onGrade: (grade: ScoreGrade | null) => void;
}

const UNIT_KINDS: UnitKind[] = ['DEPARTMENT', 'TOWNSHIP', 'COUNTY', 'LEAGUE_CITY'];

/** The ranking toolbar: which results (cycle → period → unit kind, 初步/已发布), then row filters. */
export function ScoreFilters({ cycles, selection, onSelect, searchText, onSearchText, onSearchNow, grade, onGrade }: ScoreFiltersProps) {
  const cycle = cycles.find((c) => c.id === selection.cycleId);
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Flex gap={16} wrap align="center">
        <Space>
          <Typography.Text>考核周期</Typography.Text>
          <Select
            aria-label="考核周期"
            style={{ width: 260 }}
            value={selection.cycleId}
            options={cycles.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(cycleId: string) => onSelect({ ...selection, cycleId, periodId: undefined })}
          />
        </Space>
        <Space>
          <Typography.Text>期次</Typography.Text>
          <Select
            aria-label="期次"
            style={{ width: 180 }}
            value={selection.periodId}
            options={cycle ? periodOptions([cycle])[0]?.options : []}
            onChange={(periodId: string) => onSelect({ ...selection, periodId })}
          />
        </Space>
        <Space>
          <Typography.Text>单位类别</Typography.Text>
          <Select
            aria-label="单位类别"
            style={{ width: 150 }}
            value={selection.unitKind}
            options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))}
            onChange={(unitKind: UnitKind) => onSelect({ ...selection, unitKind })}
          />
        </Space>
        <Segmented<'provisional' | 'published'>
          aria-label="结果类型"
          value={selection.provisional ? 'provisional' : 'published'}
          options={[
            { value: 'provisional', label: '初步结果（未发布）' },
            { value: 'published', label: '已发布结果' },
          ]}
          onChange={(v) => onSelect({ ...selection, provisional: v === 'provisional' })}
        />
      </Flex>
      <Flex gap={16} wrap align="center">
        <Input.Search
          allowClear
          aria-label="搜索单位"
          placeholder="搜索单位名称"
          style={{ width: 240 }}
          maxLength={MAX_SEARCH}
          value={searchText}
          onChange={(e) => onSearchText(e.target.value)}
          onSearch={onSearchNow}
        />
        <Select<ScoreGrade>
          allowClear
          aria-label="等级"
          placeholder="全部等级"
          style={{ width: 140 }}
          value={grade ?? undefined}
          options={GRADE_ORDER.map((g) => ({ value: g, label: GRADE_LABELS[g] }))}
          onChange={(next) => onGrade(next ?? null)}
        />
      </Flex>
    </Flex>
  );
}
