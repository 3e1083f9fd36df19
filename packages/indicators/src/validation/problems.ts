/** Problems found in an indicator system; ERROR blocks use, WARNING is shown to the author. */
export interface SystemProblem {
  severity: 'ERROR' | 'WARNING';
  code: string;
  /** categories[1].children[0] */
  path: string;
  nodeCode?: string;
  /** Chinese */
  message: string;
}

export class ProblemList {
  readonly items: SystemProblem[] = [];

  error(code: string, path: string, message: string, nodeCode?: string): void {
    this.push('ERROR', code, path, message, nodeCode);
  }

  warning(code: string, path: string, message: string, nodeCode?: string): void {
    this.push('WARNING', code, path, message, nodeCode);
  }

  hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'ERROR');
  }

  private push(
    severity: SystemProblem['severity'],
    code: string,
    path: string,
    message: string,
    nodeCode?: string,
  ): void {
    const where = nodeCode === undefined ? path : `${path}（${nodeCode}）`;
    this.items.push({
      severity,
      code,
      path,
      ...(nodeCode === undefined ? {} : { nodeCode }),
      message: `${where}：${message}`,
    });
  }
}
