import { JobRunner } from './job-runner';

/** A job that runs only when the test lets it finish. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('JobRunner', () => {
  it('runs one job at a time in the order they came, holding each until it is done', async () => {
    const runner = new JobRunner();
    const log: string[] = [];
    const first = gate();
    runner.enqueue('a', async () => {
      log.push('a starts');
      await first.opened;
      log.push('a ends');
    });
    runner.enqueue('b', async () => {
      log.push('b runs');
    });
    await Promise.resolve();
    expect(log).toEqual(['a starts']);
    expect([runner.holds('a'), runner.holds('b'), runner.holds('c')]).toEqual([true, true, false]);
    first.open();
    await runner.whenIdle();
    expect(log).toEqual(['a starts', 'a ends', 'b runs']);
    expect(runner.holds('a')).toBe(false);
  });

  it('logs a failed job and goes on with the next', async () => {
    const errors: unknown[] = [];
    const runner = new JobRunner((error) => errors.push(error));
    const ran: string[] = [];
    runner.enqueue('bad', () => Promise.reject(new Error('boom')));
    runner.enqueue('good', async () => {
      ran.push('good');
    });
    await runner.whenIdle();
    expect(ran).toEqual(['good']);
    expect(errors).toHaveLength(1);
  });

  it('takes jobs queued while it drains, and again after it went idle', async () => {
    const runner = new JobRunner();
    const ran: string[] = [];
    runner.enqueue('a', async () => {
      ran.push('a');
      runner.enqueue('c', async () => {
        ran.push('c');
      });
    });
    await runner.whenIdle();
    runner.enqueue('d', async () => {
      ran.push('d');
    });
    await runner.whenIdle();
    expect(ran).toEqual(['a', 'c', 'd']);
  });
});
