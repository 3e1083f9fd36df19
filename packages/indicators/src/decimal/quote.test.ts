import { quote } from './quote';

describe('quote', () => {
  it('wraps a plain label in Chinese quotation marks', () => {
    expect(quote('合规率')).toBe('“合规率”');
  });

  it('turns quotation marks inside the label into single ones', () => {
    expect(quote('“双公示”信息合规率')).toBe('“‘双公示’信息合规率”');
    expect(quote('“12345”热线“满意率”')).toBe('“‘12345’热线‘满意率’”');
  });
});
