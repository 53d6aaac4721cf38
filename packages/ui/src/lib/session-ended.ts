/** Navigation state for the login page when the session ended for being idle, so the page can say so. */
export const sessionEndedState = { sessionEnded: true } as const;

export function isSessionEndedState(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'sessionEnded' in state && state.sessionEnded === true;
}
