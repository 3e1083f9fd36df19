import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { validateValues, type InputValues } from '@govtrust/indicators';
import { describeError, EvidenceUploader, InputFieldsForm, type UploadEvidenceFn, type UploadedEvidence } from '@govtrust/ui';
import { Alert, App, Button, Card, Flex, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { SubmissionQuery } from '../../../generated/graphql';
import type { MyTaskRow } from '../../tasks/components/TaskCard';
import { evidenceKinds, taskEvidenceRequirement, taskInputFields } from '../../tasks/utils/taskDefinition';
import { useSubmissionActions, type SubmissionRef } from '../hooks/useSubmissionActions';
import { isEditable } from '../utils/submissionStates';
import { ApproverActions } from './ApproverActions';
import { EvidenceFileList } from './EvidenceFileList';
import { claimProblems, claimsFromStored, ExemptionClaimsEditor, exemptFieldKeys, type ClaimDraft } from './ExemptionClaimsEditor';
import { ReturnReasonAlert } from './ReturnReasonAlert';
import { StateNotice } from './StateNotice';
import { TaskHeader } from './TaskHeader';

export interface TaskSubmissionFormProps {
  row: MyTaskRow;
  /** the stored record, when the unit has saved before */
  stored:
    | (SubmissionRef &
        Pick<NonNullable<SubmissionQuery['submission']>, 'lastReason' | 'returnCount' | 'lastFieldNotes' | 'exemptionClaims'> & {
          values: InputValues;
        })
    | null;
  storedEvidence: UploadedEvidence[];
  upload: UploadEvidenceFn;
  isApprover: boolean;
}

const SUBMITTED_MESSAGES: Partial<Record<SubmissionRef['state'], string>> = {
  PENDING_APPROVAL: '已提交，等待单位负责人审核签字',
  SUBMITTED: '已报送信用办',
  RESUBMITTED: '已重新报送信用办',
};

/** One task in one period: the generated form, the evidence, and the actions its state allows. */
export function TaskSubmissionForm({ row, stored, storedEvidence, upload, isApprover }: TaskSubmissionFormProps) {
  const { message } = App.useApp();
  const fields = useMemo(() => taskInputFields(row.task.inputs), [row.task.inputs]);
  const requirement = useMemo(() => taskEvidenceRequirement(row.task.evidence), [row.task.evidence]);
  const actions = useSubmissionActions(row.task.id, row.period.id, stored);
  const state = actions.current?.state ?? 'NOT_STARTED';
  const editable = isEditable(state);

  const [values, setValues] = useState<InputValues>(stored?.values ?? {});
  const [evidence, setEvidence] = useState<UploadedEvidence[]>(storedEvidence);
  const [uploading, setUploading] = useState(false);
  const [changed, setChanged] = useState(false);
  const [showAllProblems, setShowAllProblems] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const options = row.task.exemptibleIndicators;
  const [claims, setClaims] = useState<ClaimDraft>(() => claimsFromStored(stored?.exemptionClaims));
  const exemptKeys = useMemo(() => exemptFieldKeys(options, claims), [options, claims]);
  // notes of the last return (by the office or the unit's approver) while the unit fixes the data
  const fieldNotes = useMemo(
    () => (editable && stored ? Object.fromEntries(stored.lastFieldNotes.map((n) => [n.key, n.note])) : undefined),
    [editable, stored],
  );
  const draft = () => ({
    values,
    evidenceIds: evidence.map((file) => file.id),
    ...(options.length > 0
      ? { exemptionClaims: Object.entries(claims).map(([nodeCode, explanation]) => ({ nodeCode, explanation: explanation.trim() })) }
      : {}),
  });

  const run = async (work: () => Promise<SubmissionRef>, done: (ref: SubmissionRef) => string) => {
    setError(null);
    try {
      const ref = await work();
      setChanged(false);
      void message.success(done(ref));
    } catch (caught) {
      setError(describeError(caught).message);
    }
  };

  const submit = () => {
    const problems = validateValues(fields, values).filter((p) => !(p.code === 'REQUIRED' && exemptKeys.includes(p.field)));
    const missingEvidence = requirement && evidence.length < requirement.minCount;
    const claimIssues = claimProblems(options, claims, evidence.length);
    if (problems.length > 0 || missingEvidence || claimIssues.length > 0) {
      setShowAllProblems(true);
      setError(
        [
          problems.length > 0 ? `还有 ${new Set(problems.map((p) => p.field)).size} 项填报数据需要修改（见标红处）` : null,
          missingEvidence ? `请上传佐证材料（${requirement.description}），至少 ${requirement.minCount} 个` : null,
          ...claimIssues,
        ]
          .filter(Boolean)
          .join('；'),
      );
      return;
    }
    void run(
      () => actions.submit(draft(), changed),
      (ref) => SUBMITTED_MESSAGES[ref.state] ?? '已提交',
    );
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {state === 'RETURNED' ? (
        <ReturnReasonAlert
          reason={stored?.lastReason ?? null}
          returnCount={stored?.returnCount ?? 1}
          fieldNoteCount={stored?.lastFieldNotes.length ?? 0}
        />
      ) : null}
      <TaskHeader row={row} state={state} />
      <StateNotice state={state} isApprover={isApprover} />
      {error ? <Alert type="error" showIcon title={error} role="alert" data-testid="form-error" closable onClose={() => setError(null)} /> : null}

      <Card size="small" title="填报数据">
        {fields.length > 0 ? (
          <InputFieldsForm
            fields={fields}
            value={values}
            disabled={!editable}
            showAllProblems={showAllProblems}
            fieldNotes={fieldNotes}
            exemptKeys={exemptKeys}
            onChange={(next) => {
              setValues(next);
              setChanged(true);
            }}
          />
        ) : (
          <Typography.Text type="secondary">本任务无需填写数据，请上传佐证材料后提交。</Typography.Text>
        )}
      </Card>

      {options.length > 0 ? (
        <Card size="small" title="免责申请">
          <ExemptionClaimsEditor
            options={options}
            claims={claims}
            disabled={!editable}
            stored={stored?.exemptionClaims}
            showProblems={showAllProblems}
            onChange={(next) => {
              setClaims(next);
              setChanged(true);
            }}
          />
        </Card>
      ) : null}

      <Card size="small" title="佐证材料">
        {requirement ? (
          <Typography.Paragraph type="secondary">
            要求：{requirement.description}
            {requirement.minCount > 0 ? `（至少 ${requirement.minCount} 个）` : ''}
          </Typography.Paragraph>
        ) : null}
        {editable ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <EvidenceUploader
              upload={upload}
              defaultValue={storedEvidence}
              kinds={evidenceKinds(requirement)}
              onBusyChange={setUploading}
              onChange={(files) => {
                setEvidence(files);
                setChanged(true);
              }}
            />
            <EvidenceFileList files={evidence} editing />
          </Space>
        ) : (
          <EvidenceFileList files={evidence} />
        )}
      </Card>

      {editable ? (
        <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 2 }} styles={{ body: { padding: 12 } }}>
          <Flex gap={8} wrap justify="flex-end" align="center">
            {uploading ? <Typography.Text type="secondary">文件上传中，请稍候……</Typography.Text> : null}
            <Button
              icon={<SaveOutlined />}
              disabled={uploading || actions.busy}
              onClick={() => void run(() => actions.saveDraft(draft()), () => '草稿已保存')}
            >
              保存草稿
            </Button>
            <Button type="primary" icon={<SendOutlined />} loading={actions.busy} disabled={uploading} onClick={submit}>
              {state === 'RETURNED' ? '重新提交' : '提交'}
            </Button>
          </Flex>
        </Card>
      ) : null}
      {state === 'PENDING_APPROVAL' && isApprover ? (
        <Card size="small">
          <ApproverActions
            busy={actions.busy}
            fields={fields}
            onSignOff={() => void run(() => actions.signOff(), () => '已签字，报送信用办')}
            onReject={(reason, notes) => void run(() => actions.reject(reason, notes), () => '已驳回给填报人')}
          />
        </Card>
      ) : null}
    </Space>
  );
}
