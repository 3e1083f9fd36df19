import type { SubmissionState } from '../../../generated/graphql';
import { orderTasks, type OrderableTask } from './orderTasks';

function row(code: string, submissionState: SubmissionState, dueDate: string | null, overdue = false): OrderableTask {
  return { task: { code }, submissionState, dueDate, overdue };
}

describe('orderTasks', () => {
  it('puts returned tasks first, then overdue ones, then open ones by due date, then what waits on others', () => {
    const ordered = orderTasks([
      row('A-approved', 'APPROVED', '2023-12-01'),
      row('B-open-late-date', 'NOT_STARTED', '2024-03-04'),
      row('C-overdue', 'DRAFT', '2024-01-04', true),
      row('D-submitted', 'SUBMITTED', '2023-11-01'),
      row('E-returned', 'RETURNED', null),
      row('F-open-early-date', 'DRAFT', '2024-02-04'),
      row('G-pending', 'PENDING_APPROVAL', '2024-01-01'),
      row('H-overdue-earlier', 'NOT_STARTED', '2023-12-04', true),
      row('I-no-date', 'NOT_STARTED', null),
    ]);
    expect(ordered.map((r) => r.task.code)).toEqual([
      'E-returned',
      'H-overdue-earlier',
      'C-overdue',
      'F-open-early-date',
      'B-open-late-date',
      'I-no-date',
      'G-pending',
      'D-submitted',
      'A-approved',
    ]);
  });

  it('breaks ties by task code and leaves the input untouched', () => {
    const input = [row('GH-FGW-07', 'NOT_STARTED', '2024-01-04'), row('GH-FGW-06', 'NOT_STARTED', '2024-01-04')];
    expect(orderTasks(input).map((r) => r.task.code)).toEqual(['GH-FGW-06', 'GH-FGW-07']);
    expect(input[0]!.task.code).toBe('GH-FGW-07');
  });
});
