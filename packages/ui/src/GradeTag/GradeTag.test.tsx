import { render, screen } from '@testing-library/react';
import { GradeTag } from './GradeTag';

describe('GradeTag', () => {
  it('names the three grades in Chinese', () => {
    const { rerender } = render(<GradeTag grade="RED" />);
    expect(screen.getByText('红名单')).toBeInTheDocument();
    rerender(<GradeTag grade="BLUE" />);
    expect(screen.getByText('蓝名单')).toBeInTheDocument();
    rerender(<GradeTag grade="YELLOW" />);
    expect(screen.getByText('黄名单')).toBeInTheDocument();
  });

  it('says when there is no grade yet', () => {
    render(<GradeTag grade={null} />);
    expect(screen.getByText('未评级')).toBeInTheDocument();
  });

  it('marks an overridden grade', () => {
    render(<GradeTag grade="YELLOW" overrideReason="发生严重失信行为" />);
    expect(screen.getByText(/黄名单（调整）/)).toBeInTheDocument();
  });
});
