import { render } from '@testing-library/react';
import { Typography } from 'antd';
import { PlainText } from './PlainText';

const markup = (node: React.ReactElement) => render(node).container.firstElementChild;

describe('PlainText', () => {
  it("renders the same element and classes as Typography.Text, so it looks the same", () => {
    const plain = markup(<PlainText tone="secondary"> / 100.00</PlainText>);
    const antd = markup(<Typography.Text type="secondary"> / 100.00</Typography.Text>);
    expect(plain?.tagName).toBe(antd?.tagName);
    for (const name of ['ant-typography', 'ant-typography-secondary']) {
      expect(antd?.classList.contains(name)).toBe(true);
      expect(plain?.classList.contains(name)).toBe(true);
    }
  });

  it('wraps a strong figure in <strong> and passes data attributes through', () => {
    const plain = markup(
      <PlainText strong tone="danger" data-points-change="-7">
        -7
      </PlainText>,
    );
    expect(plain?.querySelector('strong')?.textContent).toBe('-7');
    expect(plain?.getAttribute('data-points-change')).toBe('-7');
    expect(plain?.className).toBe('ant-typography ant-typography-danger');
  });

  it('keeps its tone when a wrapper adds a class of its own', () => {
    const plain = markup(
      <PlainText tone="success" className="ant-tooltip-open">
        ↑ 2
      </PlainText>,
    );
    expect(plain?.className).toBe('ant-typography ant-typography-success ant-tooltip-open');
  });
});
