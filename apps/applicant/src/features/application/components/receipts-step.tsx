import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading, askedSteps, useDocumentTitle } from '@ebistans/ui';
import { useAnswers } from '../hooks/use-answers';
import { applicationForm, reviewPath, stepPath } from '../lib/application-form';
import { finalPagePosition } from '../lib/step-navigation';
import { StepProgress } from './step-progress';

interface ReceiptsStepProps {
  /**
   * The checklist of the draft as saved at this revision: the receipts it asks for follow the saved
   * answers, and files can only be added to a draft that exists.
   */
  renderChecklist: (revision: number) => ReactNode;
}

/** The step after the form's own: the receipts the answers call for, between the last step and the review. */
export function ReceiptsStep({ renderChecklist }: ReceiptsStepProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { answers, revision, pending, problem, commit } = useAnswers();
  const position = finalPagePosition(applicationForm, 'receipts', answers);
  const title = t('application.receipts.title');
  useDocumentTitle(t('application.stepTitle', { current: position.number, total: position.total, title }));
  // Arriving here with nothing saved yet (the address typed in) creates the draft the files belong to.
  const unsaved = revision === undefined && !pending && problem === undefined;
  useEffect(() => {
    if (unsaved) void commit(answers);
  }, [unsaved, commit, answers]);

  const lastStep = askedSteps(applicationForm, answers).at(-1);
  const saved = revision !== undefined && !pending ? revision : undefined;
  return (
    <>
      <StepProgress current={position.number} total={position.total} />
      <h1>{title}</h1>
      <p className="lead">{t('application.receipts.intro')}</p>
      {saved === undefined ? <Loading /> : renderChecklist(saved)}
      <div className="button-group">
        <button type="button" className="button" onClick={() => void navigate(reviewPath)}>
          {t('application.next')}
        </button>
        {lastStep ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void navigate(stepPath(lastStep.id))}
          >
            {t('application.back')}
          </button>
        ) : null}
      </div>
    </>
  );
}
