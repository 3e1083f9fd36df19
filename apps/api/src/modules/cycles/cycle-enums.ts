import { registerEnumType } from 'type-graphql';

export enum CycleStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

/** NOT_OPEN → OPEN → CLOSED; a closed period may be opened again by the credit office. */
export enum PeriodStatus {
  NOT_OPEN = 'NOT_OPEN',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** Same words as the engine's PeriodKind. */
export enum PeriodKindEnum {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  CUMULATIVE = 'CUMULATIVE',
  YEAR = 'YEAR',
}

registerEnumType(CycleStatus, {
  name: 'CycleStatus',
  description: '考核周期状态',
  valuesConfig: { ACTIVE: { description: '进行中' }, ARCHIVED: { description: '已归档' } },
});

registerEnumType(PeriodStatus, {
  name: 'PeriodStatus',
  description: '期次状态',
  valuesConfig: {
    NOT_OPEN: { description: '未开放' },
    OPEN: { description: '填报中' },
    CLOSED: { description: '已关闭' },
  },
});

registerEnumType(PeriodKindEnum, {
  name: 'PeriodKind',
  description: '期次类型',
  valuesConfig: {
    MONTH: { description: '月度' },
    QUARTER: { description: '季度' },
    CUMULATIVE: { description: '累计' },
    YEAR: { description: '年度' },
  },
});
