/**
 * Output files appear whole or not at all: the bytes go to a temporary file in the same
 * directory (so the rename stays on one file system) and are renamed over the target.
 */
import { existsSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from './errors';

/** Checks before any work is done, so a bad --out fails fast. */
export function checkOutputPath(path: string, allowed: string[]): string {
  const extension = allowed.find((ext) => path.toLowerCase().endsWith(ext));
  if (!extension) throw new UserError(`不支持的输出文件类型：${path}（可用：${allowed.join('、')}）`);
  const directory = dirname(path);
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw new UserError(`输出目录不存在：${directory}`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) throw new UserError(`输出路径是一个目录：${path}`);
  return extension;
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`没有权限写入：${path}`);
    if (code === 'ENOSPC') throw new UserError(`磁盘空间不足，未能写入：${path}`);
    throw error;
  }
}
