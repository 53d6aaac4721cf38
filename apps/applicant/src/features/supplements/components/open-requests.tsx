import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SupplementRequest } from '../api/list-supplements';
import { kompletteringForm, supplementStepPath } from '../lib/supplement-form';
import { RequestDetails } from './request-details';

/** Each request the applicant has yet to answer, at the top of the case page, with the way to answer it. */
export function OpenRequests({ caseId, requests }: { caseId: string; requests: readonly SupplementRequest[] }) {
  const { t } = useTranslation();
  const firstStep = kompletteringForm.steps[0]?.id ?? '';
  return requests.map((request) => (
    <section key={request.id} className="notice notice--action" aria-labelledby={`request-${request.id}`}>
      <h2 id={`request-${request.id}`}>{t('supplements.requestTitle')}</h2>
      <RequestDetails request={request} />
      {request.receiptCategories.length > 0 ? <p>{t('supplements.uploadWithSupplement')}</p> : null}
      <p>
        <Link to={supplementStepPath(caseId, firstStep, request.id)} className="button">
          {t('supplements.send')}
        </Link>
      </p>
    </section>
  ));
}
