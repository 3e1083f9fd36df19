import { fireEvent, render, screen } from '@testing-library/react';
import { HoverTooltip } from './HoverTooltip';

describe('HoverTooltip', () => {
  it('mounts no popup trigger until the element is hovered, then shows the title', async () => {
    const onMouseEnter = jest.fn();
    render(
      <HoverTooltip title="上期第 3 名">
        <span onMouseEnter={onMouseEnter}>↑ 2</span>
      </HoverTooltip>,
    );
    expect(screen.queryByText('上期第 3 名')).not.toBeInTheDocument();
    fireEvent.mouseEnter(screen.getByText('↑ 2'));
    expect(await screen.findByText('上期第 3 名')).toBeInTheDocument();
    // the element's own handler still runs
    expect(onMouseEnter).toHaveBeenCalledTimes(1);
  });

  it('shows the title when the element is reached with the keyboard', async () => {
    render(
      <HoverTooltip title="经复核存在失信记录">
        <button type="button">蓝名单（调整）</button>
      </HoverTooltip>,
    );
    fireEvent.focus(screen.getByRole('button'));
    expect(await screen.findByText('经复核存在失信记录')).toBeInTheDocument();
  });

  it('renders the element alone when there is no title', () => {
    const { container } = render(
      <HoverTooltip title={undefined}>
        <span>—</span>
      </HoverTooltip>,
    );
    fireEvent.mouseEnter(screen.getByText('—'));
    expect(container.innerHTML).toBe('<span>—</span>');
    expect(document.querySelector('.ant-tooltip')).toBeNull();
  });
});
