import { useTranslation } from 'react-i18next';
import type { MyCase } from '../api/get-my-case';
import { useMyDecision } from '../api/get-my-decision';
import { casePdfUrl } from '../lib/case-pdf';
import { CaseDecision } from './case-decision';
import { CaseFacts } from './case-facts';

/** The case's facts and, once made, its decision, with the application as a PDF to keep. */
export function CaseDetails({ item }: { item: MyCase }) {
  const { t } = useTranslation();
  const decision = useMyDecision(item.id).data?.decision;
  return (
    <>
      <CaseFacts item={item} withPeriod />
      <p>
        {/* `download` saves the file rather than leaving the service in a PDF viewer on a phone. */}
        <a href={casePdfUrl(item.id)} download>
          {t('cases.pdf')}
        </a>
      </p>
      {decision ? <CaseDecision caseId={item.id} decision={decision} /> : null}
    </>
  );
}
