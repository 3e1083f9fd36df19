import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createLoaders } from './context';

describe('createLoaders', () => {
  it('makes each loader on first use, once per request, and never shares one between requests', () => {
    const dataSource = {} as DataSource;
    const first = createLoaders(dataSource);
    const second = createLoaders(dataSource);
    expect((first as unknown as { made: object }).made).toEqual({});
    const units = first.unitById;
    expect(units).toBeInstanceOf(DataLoader);
    expect(first.unitById).toBe(units);
    expect(second.unitById).not.toBe(units);
    expect(Object.keys((first as unknown as { made: object }).made)).toEqual(['unitById']);
    expect(first.publishedCards).toBeInstanceOf(DataLoader);
  });
});
