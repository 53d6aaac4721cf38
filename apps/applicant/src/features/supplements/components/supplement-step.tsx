import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { validateForm, visibleAnswers, type FormData, type StepDefinition } from '@ebistans/schema';
import { AnswerSections, FormStep, isProblem, problemMessage, useDocumentTitle, useLanguage } from '@ebistans/ui';
import type { SupplementRequest } from '../api/list-supplements';
import { useSendSupplement } from '../api/send-supplement';
import { useSupplementAnswers } from '../hooks/use-supplement-answers';
import { useSupplementNavigation } from '../hooks/use-supplement-navigation';
import { kompletteringForm as form, supplementStepPath } from '../lib/supplement-form';
import { RequestDetails } from './request-details';

interface SupplementStepProps {
  caseId: string;
  caseNumber: string;
  step: StepDefinition;
  /** The caseworker's request being answered, if any. */
  request: SupplementRequest | undefined;
  /** On the last step, before sending: a way to add receipts to the case (from the receipts feature). */
  receipts?: ReactNode;
  onSent: () => void;
}

/**
 * One step of the `komplettering` form as its own page. The last step shows what will be sent above the
 * declaration, and its button sends the supplement to the case.
 */
export function SupplementStep({ caseId, caseNumber, step, request, receipts, onSent }: SupplementStepProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { answers, save, clear } = useSupplementAnswers(caseId, {
    reason: request ? 'requested' : 'own_initiative',
  });
  const send = useSendSupplement(caseId);
  const navigation = useSupplementNavigation(caseId, request?.id);
  const position = navigation.position(step.id, answers);
  const isFirst = position.previous === undefined;
  const isLast = position.next === undefined;
  const progress = { current: position.number, total: position.total };
  useDocumentTitle(t('supplements.stepTitle', { ...progress, title: step.title[language] }));

  function sendSupplement(data: FormData) {
    if (send.isPending) return;
    const payload = visibleAnswers(form, data);
    // Problems the whole form has (a rule across steps, or the API's check) are shown on their own step.
    if (navigation.showIssues(validateForm(form, payload))) return;
    send.mutate(
      { formVersion: form.version, data: payload, requestId: request?.id },
      {
        onSuccess: () => {
          clear();
          onSent();
        },
        onError: (error) => {
          if (isProblem(error, 'invalid-form')) navigation.showIssues(error.problem.errors ?? []);
        },
      },
    );
  }

  function goNext(data: FormData) {
    save(data);
    if (isLast) sendSupplement(data);
    else navigation.goNext(step.id, data);
  }

  function goBack(data: FormData) {
    save(data);
    navigation.goBack(step.id, data);
  }

  const sendError = send.error && !isProblem(send.error, 'invalid-form') ? problemMessage(send.error, t) : undefined;
  const index = form.steps.indexOf(step);
  const earlierSteps = { ...form, steps: form.steps.slice(0, index) };
  return (
    <FormStep
      form={form}
      step={step}
      answers={answers}
      onNext={goNext}
      onBack={goBack}
      nextLabel={isLast ? (send.isPending ? t('supplements.sending') : t('supplements.submit')) : t('supplements.next')}
      backLabel={t('supplements.back')}
      otherErrors={sendError ? [{ message: sendError }] : []}
      progress={
        <>
          <p className="caption">{t('supplements.caseCaption', { caseNumber })}</p>
          <p className="caption">{t('supplements.progress', progress)}</p>
        </>
      }
    >
      {isFirst ? (
        <>
          {request ? (
            <section className="notice notice--action" aria-labelledby="asked-title">
              <h2 id="asked-title">{t('supplements.askedTitle')}</h2>
              <RequestDetails request={request} />
            </section>
          ) : null}
          {step.intro ? <p className="lead">{step.intro[language]}</p> : null}
        </>
      ) : null}
      {isLast ? (
        <>
          <section aria-labelledby="sending-title">
            <h2 id="sending-title">{t('supplements.summaryTitle')}</h2>
            <AnswerSections
              form={earlierSteps}
              data={answers}
              headingLevel={3}
              stepAction={(section) => (
                <Link to={supplementStepPath(caseId, section.stepId, request?.id)}>
                  {t('supplements.change')}
                  <span className="visually-hidden"> {section.title}</span>
                </Link>
              )}
            />
          </section>
          {receipts}
          <h2>{t('supplements.confirmTitle')}</h2>
        </>
      ) : null}
    </FormStep>
  );
}
