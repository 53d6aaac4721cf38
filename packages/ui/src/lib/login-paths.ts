/** Both apps log in at the same addresses below their own base path. */
export const loginPath = '/logga-in';
export const loginCodePath = '/logga-in/engangskod';

/** The login pages' query parameter for the page to open after login, e.g. a case link from a notification. */
export const returnToParam = 'till';

/**
 * The page to open after login, when it is a path inside the app. Anything else (another site, `//host`)
 * is dropped: a crafted login link must not send the user away once they have logged in.
 */
export function safeReturnTo(value: string | null | undefined): string | undefined {
  return value && /^\/(?![/\\])[^\\\s]*$/.test(value) && !value.startsWith(loginPath) ? value : undefined;
}

/** The query string that carries the page to return to from one login page to the next. */
export function returnToSearch(returnTo: string | undefined): string {
  return returnTo && returnTo !== '/' ? `?${new URLSearchParams({ [returnToParam]: returnTo }).toString()}` : '';
}
