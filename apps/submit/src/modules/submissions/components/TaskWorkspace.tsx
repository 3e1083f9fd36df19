import { useQuery } from '@apollo/client/react';
import type { InputValues } from '@govtrust/indicators';
import type { UploadedEvidence } from '@govtrust/ui';
import { Card, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { PageError } from '../../../components/PageError';
import { taskInputFields } from '../../tasks/utils/taskDefinition';
import { useSession } from '../../auth/hooks/sessionContext';
import { EVIDENCE_LIST } from '../../evidence/graphql/queries/evidenceListQuery';
import { useEvidenceUpload } from '../../evidence/hooks/useEvidenceUpload';
import type { MyTaskRow } from '../../tasks/components/TaskCard';
import { SUBMISSION } from '../graphql/queries/submissionQuery';
import { SubmissionTimeline } from './SubmissionTimeline';
import { TaskSubmissionForm } from './TaskSubmissionForm';

/**
 * Loads what the unit already stored for the task (values, evidence names, reason, history) once,
 * then hands it to the form, which owns the editing state from there on.
 */
export function TaskWorkspace({ row }: { row: MyTaskRow }) {
  const { isApprover } = useSession();
  const upload = useEvidenceUpload();
  // read at mount: a first save creates the record while the form stays mounted
  const [submissionId] = useState(row.submissionId);
  const submission = useQuery(SUBMISSION, { variables: { id: submissionId ?? '' }, skip: !submissionId });
  const files = useQuery(EVIDENCE_LIST, { variables: { first: 100 }, skip: !submissionId, fetchPolicy: 'network-only' });

  const stored = submission.data?.submission ?? null;
  const labels = useMemo(() => Object.fromEntries(taskInputFields(row.task.inputs).map((f) => [f.key, f.label])), [row.task.inputs]);
  const storedEvidence = useMemo<UploadedEvidence[]>(() => {
    if (!stored) return [];
    const names = new Map(files.data?.evidenceList.nodes.map((file) => [file.id, file.originalName]));
    return stored.evidenceIds.map((id, index) => ({ id, name: names.get(id) ?? `佐证材料 ${index + 1}` }));
  }, [stored, files.data]);

  if (submissionId && submission.error) return <PageError error={submission.error} />;
  const loading = submissionId && (!submission.data || (!files.data && !files.error));
  if (loading) return <Spin style={{ display: 'block', margin: '64px auto' }} />;

  return (
    <>
      <TaskSubmissionForm
        row={row}
        stored={stored ? { ...stored, values: (stored.values ?? {}) as InputValues } : null}
        storedEvidence={storedEvidence}
        upload={upload}
        isApprover={isApprover}
      />
      {stored && stored.transitions.length > 0 ? (
        <Card size="small" title="流转记录" style={{ marginTop: 16 }}>
          <SubmissionTimeline transitions={submission.data?.submission.transitions ?? stored.transitions} labels={labels} />
        </Card>
      ) : null}
    </>
  );
}
