import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('encodes a Chinese name as UTF-8 with an ASCII fallback', () => {
    expect(contentDisposition('会议纪要(1).pdf')).toBe(
      `attachment; filename="____(1).pdf"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81%281%29.pdf`,
    );
  });

  it('keeps quotes and backslashes out of the quoted fallback and supports inline', () => {
    const header = contentDisposition('a"b\\c\'d.png', true);
    expect(header.startsWith('inline; filename="a_b_c\'d.png"')).toBe(true);
    expect(header).toContain(`filename*=UTF-8''a%22b%5Cc%27d.png`);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('a"b\\c\'d.png');
  });
});
