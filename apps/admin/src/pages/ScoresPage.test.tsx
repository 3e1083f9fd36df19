import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { Observable } from '@apollo/client/utilities';
import { MockedProvider } from '@apollo/client/testing/react';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { accessFor } from '../access';
import type { RankingQueryVariables } from '../generated/graphql';
import { SessionContext, type SessionUser } from '../modules/auth/hooks/useSession';
import { CYCLES } from '../modules/periods/graphql/queries/cyclesQuery';
import { PUBLISHED_RESULTS } from '../modules/scores/graphql/queries/publishedResultsQuery';
import { RANKING } from '../modules/scores/graphql/queries/rankingQuery';
import ScoresPage from './ScoresPage';

type MockedResponse = MockLink.MockedResponse;

// a whole antd page renders slowly in jsdom on a busy machine: waits end on the DOM, not the clock
configure({ asyncUtilTimeout: 15_000 });

const PERIOD = 'p-q3';
const user: SessionUser = {
  __typename: 'Account',
  id: 'a1',
  username: 'credit',
  displayName: '信用办',
  role: 'CREDIT_OFFICE',
  capabilities: ['SCORE_READ', 'SCORE_COMPUTE', 'SCORE_PUBLISH'],
  mustChangePassword: false,
  version: 1,
  unit: null,
} as SessionUser;

const period = (id: string, index: number, status: string) => ({
  __typename: 'Period',
  id,
  cycleId: 'c1',
  label: `第${index}季度`,
  kind: 'QUARTER',
  index,
  year: 2026,
  status,
  openedAt: null,
  closedAt: null,
  version: 1,
});

