import type { DataSource } from 'typeorm';
import { Role } from '../../src/common/auth/roles';
import { SubmissionAuthor, SubmissionState } from '../../src/modules/submissions/submission-enums';
import { SubmissionTransition } from '../../src/modules/submissions/submission-transition.entity';
import { Submission } from '../../src/modules/submissions/submission.entity';
import { TaskAssignment } from '../../src/modules/task-lists/task-assignment.entity';

/**
 * Writes a submission's state directly (warnings only read submissions), with a RETURNED
 * transition `returnedDaysAgo` days back when given.
 */
export async function setSubmissionFixture(
  dataSource: DataSource,
  at: { unitId: string; taskId: string; periodId: string },
  state: SubmissionState,
  options: { submittedAt?: Date | null; returnedDaysAgo?: number; actorId: string },
): Promise<Submission> {
  const repo = dataSource.getRepository(Submission);
  const assignment = await dataSource
    .getRepository(TaskAssignment)
    .findOneByOrFail({ unitId: at.unitId, taskId: at.taskId });
  const existing = await repo.findOneBy(at);
  const row = await repo.save(
    repo.create({
      ...(existing ?? {}),
      ...at,
      assignmentId: assignment.id,
      state,
      values: existing?.values ?? {},
      evidenceIds: existing?.evidenceIds ?? [],
      submittedAt: options.submittedAt !== undefined ? options.submittedAt : (existing?.submittedAt ?? null),
      late: false,
      lateDays: 0,
      lateWorkingDays: 0,
      returnCount: state === SubmissionState.RETURNED ? 1 : (existing?.returnCount ?? 0),
      authorRole: SubmissionAuthor.UNIT,
      authorId: null,
      lastReason: null,
    }),
  );
  if (options.returnedDaysAgo !== undefined) {
    const transitions = dataSource.getRepository(SubmissionTransition);
    await transitions.save(
      transitions.create({
        submissionId: row.id,
        seq: row.version + 1,
        fromState: SubmissionState.SUBMITTED,
        toState: SubmissionState.RETURNED,
        actorId: options.actorId,
        role: Role.CREDIT_OFFICE,
        comment: '数据有误',
        createdAt: new Date(Date.now() - options.returnedDaysAgo * 24 * 3_600_000),
      }),
    );
  }
  return row;
}
