import { loginPath, safeReturnPath } from './loginPath';

describe('loginPath', () => {
  it('carries the return path and the expiry flag', () => {
    expect(loginPath('/review?state=SUBMITTED', true)).toBe('/login?redirect=%2Freview%3Fstate%3DSUBMITTED&expired=1');
    expect(loginPath('/')).toBe('/login');
  });

  it('follows only paths inside the console', () => {
    expect(safeReturnPath('/units')).toBe('/units');
    expect(safeReturnPath('//evil.example')).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});
