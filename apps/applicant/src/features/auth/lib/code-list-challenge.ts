import type { CodeListChallenge } from '../api/start-code-list-login';

/** The code-list challenge travels to the code page in navigation state, like the SMS challenge. */
export function codeListChallengeFromState(state: unknown): CodeListChallenge | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  if (!('challengeId' in state) || typeof state.challengeId !== 'string') return undefined;
  if (!('codeNumber' in state) || typeof state.codeNumber !== 'number') return undefined;
  return { challengeId: state.challengeId, codeNumber: state.codeNumber };
}

export const loginCodeListPath = '/logga-in/kodlista';
