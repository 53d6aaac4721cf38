import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isProblem, problemMessage } from '@ebistans/ui';
import { useDeleteCase, useHandOver } from '../api/case-removal';
import { ConfirmStep } from './confirm-step';

export interface RemovableCase {
  id: string;
  caseNumber: string;
  handedOverAt: string | null;
  isTest: boolean;
  deletable: boolean;
}

const ownProblems = ['case-handed-over', 'case-not-deletable', 'test-case'] as const;

/** The API's reasons in the caseworker's words; anything else as the shared problem texts say it. */
function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const own = ownProblems.find((slug) => isProblem(error, slug));
  return (
    <p role="alert" className="field-error">
      {own ? t(`caseRemoval.problem.${own}`) : problemMessage(error, t)}
    </p>
  );
}

/**
 * "Markera som övertagen" (with an undo) and "Ta bort ärende", each behind a confirm step. The API says
 * whether the case may be deleted now; a test case is never handed over.
 */
export function CaseRemovalActions({ item }: { item: RemovableCase }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="removal-heading">
      <h3 id="removal-heading">{t('caseRemoval.heading')}</h3>
      {item.isTest ? null : <HandOver item={item} />}
      <DeleteCase item={item} />
    </section>
  );
}

function HandOver({ item }: { item: RemovableCase }) {
  const { t } = useTranslation();
  const handOver = useHandOver(item.id);
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const done = handOver.isSuccess
    ? t(handOver.variables ? 'caseRemoval.handedOverDone' : 'caseRemoval.undoneDone')
    : undefined;
  return (
    <>
      {item.handedOverAt ? (
        <button type="button" className="button button--secondary" onClick={() => handOver.mutate(false)}>
          {t('caseRemoval.undoHandOver')}
        </button>
      ) : (
        <>
          <p className="field-hint">{t('caseRemoval.handOverHint')}</p>
          {confirming ? (
            <ConfirmStep
              id="hand-over-question"
              question={t('caseRemoval.handOverQuestion', { caseNumber: item.caseNumber })}
              confirmLabel={t('caseRemoval.handOverConfirm')}
              pending={handOver.isPending}
              onConfirm={() => handOver.mutate(true, { onSettled: () => setConfirming(false) })}
              onCancel={() => {
                setConfirming(false);
                // The confirm step is gone; focus goes back to where the person started.
                setTimeout(() => trigger.current?.focus());
              }}
            />
          ) : (
            <button
              ref={trigger}
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(true)}
            >
              {t('caseRemoval.handOver')}
            </button>
          )}
        </>
      )}
      <div role="status">{done && !handOver.error ? <p>{done}</p> : null}</div>
      <ErrorText error={handOver.error} />
    </>
  );
}

function DeleteCase({ item }: { item: RemovableCase }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteCase(item.id);
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  if (!item.deletable) return <p>{t('caseRemoval.notDeletable')}</p>;
  return (
    <>
      {confirming ? (
        <ConfirmStep
          id="delete-question"
          question={t('caseRemoval.deleteQuestion', { caseNumber: item.caseNumber })}
          confirmLabel={t('caseRemoval.deleteConfirm')}
          pending={remove.isPending}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => void navigate('/'),
              onError: () => setConfirming(false),
            })
          }
          onCancel={() => {
            setConfirming(false);
            setTimeout(() => trigger.current?.focus());
          }}
        />
      ) : (
        <p>
          <button ref={trigger} type="button" className="button button--danger" onClick={() => setConfirming(true)}>
            {t('caseRemoval.delete')}
          </button>
        </p>
      )}
      <ErrorText error={remove.error} />
    </>
  );
}
