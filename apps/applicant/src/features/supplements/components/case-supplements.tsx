import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, useLanguage } from '@ebistans/ui';
import type { SentSupplement } from '../api/list-supplements';
import { kompletteringForm, supplementStepPath } from '../lib/supplement-form';

interface CaseSupplementsProps {
  caseId: string;
  supplements: readonly SentSupplement[];
  /** Whether the applicant may add something on their own: the case is open and nothing is asked for. */
  canAdd: boolean;
}

/** The supplements already sent, and a way to add one without being asked. */
export function CaseSupplements({ caseId, supplements, canAdd }: CaseSupplementsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (supplements.length === 0 && !canAdd) return null;
  const firstStep = kompletteringForm.steps[0]?.id ?? '';
  return (
    <section aria-labelledby="supplements-title">
      <h2 id="supplements-title">{t('supplements.title')}</h2>
      {supplements.length > 0 ? (
        <ul className="plain-list">
          {supplements.map((supplement) => (
            <li key={supplement.id}>
              {t('supplements.sentAt')}{' '}
              <time dateTime={supplement.submittedAt}>{formatDateTime(supplement.submittedAt, language)}</time>
              {typeof supplement.data.message === 'string' ? (
                <p className="message__body">{supplement.data.message}</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canAdd ? (
        <p>
          {t('supplements.addOwn')}{' '}
          <Link to={supplementStepPath(caseId, firstStep, undefined)}>{t('supplements.addOwnLink')}</Link>
        </p>
      ) : null}
    </section>
  );
}
