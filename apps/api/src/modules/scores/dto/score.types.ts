import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../../common/pagination/connection.type';
import { PeriodKindEnum } from '../../cycles/cycle-enums';

export enum ScoreGrade {
  RED = 'RED',
  BLUE = 'BLUE',
  YELLOW = 'YELLOW',
}

/** Where report figures come from: the latest publication, or the current (unpublished) computation. */
export enum ScoreSource {
  PUBLISHED = 'PUBLISHED',
  CURRENT = 'CURRENT',
}

/** Orders a ranking page is sorted by (in SQL, so thousands of units page quickly). */
export enum RankingSort {
  RANK = 'RANK',
  TOTAL = 'TOTAL',
  POINTS_CHANGE = 'POINTS_CHANGE',
  RANK_CHANGE = 'RANK_CHANGE',
  UNIT_NAME = 'UNIT_NAME',
}

registerEnumType(RankingSort, {
  name: 'RankingSort',
  description: '排名排序方式',
  valuesConfig: {
    RANK: { description: '名次' },
    TOTAL: { description: '总分' },
    POINTS_CHANGE: { description: '较上期分数变化' },
    RANK_CHANGE: { description: '名次变化' },
    UNIT_NAME: { description: '单位名称' },
  },
});
registerEnumType(ScoreGrade, {
  name: 'ScoreGrade',
  description: '信用等级',
  valuesConfig: { RED: { description: '红名单' }, BLUE: { description: '蓝名单' }, YELLOW: { description: '黄名单' } },
});
registerEnumType(ScoreSource, {
  name: 'ScoreSource',
  description: '结果来源',
  valuesConfig: { PUBLISHED: { description: '已发布结果' }, CURRENT: { description: '当前计算结果（暂定，未发布）' } },
});

@ObjectType({ description: '等级调整' })
export class GradeOverrideView {
  @Field(() => ScoreGrade)
  grade: ScoreGrade;

  @Field(() => String)
  reason: string;

  @Field(() => Boolean, { description: 'true 为信用办人工调整，false 为指标规则直接定级' })
  manual: boolean;
}

@ObjectType({ description: '大类得分' })
export class CategoryPoints {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  points: string;

  @Field(() => String)
  maxPoints: string;
}

@ObjectType({ description: '排名行' })
export class RankingRow {
  @Field(() => Int, { nullable: true, description: '名次（并列时 1、2、2、4）' })
  rank: number | null;

  @Field(() => ID)
  unitId: string;

  @Field(() => String)
  unitName: string;

  @Field(() => String)
  total: string;

  @Field(() => String)
  maxTotal: string;

  @Field(() => ScoreGrade, { nullable: true })
  grade: ScoreGrade | null;

  @Field(() => GradeOverrideView, { nullable: true })
  gradeOverride: GradeOverrideView | null;

  @Field(() => Boolean)
  provisional: boolean;

  @Field(() => [CategoryPoints])
  categories: CategoryPoints[];

  @Field(() => String, { nullable: true, description: '上一同类期次的总分' })
  previousTotal: string | null;

  @Field(() => String, { nullable: true, description: '较上一同类期次的分数变化（正数为上升）' })
  pointsChange: string | null;

  @Field(() => Int, { nullable: true })
  previousRank: number | null;

  @Field(() => Int, { nullable: true, description: '名次变化（正数为前进）' })
  rankChange: number | null;
}

@ObjectType({ description: '排名' })
export class RankingPage extends Connection(RankingRow) {
  @Field(() => ScoreSource)
  source: ScoreSource;

  @Field(() => Int, { nullable: true, description: '发布版次（已发布结果）' })
  revision: number | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '用于比较的上一同类期次' })
  previousPeriodId: string | null;
}

@ObjectType({ description: '佐证材料链接' })
export class EvidenceLink {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fileName: string;

  @Field(() => String, { description: '下载地址' })
  url: string;
}

@ObjectType({ description: '指标得分说明' })
export class ScoreNodeView {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  level: string;

  @Field(() => String, { nullable: true })
  parentCode: string | null;

  @Field(() => Int)
  depth: number;

  @Field(() => String)
  maxPoints: string;

  @Field(() => String)
  points: string;

  @Field(() => String, { description: 'SCORED / NOT_APPLICABLE / EXEMPTED / MISSING_INPUT / PENDING_PEERS' })
  status: string;

  @Field(() => String)
  explanation: string;

  @Field(() => [EvidenceLink], { description: '支撑该指标的已通过填报的佐证材料' })
  evidence: EvidenceLink[];
}

