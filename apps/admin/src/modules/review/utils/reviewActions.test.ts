import { canApprove, canReopen, canReturn } from './reviewActions';

describe('review actions', () => {
  it('reviews only what a unit has sent to the credit office', () => {
    expect(canApprove('SUBMITTED')).toBe(true);
    expect(canApprove('RESUBMITTED')).toBe(true);
    expect(canReturn('PENDING_APPROVAL')).toBe(false);
    expect(canApprove('APPROVED')).toBe(false);
  });

  it('reopens only approved submissions', () => {
    expect(canReopen('APPROVED')).toBe(true);
    expect(canReopen('RETURNED')).toBe(false);
  });
});
