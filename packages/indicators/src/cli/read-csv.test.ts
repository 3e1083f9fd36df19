import { UserError } from './errors';
import { parseCsvText } from './read-csv';

describe('parseCsvText', () => {
  it('keeps every cell as text, formulas included', () => {
    expect(parseCsvText('\uFEFFa,b\r\n=1+1,"x,y"\r\n')).toEqual([
      ['a', 'b'],
      ['=1+1', 'x,y'],
    ]);
  });

  it('tolerates a quote inside an unquoted cell (丙县"示范")', () => {
    expect(parseCsvText('a,b\n丙县"示范",1\n')).toEqual([
      ['a', 'b'],
      ['丙县"示范"', '1'],
    ]);
  });

  it('reports an unclosed quote as a Chinese CSV error', () => {
    expect(() => parseCsvText('a,b\n"open,1\n')).toThrow(UserError);
    expect(() => parseCsvText('a,b\n"open,1\n')).toThrow(/^CSV 格式错误/);
  });
});
