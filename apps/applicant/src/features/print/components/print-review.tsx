import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { validateForm, visibleAnswers } from '@ebistans/schema';
import { AnswerSections, ErrorSummary, SummaryList, isProblem, problemMessage, useDocumentTitle } from '@ebistans/ui';
import type { Municipality } from '../api/list-municipalities';
import { usePrintApplication } from '../api/print-application';
import { usePrintAnswers } from '../hooks/use-print-session';
import { usePrintNavigation } from '../hooks/use-print-navigation';
import { printForm, printStartPath, printStepPath } from '../lib/print-form';
import { askedSteps } from '../lib/print-steps';
import { saveFile } from '../lib/save-file';
import { NothingStored } from './nothing-stored';

const fileName = 'ansokan-ekonomiskt-bistand.pdf';

/** Every answer with a way back to change it, and the button that makes the PDF to print, sign and post. */
export function PrintReview({ municipalities }: { municipalities: Municipality[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { municipality, answers, clear } = usePrintAnswers();
  const print = usePrintApplication();
  const [downloads, setDownloads] = useState(0);
  const steps = askedSteps(answers);
  const total = steps.length + 1;
  const title = t('print.review.title');
  useDocumentTitle(t('print.stepTitle', { current: total, total, title }));
  const municipalityName = municipalities.find((candidate) => candidate.slug === municipality)?.name;

  const { showIssues } = usePrintNavigation();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (print.isPending) return;
    if (!municipalityName) {
      void navigate(printStartPath);
      return;
    }
    const data = visibleAnswers(printForm, answers);
    // Rules that span steps can only be checked on the whole form.
    if (showIssues(validateForm(printForm, data))) return;
    print.mutate(
      { municipality, formId: printForm.id, formVersion: printForm.version, data },
      {
        onSuccess: (pdf) => {
          saveFile(pdf, fileName);
          setDownloads((count) => count + 1);
        },
        onError: (error) => {
          if (isProblem(error, 'invalid-form')) showIssues(error.problem.errors ?? []);
        },
      },
    );
  }

  const lastStep = steps.at(-1);
  return (
    <>
      {print.error ? <ErrorSummary errors={[{ message: problemMessage(print.error, t) }]} /> : null}
      <p className="caption">{t('print.caption')}</p>
      <p className="caption">{t('print.progress', { current: total, total })}</p>
      <h1>{title}</h1>
      <p className="lead">{t('print.review.intro')}</p>
      <SummaryList
        rows={[
          {
            term: t('print.municipality'),
            value: (
              <>
                {municipalityName ?? t('print.review.noMunicipality')}{' '}
                <Link to={printStartPath}>
                  {t('print.review.change')}
                  <span className="visually-hidden"> {t('print.municipality')}</span>
                </Link>
              </>
            ),
          },
        ]}
      />
      <AnswerSections
        form={printForm}
        data={answers}
        headingLevel={2}
        stepAction={(section) => (
          <Link to={printStepPath(section.stepId)}>
            {t('print.review.change')}
            <span className="visually-hidden"> {section.title}</span>
          </Link>
        )}
      />
      <h2>{t('print.review.nextTitle')}</h2>
      <ol>
        <li>{t('print.review.next1')}</li>
        <li>{t('print.review.next2')}</li>
        <li>{t('print.review.next3', { municipality: municipalityName ?? '' })}</li>
      </ol>
      <NothingStored />
      <form noValidate onSubmit={handleSubmit}>
        <div className="button-group">
          <button type="submit" className="button">
            {print.isPending ? t('print.review.downloading') : t('print.review.download')}
          </button>
          {lastStep ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void navigate(printStepPath(lastStep.id))}
            >
              {t('print.back')}
            </button>
          ) : null}
        </div>
        <p role="status">{downloads > 0 ? t('print.review.downloaded') : ''}</p>
      </form>
      <h2>{t('print.review.clearTitle')}</h2>
      <p>{t('print.review.clearText')}</p>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            clear();
            void navigate(printStartPath);
          }}
        >
          {t('print.review.clear')}
        </button>
      </p>
    </>
  );
}
