import type { IncomingMessage } from 'node:http';
import { requestId } from './logging';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('request ids', () => {
  it('keeps a caller-supplied id that looks like one', () => {
    expect(requestId(request({ 'x-request-id': 'edge-7f3a9c21' }))).toBe('edge-7f3a9c21');
  });

  it.each(['short', 'has spaces in it', 'x'.repeat(200), 'inject\nnewline'])('replaces %j with a fresh uuid', (given) => {
    expect(requestId(request({ 'x-request-id': given }))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
