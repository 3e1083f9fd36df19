/**
 * The one place where API error codes (GraphQL `extensions.code`) become Chinese messages.
 * Both apps show errors through `describeError`, so a code reads the same everywhere.
 */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'PERIOD_LOCKED'
  | 'NOT_ON_TASK_LIST'
  | 'INVALID_STATE'
  | 'RATE_LIMITED'
  | 'FILE_REJECTED'
  | 'FILE_TOO_LARGE'
  | 'STORAGE_UNAVAILABLE'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'NOT_PUBLISHED'
  | 'PROVISIONAL_RESULTS'
  | 'EXPORT_INTERRUPTED'
  | 'RECOMPUTE_INTERRUPTED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | 'UNKNOWN';

export const ERROR_MESSAGES: Record<ApiErrorCode, string> = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '无权执行此操作',
  NOT_FOUND: '数据不存在或已被删除',
  VALIDATION_FAILED: '填写的内容有误，请检查后重试',
  BAD_USER_INPUT: '填写的内容有误，请检查后重试',
  CONFLICT: '数据已被他人修改，请刷新后重试',
  PERIOD_LOCKED: '本期已关闭，数据已锁定',
  NOT_ON_TASK_LIST: '该任务不在本单位的任务清单中',
  INVALID_STATE: '当前状态下不能执行此操作，请刷新后重试',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  FILE_REJECTED: '文件类型或大小不符合要求',
  FILE_TOO_LARGE: '文件过大，无法上传',
  STORAGE_UNAVAILABLE: '文件存储暂不可用，请稍后重试或联系管理员',
  PASSWORD_CHANGE_REQUIRED: '请先修改初始密码',
  NOT_PUBLISHED: '该期次的考核结果尚未发布',
  PROVISIONAL_RESULTS: '部分单位的结果仍为暂定，不能发布',
  EXPORT_INTERRUPTED: '服务重启，导出任务已中断，请重新导出',
  RECOMPUTE_INTERRUPTED: '服务重启，重新计算已中断，请重新发起',
  SERVICE_UNAVAILABLE: '系统暂时无法连接数据库，本次操作未保存，请稍后重试',
  INTERNAL_SERVER_ERROR: '服务器出错了，请稍后重试',
  NETWORK_ERROR: '网络连接失败，请检查网络后重试',
  UNKNOWN: '操作失败，请稍后重试',
};

export function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code);
}
