import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '@ebistans/schema';
import { AnswerSections, formatDateTime, problemMessage, useLanguage } from '@ebistans/ui';
import { useAnswerEdits } from '../api/answer-edits';

/**
 * "Ändrad av handläggare": shown above the answers once a caseworker has changed them, with who changed
 * what and why, and the answers as the applicant sent them behind a disclosure.
 */
export function AnswerEditsNotice({ caseId, form }: { caseId: string; form: FormDefinition }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const edits = useAnswerEdits(caseId);
  if (edits.error) return <p role="alert">{problemMessage(edits.error, t)}</p>;
  const originalData = edits.data?.originalData;
  if (!edits.data || !originalData) return null;
  const none = t('caseEdits.noAnswer');
  return (
    <section className="notice" aria-labelledby="answers-edited-heading">
      <h3 id="answers-edited-heading">{t('caseEdits.editedHeading')}</h3>
      <p>{t('caseEdits.editedIntro')}</p>
      <ol className="history">
        {edits.data.edits.map((edit) => (
          <li key={edit.id}>
            <p>
              <strong>{edit.by.name}</strong>, <time dateTime={edit.at}>{formatDateTime(edit.at, language)}</time>
            </p>
            <p>{t('caseEdits.reasonGiven', { reason: edit.reason })}</p>
            <ul>
              {edit.changes.map((change) => (
                <li key={change.path}>
                  {t('caseEdits.change', {
                    label: change.label,
                    before: change.before ?? none,
                    after: change.after ?? none,
                  })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <details>
        <summary>{t('caseEdits.showOriginal')}</summary>
        <AnswerSections form={form} data={originalData} headingLevel={3} />
      </details>
    </section>
  );
}
