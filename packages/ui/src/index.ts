/** Shared GovTrust components; the apps import everything from '@govtrust/ui'. */
export * from './errors';
export * from './StatusTag';
export * from './GradeTag';
export * from './HoverTooltip';
export * from './PlainText';
export * from './DeadlineBadge';
export * from './ScoreExplanation';
export * from './InputFieldsForm';
export * from './EvidenceUploader';
export * from './AppLayout';
export * from './EvidencePreview';
export * from './ApolloSession';
export * from './theme';
