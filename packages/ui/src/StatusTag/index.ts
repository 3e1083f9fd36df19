export { StatusTag, SUBMISSION_STATUS_LABELS, type StatusTagProps, type SubmissionStatus } from './StatusTag';
