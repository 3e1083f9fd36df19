import { fieldErrorsOf } from './fieldErrors';

describe('fieldErrorsOf', () => {
  it('puts each server problem on the form field it names', () => {
    const error = {
      errors: [
        {
          message: '校验位错误',
          extensions: {
            code: 'VALIDATION_FAILED',
            details: {
              fields: [
                { field: 'uscc', message: '校验位错误：第18位应为“9”，实际为“1”' },
                { field: 'input.code', message: '单位编码须为2–64位字母、数字、下划线或连字符' },
                { field: 'input.other', message: '不相关' },
              ],
            },
          },
        },
      ],
    };
    expect(fieldErrorsOf(error, ['code', 'name', 'uscc'])).toEqual([
      { name: 'uscc', errors: ['校验位错误：第18位应为“9”，实际为“1”'] },
      { name: 'code', errors: ['单位编码须为2–64位字母、数字、下划线或连字符'] },
    ]);
  });

  it('finds nothing in errors without field details', () => {
    expect(fieldErrorsOf(new Error('x'), ['code'])).toEqual([]);
    expect(fieldErrorsOf({ errors: [{ message: 'x', extensions: { code: 'CONFLICT' } }] }, ['code'])).toEqual([]);
  });
});
