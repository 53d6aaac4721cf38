import { useTranslation } from 'react-i18next';
import { getForm } from '@ebistans/schema';
import { AnswerList, caseStatusText, formatDateTime, formatMonth, useLanguage } from '@ebistans/ui';
import type { MyCase } from '../api/get-my-case';

/** A submitted case: its facts, then the answers as the applicant gave them. */
export function CaseDetails({ item }: { item: MyCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = getForm(item.formId, item.formVersion);
  return (
    <>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('cases.caseNumber')}</dt>
          <dd>{item.caseNumber}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('cases.status')}</dt>
          <dd>{caseStatusText(item.status, t)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('cases.period')}</dt>
          <dd>{formatMonth(item.period, language)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('cases.submittedAt')}</dt>
          <dd>
            <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt, language)}</time>
          </dd>
        </div>
      </dl>
      <h2>{t('cases.answers')}</h2>
      {form ? <AnswerList form={form} data={item.data} headingLevel={3} /> : <p>{t('cases.formMissing')}</p>}
    </>
  );
}
