import type { TFunction } from 'i18next';
import { isProblem, problemMessage } from '@ebistans/ui';

/** Why one file was refused, in plain language, so the person knows what to do with it. */
export function uploadErrorText(error: unknown, t: TFunction): string {
  if (isProblem(error, 'file-too-large')) return t('receipts.refused.tooLarge');
  if (isProblem(error, 'unsupported-file-type', 'unsupported-media-type')) return t('receipts.refused.type');
  if (isProblem(error, 'invalid-file-name')) return t('receipts.refused.name');
  if (isProblem(error, 'too-many-files')) return t('receipts.refused.tooMany');
  if (isProblem(error, 'not-found')) return t('receipts.refused.noDraft');
  return problemMessage(error, t);
}
