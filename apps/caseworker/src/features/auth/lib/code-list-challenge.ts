/** The code-list login step's address, next to the SMS code step's. */
export const loginCodeListPath = '/logga-in/kodlista';

interface CodeListChallenge {
  challengeId: string;
  codeNumber: number;
}

/** The code-list challenge travels to its page in navigation state, like the SMS challenge. */
export function codeListChallengeFromState(state: unknown): CodeListChallenge | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  if (!('challengeId' in state) || typeof state.challengeId !== 'string') return undefined;
  if (!('codeNumber' in state) || typeof state.codeNumber !== 'number') return undefined;
  return { challengeId: state.challengeId, codeNumber: state.codeNumber };
}
