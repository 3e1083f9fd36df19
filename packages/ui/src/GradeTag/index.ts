export { GradeTag, GRADE_TAG_LABELS, type GradeTagProps } from './GradeTag';
