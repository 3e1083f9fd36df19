import type { HTMLAttributes, ReactNode } from 'react';

export type PlainTextTone = 'secondary' | 'success' | 'warning' | 'danger';

export interface PlainTextProps extends HTMLAttributes<HTMLSpanElement> {
  tone?: PlainTextTone;
  strong?: boolean;
  children?: ReactNode;
}

/**
 * The markup and classes of antd's `Typography.Text` for short figures in table cells, without its
 * component tree: every Typography.Text carries resize observers and ellipsis measuring, which a
 * page of ranked units (five figures per row) paid for on every sort, page and search. The console
 * and the portal load antd's prebuilt stylesheet (govtrustTheme), so these classes look the same.
 */
export function PlainText({ tone, strong, className, children, ...rest }: PlainTextProps) {
  // a Tooltip around it adds its own class (ant-tooltip-open): added to ours, never in place of them
  const classes = ['ant-typography', tone && `ant-typography-${tone}`, className].filter(Boolean).join(' ');
  return (
    <span className={classes} {...rest}>
      {strong ? <strong>{children}</strong> : children}
    </span>
  );
}
