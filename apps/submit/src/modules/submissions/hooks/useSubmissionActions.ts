import { useMutation } from '@apollo/client/react';
import type { InputValues } from '@govtrust/indicators';
import { useRef, useState } from 'react';
import type { ExemptionClaimInput, SubmissionFieldNoteInput, SubmissionState } from '../../../generated/graphql';
import { APPROVER_REJECT } from '../graphql/mutations/approverRejectMutation';
import { APPROVER_SIGN_OFF } from '../graphql/mutations/approverSignOffMutation';
import { SAVE_SUBMISSION_DRAFT } from '../graphql/mutations/saveSubmissionDraftMutation';
import { SUBMIT_SUBMISSION } from '../graphql/mutations/submitSubmissionMutation';
import { AttemptKeys } from '../utils/attemptKeys';

/** Where the unit's record for this task and period stands; null before the first save. */
export interface SubmissionRef {
  id: string;
  version: number;
  state: SubmissionState;
}

export interface Draft {
  values: InputValues;
  evidenceIds: string[];
  /** only for tasks that allow exemptions; left out otherwise */
  exemptionClaims?: ExemptionClaimInput[];
}

export interface SubmissionActions {
  current: SubmissionRef | null;
  busy: boolean;
  saveDraft(draft: Draft): Promise<SubmissionRef>;
  /** saves the draft first when it changed since the last save, then submits */
  submit(draft: Draft, changed: boolean): Promise<SubmissionRef>;
  signOff(): Promise<SubmissionRef>;
  reject(reason: string, fieldNotes?: SubmissionFieldNoteInput[]): Promise<SubmissionRef>;
}

function required(ref: SubmissionRef | null): SubmissionRef {
  if (!ref) throw new Error('no submission yet');
  return ref;
}

/**
 * The task page's writes. Every write carries the version it was read at (expectedVersion: the API
 * answers CONFLICT when someone else changed it) and an idempotency key per attempt (AttemptKeys).
 */
export function useSubmissionActions(taskId: string, periodId: string, initial: SubmissionRef | null): SubmissionActions {
  const [current, setCurrent] = useState<SubmissionRef | null>(initial);
  const ref = useRef(current);
  ref.current = current;
  const keys = useRef(new AttemptKeys());
  const [busy, setBusy] = useState(false);

  const [saveMutation] = useMutation(SAVE_SUBMISSION_DRAFT);
  const [submitMutation] = useMutation(SUBMIT_SUBMISSION);
  const [signOffMutation] = useMutation(APPROVER_SIGN_OFF);
  const [rejectMutation] = useMutation(APPROVER_REJECT);

  // the list's states and the page's history follow every write (active queries only)
  const refetchQueries = ['MyTasks', 'Submission', 'MySubmissions'];

  const settle = (next: SubmissionRef): SubmissionRef => {
    ref.current = next;
    setCurrent(next);
    return next;
  };

  const withBusy = async <T>(work: () => Promise<T>): Promise<T> => {
    setBusy(true);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  };

  const save = async ({ values, evidenceIds, exemptionClaims }: Draft): Promise<SubmissionRef> => {
    const existing = ref.current;
    const payload = {
      taskId,
      periodId,
      values,
      evidenceIds,
      ...(exemptionClaims ? { exemptionClaims } : {}),
      expectedVersion: existing?.version,
    };
    const idempotencyKey = keys.current.keyFor('save', payload);
    const { data } = await saveMutation({ variables: { input: { ...payload, idempotencyKey } }, refetchQueries });
    keys.current.done('save');
    const saved = data!.saveSubmissionDraft;
    return settle({ id: saved.id, version: saved.version, state: saved.state });
  };


  return {
    current,
    busy,
    saveDraft: (draft) => withBusy(() => save(draft)),
    submit: (draft, changed) =>
      withBusy(async () => {
        const saved = changed || !ref.current ? await save(draft) : ref.current;
        const payload = { submissionId: saved.id, expectedVersion: saved.version };
        const idempotencyKey = keys.current.keyFor('submit', payload);
        const { data } = await submitMutation({
          variables: { input: { ...payload, idempotencyKey } },
          refetchQueries,
        });
        keys.current.done('submit');
        const sent = data!.submitSubmission;
        return settle({ id: sent.id, version: sent.version, state: sent.state });
      }),
    signOff: () =>
      withBusy(async () => {
        const { id, version } = required(ref.current);
        const payload = { submissionId: id, expectedVersion: version };
        const idempotencyKey = keys.current.keyFor('signOff', payload);
        const { data } = await signOffMutation({ variables: { input: { ...payload, idempotencyKey } }, refetchQueries });
        keys.current.done('signOff');
        const signed = data!.approverSignOff;
        return settle({ id: signed.id, version: signed.version, state: signed.state });
      }),
    reject: (reason, fieldNotes = []) =>
      withBusy(async () => {
        const { id, version } = required(ref.current);
        const { data } = await rejectMutation({
          variables: {
            input: { submissionId: id, expectedVersion: version, reason, ...(fieldNotes.length > 0 ? { fieldNotes } : {}) },
          },
          refetchQueries,
        });
        const rejected = data!.approverReject;
        return settle({ id: rejected.id, version: rejected.version, state: rejected.state });
      }),
  };
}
