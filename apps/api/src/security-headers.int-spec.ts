import { ProbeModule, startTestApp, TestApp } from '@ascend/platform/testing';

const APP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join(';');

describe('security headers', () => {
  describe('at a plain-HTTP address', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ imports: [ProbeModule] });
    });
    afterAll(() => t.close());

    it.each(['/health', '/no-such-page'])('are on %s', async (path) => {
      const { headers } = await fetch(`${t.url}${path}`);
      expect(headers.get('content-security-policy')).toBe(APP_POLICY);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.has('x-powered-by')).toBe(false);
    });

    it('are on GraphQL answers', async () => {
      const response = await t.graphql('{ probe }');
      expect(response.data).toEqual({ probe: 'ok' });
      expect(response.headers.get('content-security-policy')).toBe(APP_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('leave out HSTS and the upgrade of requests, which would lock browsers out of an HTTP address', async () => {
      const { headers } = await fetch(`${t.url}/health`);
      expect(headers.has('strict-transport-security')).toBe(false);
      expect(headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    });

    it('let the dev mail pages keep their own policy, which allows their inline style', async () => {
      const { headers } = await fetch(`${t.url}/dev/mail`);
      const policy = headers.get('content-security-policy');
      expect(policy).toContain("default-src 'none'");
      expect(policy).not.toContain("script-src 'self'");
    });
  });

  describe('at an HTTPS address', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ imports: [ProbeModule], env: { PUBLIC_URL: 'https://ascend.example' } });
    });
    afterAll(() => t.close());

    it('add HSTS for a year and upgrade any plain-HTTP request', async () => {
      const { headers } = await fetch(`${t.url}/health`);
      expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(headers.get('content-security-policy')).toBe(`${APP_POLICY};upgrade-insecure-requests`);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
    });
  });
});
