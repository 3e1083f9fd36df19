import { DEFAULT_VIEW, nextView, rankingVariables } from './rankingView';

describe('nextView', () => {
  const onPage3 = { ...DEFAULT_VIEW, page: 3 };

  it('starts again from page 1 when the order or a filter changes', () => {
    expect(nextView(onPage3, { sortBy: 'TOTAL' }).page).toBe(1);
    expect(nextView(onPage3, { descending: true }).page).toBe(1);
    expect(nextView(onPage3, { search: '财政' }).page).toBe(1);
    expect(nextView(onPage3, { grade: 'RED' }).page).toBe(1);
  });

  it('keeps the page when nothing but the page changes, and the first row shown when the page size does', () => {
    expect(nextView(onPage3, { page: 4 }).page).toBe(4);
    expect(nextView(onPage3, { search: '' }).page).toBe(3);
    // rows 41–60 shown; with 50 a page, row 41 is on page 1
    expect(nextView(onPage3, { pageSize: 50 })).toMatchObject({ page: 1, pageSize: 50 });
    expect(nextView({ ...DEFAULT_VIEW, page: 6 }, { pageSize: 50 }).page).toBe(3);
  });
});

describe('rankingVariables', () => {
  it('asks for the page by offset and leaves out an empty search', () => {
    expect(rankingVariables({ page: 3, pageSize: 50, sortBy: 'TOTAL', descending: true, search: '', grade: 'RED' })).toEqual({
      first: 50,
      offset: 100,
      sortBy: 'TOTAL',
      descending: true,
      search: null,
      grade: 'RED',
    });
  });
});
