/**
 * Polls `check` every 100 ms until it returns a value, for what happens after a request returns (jobs,
 * e-mail, SMS). Generous by default: a passing test returns at once, and a loaded machine is slow.
 */
export async function waitFor<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