const cycles: MockedResponse = {
  request: { query: CYCLES },
  result: {
    data: {
      cycles: [
        {
          __typename: 'Cycle',
          id: 'c1',
          name: '2026年度考核',
          year: 2026,
          status: 'ACTIVE',
          systemKey: 'huaian',
          systemVersion: 1,
          taskListKey: 'huaian',
          requiresApproverSignOff: true,
          version: 1,
          periods: [period(PERIOD, 3, 'OPEN')],
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const publications: MockedResponse = {
  request: { query: PUBLISHED_RESULTS, variables: { periodId: PERIOD } },
  result: { data: { publishedResults: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** 45 departments; rank order is total order, and the points gained run the other way. */
const UNITS = Array.from({ length: 45 }, (_, i) => {
  const n = i + 1;
  return {
    __typename: 'RankingRow',
    unitId: `u${n}`,
    unitName: `测试单位${String(n).padStart(2, '0')}`,
    rank: n,
    total: (95 - n * 0.5).toFixed(1),
    maxTotal: '100',
    grade: n <= 10 ? 'RED' : n <= 40 ? 'BLUE' : 'YELLOW',
    provisional: false,
    previousRank: null,
    previousTotal: null,
    rankChange: null,
    pointsChange: null,
    gradeOverride: null,
  };
});

/** A stand-in for the API's ranking: filters, sorts and pages the way the contract says. */
function serveRanking(asked: RankingQueryVariables[]): MockedResponse {
  return {
    request: { query: RANKING, variables: () => true },
    delay: 0,
    result: (variables: RankingQueryVariables) => {
      asked.push(variables);
      const matching = UNITS.filter((u) => (!variables.search || u.unitName.includes(variables.search)) && (!variables.grade || u.grade === variables.grade));
      const key = variables.sortBy === 'TOTAL' ? (u: (typeof UNITS)[number]) => Number(u.total) : (u: (typeof UNITS)[number]) => u.rank;
      const sorted = [...matching].sort((a, b) => (key(a) - key(b)) * (variables.descending ? -1 : 1));
      const offset = variables.offset ?? 0;
      return {
        data: {
          ranking: {
            __typename: 'RankingPage',
            totalCount: matching.length,
            source: 'CURRENT',
            revision: null,
            publishedAt: null,
            previousPeriodId: null,
            nodes: sorted.slice(offset, offset + (variables.first ?? 20)),
          },
        },
      };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

// plain selectors and clicks: role queries and pointer checks over a whole antd page are slow in jsdom
const shownUnits = () => [...document.querySelectorAll('tr.ant-table-row')].map((r) => r.getAttribute('data-unit'));
const click = (element: Element | null | undefined) => {
  if (!element) throw new Error('nothing to click');
  fireEvent.click(element);
};
const pageLink = (n: number) => document.querySelector(`.ant-pagination-item-${n}`);

/** Holds back ranking answers while closed, so a test can look at the page with a request in flight. */
class Gate {
  private waiting: Array<() => void> = [];
  closed = false;
  readonly link = new ApolloLink((operation, forward) =>
    operation.operationName !== 'Ranking' || !this.closed
      ? forward(operation)
      : new Observable((observer) => {
          this.waiting.push(() => forward(operation).subscribe(observer));
        }),
  );
  open() {
    this.closed = false;
    for (const release of this.waiting.splice(0)) release();
  }
}

function renderPage(asked: RankingQueryVariables[], gate = new Gate()) {
  const link = ApolloLink.from([gate.link, new MockLink([cycles, publications, serveRanking(asked)])]);
  render(
    <MockedProvider link={link}>
      <App>
        <MemoryRouter>
          <SessionContext.Provider value={{ user, access: accessFor(user) }}>
            <ScoresPage />
          </SessionContext.Provider>
        </MemoryRouter>
      </App>
    </MockedProvider>,
  );
}

describe('ScoresPage ranking (paged, sorted and filtered by the API)', () => {
  it('shows the first page, then the order, search and page the API returns, and keeps them across tabs', async () => {
    const asked: RankingQueryVariables[] = [];
    renderPage(asked);
    expect(await screen.findByText('共 45 个单位')).toBeInTheDocument();
    expect(shownUnits()).toHaveLength(20);
    expect(shownUnits()[0]).toBe('测试单位01');
    expect(asked[0]).toMatchObject({ periodId: PERIOD, unitKind: 'DEPARTMENT', provisional: true, first: 20, offset: 0, sortBy: 'RANK', descending: false, search: null, grade: null });

    // 总分 ascending: the API puts the lowest total first
    click(screen.getAllByText('总分').find((e) => e.closest('th')));
    await waitFor(() => expect(shownUnits()[0]).toBe('测试单位45'));
    expect(asked.at(-1)).toMatchObject({ sortBy: 'TOTAL', descending: false, offset: 0 });

    // page 2 of that order: other units
    click(pageLink(2));
    await waitFor(() => expect(shownUnits()[0]).toBe('测试单位25'));
    expect(shownUnits()).toHaveLength(20);
    expect(asked.at(-1)).toMatchObject({ sortBy: 'TOTAL', offset: 20, first: 20 });

    // page and order survive a look at another tab
    const activeTab = () => document.querySelector('.ant-tabs-tab-active')?.textContent;
    click(screen.getByText(/^发布记录/));
    await waitFor(() => expect(activeTab()).toMatch(/^发布记录/));
    click(screen.getByText('排名', { selector: '.ant-tabs-tab-btn' }));
    await waitFor(() => expect(activeTab()).toBe('排名'));
    expect(shownUnits()[0]).toBe('测试单位25');

    // the search goes to the API once typing pauses, and starts again from page 1
    const before = asked.length;
    await userEvent.type(screen.getByPlaceholderText('搜索单位名称'), '单位3', { delay: null });
    await waitFor(() => expect(screen.getByText('共 10 个单位')).toBeInTheDocument());
    expect(shownUnits()).toEqual(['测试单位39', '测试单位38', '测试单位37', '测试单位36', '测试单位35', '测试单位34', '测试单位33', '测试单位32', '测试单位31', '测试单位30']);
    const searches = asked.slice(before).map((v) => v.search);
    expect(searches).toEqual(['单位3']); // one request for the word, none per key
    expect(asked.at(-1)).toMatchObject({ offset: 0, sortBy: 'TOTAL' });
  });

  it('keeps the rows on screen while the next page loads', async () => {
    const asked: RankingQueryVariables[] = [];
    const gate = new Gate();
    renderPage(asked, gate);
    await screen.findByText('共 45 个单位');
    gate.closed = true;
    click(pageLink(3));
    // the request is held: the table spins over the first page instead of going blank
    await waitFor(() => expect(document.querySelector('.ant-table-wrapper .ant-spin-spinning')).not.toBeNull());
    expect(shownUnits()).toHaveLength(20);
    expect(shownUnits()[0]).toBe('测试单位01');
    gate.open();
    await waitFor(() => expect(shownUnits()).toEqual(['测试单位41', '测试单位42', '测试单位43', '测试单位44', '测试单位45']));
    expect(document.querySelector('.ant-table-wrapper .ant-spin-spinning')).toBeNull();
  });
});
