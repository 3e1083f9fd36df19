import type { DataSource } from 'typeorm';
import { ExportJobProgress } from './export-job-progress';

/** A DataSource whose updates resolve in reverse order of arrival, to show writes still land in order. */
function fakeDataSource() {
  const written: Array<{ progress: number; stage: string | null }> = [];
  const dataSource = {
    getRepository: () => ({
      update: (_where: unknown, patch: { progress: number; stage: string | null }) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            written.push({ progress: patch.progress, stage: patch.stage });
            resolve();
          }, 5 - Math.min(patch.progress, 100) / 25),
        ),
    }),
  } as unknown as DataSource;
  return { dataSource, written };
}

describe('ExportJobProgress', () => {
  it('writes stages at once, throttles rows, and never goes backwards', async () => {
    const { dataSource, written } = fakeDataSource();
    let now = 0;
    const progress = new ExportJobProgress(
      dataSource,
      'job',
      (error) => {
        throw error;
      },
      () => now,
    );
    await progress.stage(5, '正在汇总得分');
    await progress.stage(20, '正在写入表格');
    // 1000 rows in 1 ms each: a write at most every 200 ms, i.e. 5 of them
    for (let done = 1; done <= 1000; done += 1) {
      now += 1;
      progress.rows(done, 1000, 20, 95);
    }
    await progress.stage(95, '正在保存文件');
    // a late, lower figure is ignored
    progress.rows(1, 1000, 20, 95);
    await progress.flush();
    expect(written.map((w) => w.stage)).toEqual([
      '正在汇总得分',
      '正在写入表格',
      ...Array<string>(5).fill('正在写入表格'),
      '正在保存文件',
    ]);
    const percents = written.map((w) => w.progress);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(95);
  });

  it('maps rows onto its share of the bar', async () => {
    const { dataSource, written } = fakeDataSource();
    const progress = new ExportJobProgress(dataSource, 'job', () => undefined, () => 1_000);
    progress.rows(50, 100, 20, 80);
    await progress.flush();
    expect(written).toEqual([{ progress: 50, stage: null }]);
  });
});
