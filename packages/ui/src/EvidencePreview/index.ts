export { EvidencePreview, type EvidencePreviewProps } from './EvidencePreview';
export { previewKindOf, type PreviewKind } from './evidenceKind';
