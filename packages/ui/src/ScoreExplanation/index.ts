export { ScoreExplanation, NODE_STATUS_LABELS, type ScoreExplanationProps } from './ScoreExplanation';
export { pointsLost, hasLostPoints, trimPoints } from './pointsLost';
