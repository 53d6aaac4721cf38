/** The API's limit on one message (`messageBody` in apps/api), counted after trimming as the API does. */
export const MESSAGE_MAX_LENGTH = 10_000;

export type MessageIssue = 'empty' | 'tooLong';

export function messageIssue(text: string): MessageIssue | undefined {
  const length = text.trim().length;
  if (length === 0) return 'empty';
  if (length > MESSAGE_MAX_LENGTH) return 'tooLong';
  return undefined;
}
