export { DeadlineBadge, type DeadlineBadgeProps } from './DeadlineBadge';
export { deadlineCountdown, deadlineText, type DeadlineState } from './deadlineCountdown';
