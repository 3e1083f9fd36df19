import { render, screen } from '@testing-library/react';
import { StatusTag, SUBMISSION_STATUS_LABELS, type SubmissionStatus } from './StatusTag';

describe('StatusTag', () => {
  it.each<[SubmissionStatus, string]>([
    ['DRAFT', '草稿'],
    ['PENDING_APPROVAL', '待审批'],
    ['SUBMITTED', '已提交'],
    ['RETURNED', '被退回'],
    ['RESUBMITTED', '已重新提交'],
    ['APPROVED', '已通过'],
    ['NOT_STARTED', '未填报'],
  ])('shows %s as %s', (status, label) => {
    render(<StatusTag status={status} />);
    expect(screen.getByText(label)).toBeInTheDocument();
  });

  it('colours a returned submission as an error and an approved one as success', () => {
    const { rerender } = render(<StatusTag status="RETURNED" />);
    expect(screen.getByText('被退回').className).toMatch(/error/);
    rerender(<StatusTag status="APPROVED" />);
    expect(screen.getByText('已通过').className).toMatch(/success/);
  });

  it('has a distinct label for every status', () => {
    const labels = Object.values(SUBMISSION_STATUS_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
