import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useState } from 'react';
import type { ScoreGrade } from '../../../generated/graphql';
import { useShowError } from '../../common/hooks/useShowError';
import { CLEAR_GRADE_OVERRIDE } from '../graphql/mutations/clearGradeOverrideMutation';
import { OVERRIDE_GRADE } from '../graphql/mutations/overrideGradeMutation';
import { GRADE_LABELS } from '../utils/scoreDistribution';
import { useGradeOverrideVersion } from './useGradeOverrideVersion';

/** 等级调整 and 取消调整 of one unit in one period; each resolves true when the API accepted it. */
export function useGradeOverrideActions(periodId: string, unitId: string, unitName: string) {
  const [override] = useMutation(OVERRIDE_GRADE);
  const [clear] = useMutation(CLEAR_GRADE_OVERRIDE);
  const versionOf = useGradeOverrideVersion();
  const showError = useShowError();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    try {
      await action();
      return true;
    } catch (error) {
      showError(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const apply = (grade: ScoreGrade, reason: string) =>
    run(async () => {
      // a unit adjusted before (even if since cleared) keeps one record, changed with its version
      const expectedVersion = await versionOf(periodId, unitId);
      await override({ variables: { input: { periodId, unitId, grade, reason }, expectedVersion } });
      void message.success(`已将${unitName}调整为${GRADE_LABELS[grade]}，得分已重新计算`);
    });

  const remove = () =>
    run(async () => {
      const expectedVersion = await versionOf(periodId, unitId);
      if (expectedVersion === undefined) throw Object.assign(new Error('未找到该单位本期的等级调整记录'), { code: 'NOT_FOUND' });
      await clear({ variables: { periodId, unitId, expectedVersion } });
      void message.success(`已取消${unitName}的等级调整`);
    });

  return { apply, remove, busy };
}
