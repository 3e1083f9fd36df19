import { useMutation, useQuery } from '@apollo/client/react';
import type { IndicatorSystem, SystemProblem } from '@govtrust/indicators';
import { describeError } from '@govtrust/ui';
import { App } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { PUBLISH_INDICATOR_SYSTEM } from '../graphql/mutations/publishIndicatorSystemMutation';
import { SAVE_INDICATOR_SYSTEM_DRAFT } from '../graphql/mutations/saveIndicatorSystemDraftMutation';
import { INDICATOR_SYSTEM_VERSIONS } from '../graphql/queries/indicatorSystemVersionsQuery';
import { serverProblemsOf } from '../utils/serverProblems';

/**
 * One system's versions and the local working copy being edited. Saving sends the lock version
 * of the newest row that was read: on CONFLICT someone else saved first and the user may reload.
 */
export function useSystemDraft(key: string) {
  const { message, modal } = App.useApp();
  const { data, loading, error, refetch } = useQuery(INDICATOR_SYSTEM_VERSIONS, { variables: { key }, fetchPolicy: 'network-only' });
  const versions = useMemo(() => data?.indicatorSystemVersions ?? [], [data]);
  const latest = versions[0];
  const published = versions.find((v) => v.status === 'PUBLISHED');
  const [working, setWorking] = useState<IndicatorSystem | null>(null);
  const [dirty, setDirty] = useState(false);
  const [serverProblems, setServerProblems] = useState<SystemProblem[]>([]);
  const [save, saving] = useMutation(SAVE_INDICATOR_SYSTEM_DRAFT);
  const [publishMutation, publishing] = useMutation(PUBLISH_INDICATOR_SYSTEM);

  // a fresh read replaces the working copy unless the user has unsaved edits
  useEffect(() => {
    if (latest && !dirty) setWorking(latest.definition as IndicatorSystem);
  }, [latest, dirty]);

  const edit = useCallback((system: IndicatorSystem) => {
    setWorking(system);
    setDirty(true);
  }, []);

  const reload = useCallback(async () => {
    setDirty(false);
    setServerProblems([]);
    const result = await refetch();
    const newest = result.data?.indicatorSystemVersions[0];
    if (newest) setWorking(newest.definition as IndicatorSystem);
  }, [refetch]);

  const saveDraft = useCallback(async () => {
    if (!working || !latest) return;
    try {
      const result = await save({ variables: { key, definition: working, expectedVersion: latest.version } });
      setServerProblems([]);
      // refetch before clearing the flag, so the working copy is never reset to the older read
      await refetch();
      setDirty(false);
      void message.success(`已保存为第 ${result.data?.saveIndicatorSystemDraft.systemVersion ?? ''} 版草稿`);
    } catch (failure) {
      const described = describeError(failure);
      if (described.code === 'CONFLICT') {
        modal.confirm({
          title: '他人已保存了该指标体系',
          content: '您读取之后，该体系已被其他人保存或发布。重新加载将放弃您未保存的修改。',
          okText: '重新加载',
          cancelText: '暂不加载',
          onOk: reload,
        });
      } else if (described.code === 'VALIDATION_FAILED') {
        setServerProblems(serverProblemsOf(failure));
        void message.error('保存未通过校验，请按提示修改');
      } else {
        void message.error(described.message);
      }
    }
  }, [working, latest, save, key, refetch, message, modal, reload]);

  const publish = useCallback(async () => {
    if (!latest) return;
    try {
      const result = await publishMutation({ variables: { key, expectedVersion: latest.version } });
      await refetch();
      void message.success(`第 ${result.data?.publishIndicatorSystem.systemVersion ?? ''} 版已发布`);
    } catch (failure) {
      const described = describeError(failure);
      if (described.code === 'CONFLICT') {
        modal.confirm({ title: '他人已修改了该草稿', content: '请重新加载后再发布。', okText: '重新加载', cancelText: '取消', onOk: reload });
      } else {
        void message.error(described.message);
      }
    }
  }, [latest, publishMutation, key, refetch, message, modal, reload]);

  return {
    loading,
    error,
    refetch,
    versions,
    latest,
    published,
    working,
    dirty,
    serverProblems,
    edit,
    reload,
    saveDraft,
    saving: saving.loading,
    publish,
    publishing: publishing.loading,
  };
}
