import type { FormRule } from 'antd';

/** The API's password policy (至少8位，含字母和数字), checked before the request. */
export const passwordRules: FormRule[] = [
  { required: true, message: '请输入新密码' },
  { min: 8, message: '密码至少8位' },
  { pattern: /[A-Za-z]/, message: '密码须包含字母' },
  { pattern: /\d/, message: '密码须包含数字' },
];
