import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('blocks an address after the limit within the window and forgets old failures', () => {
    const throttle = new LoginThrottle(3, 60_000);
    const t0 = 1_000_000;
    throttle.recordFailure('1.2.3.4', t0);
    throttle.recordFailure('1.2.3.4', t0 + 10_000);
    expect(throttle.blockedUntil('1.2.3.4', t0 + 20_000)).toBeNull();
    throttle.recordFailure('1.2.3.4', t0 + 20_000);
    expect(throttle.blockedUntil('1.2.3.4', t0 + 30_000)?.getTime()).toBe(t0 + 60_000);
    expect(throttle.blockedUntil('5.6.7.8', t0 + 30_000)).toBeNull();
    // the first failure has left the window: two remain, under the limit
    expect(throttle.blockedUntil('1.2.3.4', t0 + 60_001)).toBeNull();
  });
});
