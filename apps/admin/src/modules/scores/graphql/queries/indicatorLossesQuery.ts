import { graphql } from '../../../../generated';

export const INDICATOR_LOSSES = graphql(`
  query IndicatorLosses($periodId: ID!, $unitKind: UnitKind!, $provisional: Boolean) {
    indicatorLosses(periodId: $periodId, unitKind: $unitKind, provisional: $provisional) {
      code
      name
      level
      maxPoints
      averagePoints
      averageLoss
      unitCount
      unitsAtZero
      buckets {
        bucket
        label
        count
      }
    }
  }
`);
