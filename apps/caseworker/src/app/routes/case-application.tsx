import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { getForm } from '@ebistans/schema';
import { CaseFiles } from '../../features/attachments/components/case-files';
import { AnswerEditsNotice } from '../../features/case-edits/components/answer-edits-notice';
import { EditAnswersForm } from '../../features/case-edits/components/edit-answers-form';
import { ApplicationAnswers } from '../../features/case-view/components/application-answers';
import type { StaffCase } from '../../features/case-view/api/get-staff-case';

/** A case that has ended keeps the answers it was decided on. */
const ENDED = new Set<StaffCase['status']>(['closed', 'withdrawn']);

/** A handed-over case is read-only here too: the case management system holds it now. */
const editable = (item: StaffCase) => !ENDED.has(item.status) && item.handedOverAt === null;

export function CaseApplicationRoute() {
  const { t } = useTranslation();
  const item = useOutletContext<StaffCase>();
  const form = getForm(item.formId, item.formVersion);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const stopEditing = (done: boolean) => {
    setEditing(false);
    setSaved(done);
    // The editor is gone; the tab's heading is where the caseworker continues.
    requestAnimationFrame(() => heading.current?.focus());
  };
  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t('caseView.tab.application')}
      </h2>
      <div role="status">{saved ? <p>{t('caseEdits.saved')}</p> : null}</div>
      {form ? <AnswerEditsNotice caseId={item.id} form={form} /> : null}
      {form && editing && editable(item) ? (
        <EditAnswersForm
          form={form}
          item={{
            id: item.id,
            data: item.data,
            submittedAt: item.submittedAt,
            applicantPersonnummer: item.applicant.personnummer,
          }}
          onSaved={() => stopEditing(true)}
          onCancel={() => stopEditing(false)}
        />
      ) : (
        <>
          {form && editable(item) ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('caseEdits.edit')}
            </button>
          ) : null}
          <ApplicationAnswers item={item} />
          <h3>{t('files.heading')}</h3>
          <CaseFiles caseId={item.id} />
        </>
      )}
    </>
  );
}
