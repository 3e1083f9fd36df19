/** A problem with one unit's submission that stops it from being scored. */
export interface SubmissionProblem {
  code: string;
  /** exemptions.NMG-Q-1.2, values.hgl … */
  path: string;
  nodeCode?: string;
  message: string;
}
