import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatIdentityNumber, type FieldIssue, type FormData } from '@ebistans/schema';
import {
  FormStep,
  askedSteps,
  firstStepWithIssue,
  isProblem,
  stepPosition,
  useDocumentTitle,
  useLanguage,
  type IssuesState,
} from '@ebistans/ui';
import type { ManualCaseApplicant } from '../api/find-applicant';
import { useRegisterManualCase } from '../api/register-manual-case';
import { applicationForm } from '../lib/application-forms';
import { ApplicantLookup } from './applicant-lookup';
import { ManualCaseReview } from './manual-case-review';
import { ManualCaseSetupForm, type ManualCaseSetup } from './manual-case-setup';

type Phase = { kind: 'start' } | { kind: 'step'; stepId: string } | { kind: 'review' };

/** Moves focus to the new page's heading, as a page change does, so a screen reader starts there. */
function useFocusHeading(key: string) {
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [key]);
}

/**
 * Registering a case that came on paper or by phone: the applicant, the form and channel, then the same
 * form the applicant fills in, step by step with the same checks, then a review with the scanned paper.
 */
export function ManualCaseWizard() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const register = useRegisterManualCase();
  const [applicant, setApplicant] = useState<ManualCaseApplicant>();
  const [setup, setSetup] = useState<ManualCaseSetup>();
  const [answers, setAnswers] = useState<FormData>({});
  const [phase, setPhase] = useState<Phase>({ kind: 'start' });
  const form = setup ? applicationForm(setup.formId) : undefined;
  useFocusHeading(phase.kind === 'step' ? phase.stepId : phase.kind);
  const startTitle = t('manualCases.title');
  useDocumentTitle(phase.kind === 'review' ? t('manualCases.review.heading') : startTitle);

  /** To a step or page; problems found when registering stay only on the step shown with them. */
  function go(next: Phase, issues?: FieldIssue[]) {
    const state: IssuesState | null = issues ? { issues } : null;
    void navigate('.', { replace: true, state });
    setPhase(next);
  }

  if (phase.kind === 'start' || !applicant || !setup || !form) {
    return (
      <>
        <h1>{startTitle}</h1>
        <p>{t('manualCases.intro')}</p>
        {applicant ? (
          <ManualCaseSetupForm
            applicant={applicant}
            initial={setup ?? {}}
            onChangeApplicant={() => setApplicant(undefined)}
            onContinue={(chosen) => {
              if (chosen.formId !== setup?.formId) setAnswers({});
              setSetup(chosen);
              const first = applicationForm(chosen.formId)?.steps[0];
              if (first) go({ kind: 'step', stepId: first.id });
            }}
          />
        ) : (
          <ApplicantLookup onFound={setApplicant} />
        )}
      </>
    );
  }

  const channelText = t(`manualCases.channel.${setup.channel}`);
  if (phase.kind === 'review') {
    return (
      <ManualCaseReview
        form={form}
        answers={answers}
        channelText={channelText}
        pending={register.isPending}
        error={register.error}
        registered={register.data?.scanError ? register.data : undefined}
        onEditStep={(stepId) => go({ kind: 'step', stepId })}
        onRegister={(scans) =>
          register.mutate(
            {
              applicantId: applicant.id,
              formId: form.id,
              formVersion: form.version,
              channel: setup.channel,
              data: answers,
              scans,
            },
            {
              onSuccess: (created) => {
                if (!created.scanError) void navigate(`/arenden/${created.id}/handlingar`);
              },
              onError: (error) => {
                // The API checks the answers as on submit; its problems are shown at their questions.
                const issues = isProblem(error, 'invalid-form') ? (error.problem.errors ?? []) : [];
                const step = firstStepWithIssue(form, issues);
                if (step) go({ kind: 'step', stepId: step.id }, issues);
              },
            },
          )
        }
      />
    );
  }

  const step = form.steps.find((candidate) => candidate.id === phase.stepId) ?? askedSteps(form, answers)[0]!;
  const position = stepPosition(form, step.id, answers, 1);
  return (
    <FormStep
      key={step.id}
      form={form}
      step={step}
      answers={answers}
      onNext={(data) => {
        setAnswers(data);
        const { next } = stepPosition(form, step.id, data);
        go(next ? { kind: 'step', stepId: next.id } : { kind: 'review' });
      }}
      onBack={(data) => {
        setAnswers(data);
        const { previous } = stepPosition(form, step.id, data);
        go(previous ? { kind: 'step', stepId: previous.id } : { kind: 'start' });
      }}
      nextLabel={t('manualCases.step.next')}
      backLabel={t('manualCases.step.back')}
      progress={
        <>
          <p className="caption">
            {t('manualCases.step.caption', {
              name: applicant.name,
              personnummer: formatIdentityNumber(applicant.personnummer),
              form: form.title[language],
            })}
          </p>
          <p className="caption">
            {t('manualCases.step.progress', { current: position.number, total: position.total })}
          </p>
        </>
      }
    >
      {step.intro ? <p className="lead">{step.intro[language]}</p> : null}
    </FormStep>
  );
}
