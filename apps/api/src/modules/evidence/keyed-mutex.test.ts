import { KeyedMutex } from './keyed-mutex';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('KeyedMutex', () => {
  it('serialises holders of the same key and lets other keys run', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const a = mutex.run(['x'], async () => {
      log.push('a-start');
      await tick();
      log.push('a-end');
    });
    const b = mutex.run(['x', 'y'], async () => {
      log.push('b');
    });
    const c = mutex.run(['z'], async () => {
      log.push('c');
    });
    await Promise.all([a, b, c]);
    expect(log.indexOf('b')).toBeGreaterThan(log.indexOf('a-end'));
    expect(log.indexOf('c')).toBeLessThan(log.indexOf('a-end'));
    expect(mutex.size).toBe(0);
  });

  it('releases the keys when the holder throws', async () => {
    const mutex = new KeyedMutex();
    await expect(mutex.run(['k'], () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(mutex.run(['k'], () => Promise.resolve(42))).resolves.toBe(42);
  });
});
