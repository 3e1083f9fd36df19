import bcrypt from 'bcryptjs';
import type { FieldProblem } from '../../common/errors/app-error';

/** ≥8 characters with at least one letter and one digit; returns the problem or null. */
export function passwordProblem(password: string, field = 'password'): FieldProblem | null {
  if (password.length < 8) return { field, message: '密码至少8位' };
  if (password.length > 72) return { field, message: '密码最多72位' };
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    return { field, message: '密码须同时包含字母和数字' };
  }
  return null;
}

export function hashPassword(password: string, rounds: number): Promise<string> {
  return bcrypt.hash(password, rounds);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
