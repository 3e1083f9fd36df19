export { EvidenceUploader, type EvidenceUploaderProps, type UploadEvidenceFn, type UploadedEvidence } from './EvidenceUploader';
export { checkEvidenceFile, DEFAULT_MAX_SIZE_MB, type EvidenceKind } from './evidenceFileRules';
