import { setupServer } from 'msw/node';
import type { RequestHandler } from 'msw';
import { afterAll, afterEach, beforeEach } from 'vitest';

// The app calls the API by path ('/api/…') as a browser does; Node's Request needs a whole URL, so paths
// are resolved against the page's address like the browser would.
const NodeRequest = globalThis.Request;
globalThis.Request = class SameOriginRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, location.href) : input, init);
  }
};

// Listening as soon as this file is imported: the app's API client keeps the `fetch` it finds when it is
// created, so a test file imports this before anything that uses the client.
const server = setupServer();
server.listen({ onUnhandledRequest: 'error' });
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/**
 * An API stand-in (MSW) for the file's tests: these handlers for every test, `use` for one test's own.
 * A request without a handler fails the test.
 */
export function mockApi(...handlers: RequestHandler[]) {
  beforeEach(() => server.use(...handlers));
  return server;
}
