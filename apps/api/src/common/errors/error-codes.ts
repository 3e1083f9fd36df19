/**
 * Every error the API reports on purpose, as `extensions.code`. Modules add their own codes here
 * (one enum, so the apps map codes to Chinese messages in one exhaustive switch).
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  CONFLICT = 'CONFLICT',
  PERIOD_LOCKED = 'PERIOD_LOCKED',
  NOT_ON_TASK_LIST = 'NOT_ON_TASK_LIST',
  INVALID_STATE = 'INVALID_STATE',
  RATE_LIMITED = 'RATE_LIMITED',
  FILE_REJECTED = 'FILE_REJECTED',
  /** evidence storage cannot be written or read (disk full, directory missing or not writable) */
  STORAGE_UNAVAILABLE = 'STORAGE_UNAVAILABLE',
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  /** a unit's or leadership's view of results the credit office has not published yet */
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  /** publishing provisional results without force and a reason */
  PROVISIONAL_RESULTS = 'PROVISIONAL_RESULTS',
  /** an export job lost with the process that ran it (restart, crash) */
  EXPORT_INTERRUPTED = 'EXPORT_INTERRUPTED',
  RECOMPUTE_INTERRUPTED = 'RECOMPUTE_INTERRUPTED',
  /** the database cannot be reached (restart, network): nothing was written, retry later */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Default Chinese messages; a thrown AppError may give a more specific one. */
export const defaultMessages: Record<ErrorCode, string> = {
  [ErrorCode.UNAUTHENTICATED]: '请先登录',
  [ErrorCode.FORBIDDEN]: '没有权限执行此操作',
  [ErrorCode.NOT_FOUND]: '记录不存在',
  [ErrorCode.VALIDATION_FAILED]: '输入数据校验未通过',
  [ErrorCode.CONFLICT]: '数据已被他人修改，请刷新后重试',
  [ErrorCode.PERIOD_LOCKED]: '该期次已锁定，不能修改',
  [ErrorCode.NOT_ON_TASK_LIST]: '该事项不在本单位的任务清单内',
  [ErrorCode.INVALID_STATE]: '当前状态下不能执行此操作',
  [ErrorCode.RATE_LIMITED]: '操作过于频繁，请稍后再试',
  [ErrorCode.FILE_REJECTED]: '文件不符合要求',
  [ErrorCode.STORAGE_UNAVAILABLE]: '文件存储暂不可用，请稍后重试或联系管理员',
  [ErrorCode.PASSWORD_CHANGE_REQUIRED]: '请先修改初始密码',
  [ErrorCode.NOT_PUBLISHED]: '该期次的考核结果尚未发布',
  [ErrorCode.PROVISIONAL_RESULTS]: '部分单位的结果仍为暂定，不能发布',
  [ErrorCode.EXPORT_INTERRUPTED]: '服务重启，导出任务已中断，请重新导出',
  [ErrorCode.RECOMPUTE_INTERRUPTED]: '服务重启，重新计算已中断，请重新发起',
  [ErrorCode.SERVICE_UNAVAILABLE]: '数据库暂时无法连接，本次操作未保存，请稍后重试',
  [ErrorCode.INTERNAL_SERVER_ERROR]: '服务器内部错误',
};
