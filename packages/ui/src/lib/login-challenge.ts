/** What the first login step answers and the one-time code step needs. */
export interface LoginChallenge {
  challengeId: string;
  maskedDestination: string;
}

/**
 * The challenge travels from the password page to the code page in navigation state, which is gone
 * after a reload or when the page is opened directly; the code page then sends the user back to start.
 */
export function challengeFromState(state: unknown): LoginChallenge | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  if (!('challengeId' in state) || typeof state.challengeId !== 'string') return undefined;
  if (!('maskedDestination' in state) || typeof state.maskedDestination !== 'string') return undefined;
  return { challengeId: state.challengeId, maskedDestination: state.maskedDestination };
}

/** What the one-time code step sends to verify the login. */
export interface VerifyLoginInput {
  challengeId: string;
  code: string;
}
