import { AsyncLocalStorage } from 'node:async_hooks';

/** What is known about the request being served, for code far from the handler. */
interface RequestContext {
  /** The client's address: the audit log's "from where". */
  clientIp: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInRequestContext(context: RequestContext, next: () => void) {
  storage.run(context, next);
}

/** The client address of the request being served; null outside a request (jobs, tests, the demo seed). */
export function currentClientIp(): string | null {
  return storage.getStore()?.clientIp ?? null;
}
