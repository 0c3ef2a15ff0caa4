import { isFromThisMachine } from './loopback-only.guard';

const request = (remoteAddress: string | undefined, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress }, headers }) as unknown as Parameters<typeof isFromThisMachine>[0];

describe('isFromThisMachine', () => {
  it.each(['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1'])('accepts %s', (address) => {
    expect(isFromThisMachine(request(address))).toBe(true);
  });

  it.each(['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', 'fe80::1', '', undefined])('refuses %s', (address) => {
    expect(isFromThisMachine(request(address))).toBe(false);
  });

  it('refuses what a proxy on this machine forwarded', () => {
    expect(isFromThisMachine(request('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }))).toBe(false);
    expect(isFromThisMachine(request('::1', { forwarded: 'for=203.0.113.9' }))).toBe(false);
  });
});
