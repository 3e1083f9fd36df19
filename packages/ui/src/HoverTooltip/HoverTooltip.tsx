import { Tooltip, type TooltipProps } from 'antd';
import { cloneElement, useState, type FocusEvent, type MouseEvent, type ReactElement } from 'react';

type Trigger = { onMouseEnter?: (event: MouseEvent) => void; onFocus?: (event: FocusEvent) => void };

export interface HoverTooltipProps {
  title: TooltipProps['title'];
  /** one element that accepts onMouseEnter/onFocus (a Tag, Typography.Text, span …) */
  children: ReactElement<Trigger>;
}

/**
 * A Tooltip that exists only once the pointer or focus reaches its element. Tables of ranked units
 * carry two or three hover hints per row; a mounted antd Tooltip per cell made every re-render of a
 * page of rows (sort, page, search) pay for dozens of popup triggers nobody had hovered.
 */
export function HoverTooltip({ title, children }: HoverTooltipProps) {
  const [armed, setArmed] = useState(false);
  if (title == null || title === '') return children;
  if (armed) {
    return (
      <Tooltip title={title} defaultOpen>
        {children}
      </Tooltip>
    );
  }
  const { onMouseEnter, onFocus } = children.props;
  return cloneElement(children, {
    onMouseEnter: (event: MouseEvent) => {
      onMouseEnter?.(event);
      setArmed(true);
    },
    onFocus: (event: FocusEvent) => {
      onFocus?.(event);
      setArmed(true);
    },
  });
}