@ObjectType({ description: '单位得分卡' })
export class ScoreCardView {
  @Field(() => ID)
  periodId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => String)
  unitName: string;

  @Field(() => ScoreSource)
  source: ScoreSource;

  @Field(() => Int, { nullable: true })
  revision: number | null;

  @Field(() => String)
  total: string;

  @Field(() => String)
  maxTotal: string;

  @Field(() => ScoreGrade, { nullable: true })
  grade: ScoreGrade | null;

  @Field(() => GradeOverrideView, { nullable: true })
  gradeOverride: GradeOverrideView | null;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field(() => Boolean)
  provisional: boolean;

  @Field(() => String)
  explanation: string;

  @Field(() => [ScoreNodeView])
  nodes: ScoreNodeView[];

  @Field(() => GraphQLJSON, { description: '引擎 ScoreCard 原文' })
  card: unknown;
}

@ObjectType({ description: '得分趋势点' })
export class ScoreTrendPoint {
  @Field(() => ID)
  periodId: string;

  @Field(() => String)
  label: string;

  @Field(() => PeriodKindEnum)
  kind: PeriodKindEnum;

  @Field(() => Int)
  year: number;

  @Field(() => Int)
  index: number;

  @Field(() => String)
  total: string;

  @Field(() => String)
  maxTotal: string;

  @Field(() => ScoreGrade, { nullable: true })
  grade: ScoreGrade | null;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field(() => Boolean)
  provisional: boolean;

  @Field(() => String, { nullable: true, description: '上一期总分（本周期第一期取上一考核周期的最后一期）' })
  previousTotal: string | null;

  @Field(() => String, { nullable: true, description: '较上一期的分数变化' })
  pointsChange: string | null;
}

@ObjectType({ description: '得分分布区间' })
export class LossBucket {
  @Field(() => String, { description: 'ZERO / BELOW_HALF / HALF_OR_MORE / FULL' })
  bucket: string;

  @Field(() => String)
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: '指标失分情况' })
export class IndicatorLoss {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  level: string;

  @Field(() => String)
  maxPoints: string;

  @Field(() => Int, { description: '参与统计的单位数（不含不适用的）' })
  unitCount: number;

  @Field(() => String)
  averagePoints: string;

  @Field(() => String, { description: '平均失分 = 分值 − 平均得分' })
  averageLoss: string;

  @Field(() => Int, { description: '得0分（倒扣项为被扣分）的单位数' })
  unitsAtZero: number;

  @Field(() => [LossBucket])
  buckets: LossBucket[];
}

@ObjectType({ description: '名单中的单位' })
export class GradeListEntry {
  @Field(() => ID)
  unitId: string;

  @Field(() => String)
  unitName: string;

  @Field(() => String)
  unitKind: string;

  @Field(() => String)
  total: string;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field(() => GradeOverrideView, { nullable: true })
  gradeOverride: GradeOverrideView | null;
}

@ObjectType({ description: '红/蓝/黄名单' })
export class GradeList {
  @Field(() => ScoreGrade)
  grade: ScoreGrade;

  @Field(() => String)
  label: string;

  @Field(() => [GradeListEntry])
  units: GradeListEntry[];
}

@ObjectType({ description: '计分结果摘要' })
export class RecomputeResult {
  @Field(() => ID, { nullable: true })
  computationId: string | null;

  @Field(() => Int)
  cards: number;

  @Field(() => Int)
  provisional: number;
}

@ObjectType({ description: '等级人数' })
export class GradeCount {
  @Field(() => ScoreGrade)
  grade: ScoreGrade;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: '得分段（得分占满分的百分比，含下限不含上限；最后一段含满分）' })
export class ScoreBand {
  @Field(() => Int)
  fromPercent: number;

  @Field(() => Int, { nullable: true, description: '最后一段为空（至满分）' })
  toPercent: number | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: '某期次某类单位的结果统计（等级分布、得分分布、暂定数）' })
export class RankingStatistics {
  @Field(() => ScoreSource)
  source: ScoreSource;

  @Field(() => Int, { description: '单位数' })
  units: number;

  @Field(() => Int, { description: '结果为暂定的单位数' })
  provisional: number;

  @Field(() => Int, { description: '未评级的单位数' })
  ungraded: number;

  @Field(() => [GradeCount], { description: '红、蓝、黄名单人数' })
  grades: GradeCount[];

  @Field(() => [ScoreBand])
  bands: ScoreBand[];
}
