import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { formatMonth } from '@ebistans/schema';
import { ErrorSummary, formatDateTime, isProblem, problemMessage, useDocumentTitle, useLanguage } from '@ebistans/ui';
import { useAnswers } from '../hooks/use-answers';
import { applicationForm, stepPath } from '../lib/application-form';
import { copiedSteps } from '../lib/copied-answers';
import { resumePath } from '../lib/step-navigation';
import { isDraftGoneState } from './draft-conflict';

const firstStepPath = stepPath(applicationForm.steps[0]?.id ?? '');

/** The applicant's latest monthly application, which "Börja från förra månaden" copies from. */
interface PreviousCase {
  period: string;
}

/** A draft to resume: when it was saved and what to do with it. */
function ResumeDraft() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { answers, savedAt, discard } = useAnswers();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const title = t('application.start.resumeTitle');
  useDocumentTitle(title);
  const period = typeof answers.period === 'string' ? answers.period : undefined;

  async function startOver() {
    setError(undefined);
    try {
      await discard();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      {error ? <ErrorSummary errors={[{ message: problemMessage(error, t) }]} /> : null}
      <h1>{title}</h1>
      <p className="lead">
        {period
          ? t('application.start.resumeForPeriod', { period: formatMonth(period, language) })
          : t('application.start.resumeIntro')}
      </p>
      {savedAt ? <p>{t('application.start.savedAt', { time: formatDateTime(savedAt, language) })}</p> : null}
      <div className="button-group">
        <Link to={resumePath(applicationForm, answers)} className="button">
          {t('application.start.resume')}
        </Link>
        {confirming ? null : (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t('application.start.startOver')}
          </button>
        )}
      </div>
      {confirming ? (
        <div className="notice notice--action">
          <h2>{t('application.start.confirmTitle')}</h2>
          <p>{t('application.start.confirmText')}</p>
          <div className="button-group">
            <button type="button" className="button" onClick={() => void startOver()}>
              {t('application.start.confirmYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('application.start.confirmNo')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}

/** After "Börja från förra månaden": which answers were copied, step by step, so the person checks them. */
function CopiedSummary() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { copied } = useAnswers();
  const title = t('application.copied.title');
  useDocumentTitle(title);
  if (!copied) return null;
  const steps = copiedSteps(applicationForm, copied.names, language);
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">
        {t('application.copied.intro', {
          period: formatMonth(copied.sourceCase.period, language),
          caseNumber: copied.sourceCase.caseNumber,
        })}
      </p>
      {steps.length > 0 ? (
        <>
          <h2>{t('application.copied.listTitle')}</h2>
          <ul className="copied-list">
            {steps.map((step) => (
              <li key={step.stepId}>
                <strong>{step.title}</strong>
                <ul>
                  {step.questions.map((question) => (
                    <li key={question}>{question}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('application.copied.nothing')}</p>
      )}
      <p>{t('application.copied.check')}</p>
      <p>
        <Link to={firstStepPath} className="button">
          {t('application.copied.continue')}
        </Link>
      </p>
    </>
  );
}

/** No draft yet: start from last month's application or with an empty one. */
function ChooseStart({ previousCase }: { previousCase: PreviousCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { startFromLastCase, reload } = useAnswers();
  const [error, setError] = useState<unknown>();
  const [starting, setStarting] = useState(false);
  const title = t('application.start.title');
  useDocumentTitle(title);

  async function fromLastMonth() {
    if (starting) return;
    setStarting(true);
    setError(undefined);
    try {
      await startFromLastCase();
    } catch (caught) {
      // Started on another device meanwhile: that draft is the one to continue.
      if (isProblem(caught, 'draft-exists')) await reload().catch(setError);
      else setError(caught);
    } finally {
      setStarting(false);
    }
  }

  return (
    <>
      {error ? <ErrorSummary errors={[{ message: problemMessage(error, t) }]} /> : null}
      <h1>{title}</h1>
      <div className="panel">
        <h2>{t('application.start.fromLastMonthTitle')}</h2>
        <p>{t('application.start.fromLastMonthText', { period: formatMonth(previousCase.period, language) })}</p>
        <button type="button" className="button" onClick={() => void fromLastMonth()}>
          {starting ? t('application.start.starting') : t('application.start.fromLastMonth')}
        </button>
      </div>
      <p>
        <Link to={firstStepPath}>{t('application.start.empty')}</Link>
      </p>
    </>
  );
}

/**
 * Where an application starts: resume the draft ("Fortsätt där du slutade", also on another device),
 * or start from last month's application, or straight at the first step when there is neither.
 */
export function ApplicationStart({ previousCase }: { previousCase: PreviousCase | undefined }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { revision, pending, copied } = useAnswers();
  const gone = isDraftGoneState(location.state) ? <p className="notice">{t('application.start.draftGone')}</p> : null;
  if (copied && copied.revision === revision && !pending) return <CopiedSummary />;
  if (revision !== undefined || pending) return <ResumeDraft />;
  if (previousCase) {
    return (
      <>
        {gone}
        <ChooseStart previousCase={previousCase} />
      </>
    );
  }
  if (gone) {
    return (
      <>
        {gone}
        <ChooseEmpty />
      </>
    );
  }
  return <Navigate to={firstStepPath} replace />;
}

function ChooseEmpty() {
  const { t } = useTranslation();
  const title = t('application.start.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to={firstStepPath} className="button">
          {t('application.start.begin')}
        </Link>
      </p>
    </>
  );
}
