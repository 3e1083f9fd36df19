import { useQuery } from '@apollo/client/react';
import { Button, Flex, Select } from 'antd';
import type { SubmissionFilter } from '../../../generated/graphql';
import { useCycles } from '../../periods/hooks/useCycles';
import { cycleOfPeriod } from '../../periods/utils/currentPeriod';
import { CYCLE_TASKS } from '../../task-lists/graphql/queries/cycleTasksQuery';
import { UnitSelect } from '../../units/components/UnitSelect';
import { REVIEW_STATE_OPTIONS } from '../utils/reviewActions';

export interface ReviewFiltersProps {
  value: SubmissionFilter;
  onChange: (filter: SubmissionFilter) => void;
}

const LATE_OPTIONS = [
  { value: 'late', label: '仅迟报' },
  { value: 'onTime', label: '仅按时' },
];

/** 期次、单位、任务、状态、迟报: every filter the API's SubmissionFilter has. */
export function ReviewFilters({ value, onChange }: ReviewFiltersProps) {
  const { cycles, options: periodOptions } = useCycles();
  const cycle = cycleOfPeriod(cycles, value.periodId ?? undefined) ?? cycles[0];
  const { data: tasks } = useQuery(CYCLE_TASKS, { variables: { cycleId: cycle?.id ?? '' }, skip: !cycle });
  const set = (patch: Partial<SubmissionFilter>) => onChange({ ...value, ...patch });
  const lateValue = value.late == null ? undefined : value.late ? 'late' : 'onTime';
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Select
        aria-label="期次"
        placeholder="全部期次"
        allowClear
        style={{ width: 200 }}
        options={periodOptions}
        value={value.periodId ?? undefined}
        onChange={(periodId?: string) => set({ periodId: periodId ?? null, taskId: null })}
      />
      <UnitSelect
        aria-label="单位"
        placeholder="全部单位"
        allowClear
        kind="DEPARTMENT"
        style={{ width: 220 }}
        popupMatchSelectWidth={320}
        value={value.unitId}
        onChange={(unitId) => set({ unitId: unitId ?? null })}
      />
      <Select
        aria-label="任务"
        placeholder="全部任务"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 280 }}
        popupMatchSelectWidth={480}
        options={(tasks?.cycleTasks ?? []).map((t) => ({ value: t.id, label: `${t.code} ${t.title}` }))}
        value={value.taskId ?? undefined}
        onChange={(taskId?: string) => set({ taskId: taskId ?? null })}
      />
      <Select
        aria-label="状态"
        placeholder="全部状态"
        allowClear
        style={{ width: 180 }}
        options={REVIEW_STATE_OPTIONS}
        value={value.state ?? undefined}
        onChange={(state?: SubmissionFilter['state']) => set({ state: state ?? null })}
      />
      <Select
        aria-label="迟报"
        placeholder="迟报与按时"
        allowClear
        style={{ width: 130 }}
        options={LATE_OPTIONS}
        value={lateValue}
        onChange={(late?: string) => set({ late: late === undefined ? null : late === 'late' })}
      />
      <Button onClick={() => onChange({})}>重置</Button>
    </Flex>
  );
}
