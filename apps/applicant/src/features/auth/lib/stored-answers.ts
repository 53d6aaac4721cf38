// The features that keep unsent answers in this tab (the supplement's and the form to print) store them under these.
const unsentAnswerPrefixes = ['ebistans.supplement.', 'ebistans.print.'];

export function clearStoredAnswers(): void {
  sessionStorage.clear();
}

/** Everything in the tab's storage but the answers not sent yet. */
export function clearStoredAnswersExceptUnsent(): void {
  const keys = Array.from({ length: sessionStorage.length }, (_, index) => sessionStorage.key(index));
  for (const key of keys) {
    if (key !== null && !unsentAnswerPrefixes.some((prefix) => key.startsWith(prefix))) sessionStorage.removeItem(key);
  }
}
