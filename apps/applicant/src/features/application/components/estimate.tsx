import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { estimateEntitlement, formatKronor, formatMonth, type FormData } from '@ebistans/schema';
import { useLanguage } from '@ebistans/ui';
import { applicationForm } from '../lib/application-form';

/**
 * A non-binding estimate of the month's assistance from the answers, by the riksnorm calculator, with
 * each line explained. Shown only when the answers say enough to compute it; the decision is the
 * caseworker's, which the heading and the text say before any number.
 */
export function Estimate({ answers }: { answers: FormData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const result = useMemo(() => estimateEntitlement(applicationForm, answers), [answers]);
  if (!result) return null;
  const period = formatMonth(result.period, language);
  return (
    <section className="estimate" aria-labelledby="estimate-title">
      <h2 id="estimate-title">{t('application.estimate.title')}</h2>
      <p>{t('application.estimate.intro', { period })}</p>
      <div className="table-scroll">
        <table className="table estimate__table">
          <caption className="visually-hidden">{t('application.estimate.caption', { period })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('application.estimate.line')}</th>
              <th scope="col" className="estimate__amount">
                {t('application.estimate.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.lines.map((line, index) => (
              <tr key={`${line.code}-${index}`}>
                <td>{line.label}</td>
                <td className="estimate__amount">{formatKronor(line.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('application.estimate.total')}</th>
              <td className="estimate__amount">{formatKronor(result.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="estimate__result">
        {result.amount > 0
          ? t('application.estimate.result', { amount: formatKronor(result.amount) })
          : t('application.estimate.noAmount')}
      </p>
      <p className="caption">
        {result.table.status === 'derived'
          ? t('application.estimate.derivedTable', { year: result.table.year })
          : t('application.estimate.explained')}
      </p>
    </section>
  );
}
