import { registerEnumType } from 'type-graphql';

/** A version is edited as DRAFT, then PUBLISHED (immutable from then on); ARCHIVED is kept for history only. */
export enum IndicatorSystemStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

registerEnumType(IndicatorSystemStatus, {
  name: 'IndicatorSystemStatus',
  description: '指标体系版本状态',
  valuesConfig: {
    DRAFT: { description: '草稿（可修改）' },
    PUBLISHED: { description: '已发布（不可修改，修改时生成新草稿）' },
    ARCHIVED: { description: '已归档' },
  },
});
