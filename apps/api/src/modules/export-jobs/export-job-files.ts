import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Env } from '../../env';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';

/** Finished export files sit beside the evidence directory, under the API's data directory. */
export function exportJobDir(env: Pick<Env, 'EVIDENCE_DIR'>): string {
  return resolve(dirname(resolve(env.EVIDENCE_DIR)), 'export-jobs');
}

const storageError = (cause: unknown) =>
  new AppError(ErrorCode.STORAGE_UNAVAILABLE, '导出文件无法写入存储，请联系管理员', {
    reason: cause instanceof Error && 'code' in cause ? String(cause.code) : 'WRITE_FAILED',
  });

/**
 * The files of export jobs, one per job named by its id. A file is written under a `.part` name and
 * renamed when complete, so a download never sees half a file.
 */
export class ExportJobFiles {
  constructor(readonly dir: string) {}

  pathOf(jobId: string, extension: 'xlsx' | 'docx'): string {
    return join(this.dir, `${jobId}.${extension}`);
  }

  /** A streaming workbook writing to the job's `.part` file; `commit` renames it into place. */
  async workbook(jobId: string): Promise<{ workbook: ExcelJS.stream.xlsx.WorkbookWriter; commit: () => Promise<void> }> {
    const path = this.pathOf(jobId, 'xlsx');
    await this.ensureDir();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${path}.part`, useStyles: true, useSharedStrings: false });
    workbook.creator = 'GovTrust 政务诚信监测评估平台';
    return {
      workbook,
      commit: async () => {
        try {
          await workbook.commit();
          await rename(`${path}.part`, path);
        } catch (error) {
          throw storageError(error);
        }
      },
    };
  }

  async writeBuffer(jobId: string, extension: 'xlsx' | 'docx', buffer: Buffer): Promise<void> {
    const path = this.pathOf(jobId, extension);
    await this.ensureDir();
    try {
      await writeFile(`${path}.part`, buffer);
      await rename(`${path}.part`, path);
    } catch (error) {
      throw storageError(error);
    }
  }

  /** Removes whatever a failed job left behind. */
  async discard(jobId: string): Promise<void> {
    for (const extension of ['xlsx', 'docx'] as const) {
      for (const suffix of ['', '.part']) await unlink(`${this.pathOf(jobId, extension)}${suffix}`).catch(() => undefined);
    }
  }

  /** Deletes files last written before `cutoff`; returns how many. */
  async deleteOlderThan(cutoff: Date): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    let deleted = 0;
    for (const name of names) {
      const path = join(this.dir, name);
      const info = await stat(path).catch(() => null);
      if (!info?.isFile() || info.mtime >= cutoff) continue;
      await unlink(path).then(
        () => (deleted += 1),
        () => undefined,
      );
    }
    return deleted;
  }

  private async ensureDir(): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
    } catch (error) {
      throw storageError(error);
    }
  }
}
