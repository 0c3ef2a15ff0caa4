import { TestEnvironment } from 'jest-environment-jsdom';

/**
 * jsdom without the Fetch API and text encoders that browsers have: React Router's data routers build a
 * Request on every navigation and encode URLs with TextEncoder. This module runs in Node's realm, so it hands
 * Node's own classes to the test window. `fetch` itself stays absent: tests stub it, and none reaches the network.
 */
export default class WebTestEnvironment extends TestEnvironment {
  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    Object.assign(this.global, { Request, Response, Headers, TextEncoder, TextDecoder });
  }
}
