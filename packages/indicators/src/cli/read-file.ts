/** Reading an input file's bytes with a Chinese message for the usual mistakes. */
import { readFileSync } from 'node:fs';
import { UserError } from './errors';

export function readInputBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`找不到文件：${path}`);
    if (code === 'EISDIR') throw new UserError(`这是一个目录，不是文件：${path}`);
    if (code === 'EACCES') throw new UserError(`没有权限读取文件：${path}`);
    throw error;
  }
}

/** Excel saves "CSV" in the local code page (GBK) unless told otherwise; say so instead of reading mojibake. */
export function decodeUtf8(bytes: Buffer, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`文件不是 UTF-8 编码：${path}。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再试`);
  }
}
