import type { ScoreCard } from '@govtrust/indicators';
import { render, screen } from '@testing-library/react';
import { ScoreExplanation } from './ScoreExplanation';
import { pointsLost } from './pointsLost';

const card: ScoreCard = {
  systemId: 'demo',
  systemVersion: 1,
  unit: { id: 'u1', name: '市发改委', kind: 'DEPARTMENT' },
  total: '8.50',
  maxTotal: '10.00',
  grade: 'BLUE',
  provisional: false,
  explanation: '总分 8.5 分',
  categories: [
    {
      code: 'C1',
      name: '信息归集',
      level: 'CATEGORY',
      maxPoints: '10.00',
      points: '8.50',
      status: 'SCORED',
      explanation: '',
      children: [
        { code: 'C1.1', name: '双公示合规率', level: 'INDICATOR', maxPoints: '5.00', points: '5.00', status: 'SCORED', explanation: '合规率 99.00%，得 5 分' },
        { code: 'C1.2', name: '迟报率', level: 'INDICATOR', maxPoints: '5.00', points: '3.50', status: 'SCORED', explanation: '迟报率 2.00%，得 3.5 分' },
      ],
    },
  ],
};

describe('ScoreExplanation', () => {
  it('shows the total, the grade and every node with its explanation', () => {
    render(<ScoreExplanation card={card} />);
    expect(screen.getByTestId('score-total')).toHaveTextContent('8.5');
    expect(screen.getByText('蓝名单')).toBeInTheDocument();
    expect(screen.getByText('双公示合规率')).toBeInTheDocument();
    expect(screen.getByText('迟报率 2.00%，得 3.5 分')).toBeInTheDocument();
  });

  it('highlights only the nodes that lost points', () => {
    const { container } = render(<ScoreExplanation card={card} />);
    const lostRows = container.querySelectorAll('tr[data-lost="true"]');
    expect([...lostRows].map((row) => row.getAttribute('data-row-key'))).toEqual(['C1', 'C1.2']);
    expect(screen.getAllByText('失 1.5 分')).toHaveLength(2);
  });

  it('reads the total out of the stated total, not the applicable maximum', () => {
    render(<ScoreExplanation card={{ ...card, total: '100.00', maxTotal: '75.00' }} statedTotal={100} />);
    expect(screen.getByTestId('score-total').parentElement).toHaveTextContent(/^总分 100 \/ 100$/);
  });

  it('flags a provisional card', () => {
    render(<ScoreExplanation card={{ ...card, provisional: true }} />);
    expect(screen.getByText(/暂定分数/)).toBeInTheDocument();
  });
});

describe('pointsLost', () => {
  it('subtracts decimal strings exactly, penalties included', () => {
    expect(pointsLost('0.3', '0.1')).toBe('0.2');
    expect(pointsLost('5.00', '5.00')).toBe('0');
    expect(pointsLost('0', '-6.00')).toBe('6');
  });
});
