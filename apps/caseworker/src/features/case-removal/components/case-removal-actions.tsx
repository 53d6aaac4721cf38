import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isProblem, problemMessage } from '@ebistans/ui';
import { useDeleteCase, useHandOver } from '../api/case-removal';
import { ConfirmStep } from '../../../components/confirm-step';

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
          <ConfirmStep
            label={t('caseRemoval.handOver')}
            triggerClassName="button button--secondary"
            questionId="hand-over-question"
            question={t('caseRemoval.handOverQuestion', { caseNumber: item.caseNumber })}
            confirmLabel={t('caseRemoval.handOverConfirm')}
            confirmClassName="button button--danger"
            cancelLabel={t('caseRemoval.cancel')}
            pending={handOver.isPending}
            stayOpenWhilePending
            onConfirm={(close) => handOver.mutate(true, { onSettled: close })}
          />
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
  if (!item.deletable) return <p>{t('caseRemoval.notDeletable')}</p>;
  return (
    <>
      <ConfirmStep
        label={t('caseRemoval.delete')}
        triggerClassName="button button--danger"
        wrapTrigger={(trigger) => <p>{trigger}</p>}
        questionId="delete-question"
        question={t('caseRemoval.deleteQuestion', { caseNumber: item.caseNumber })}
        confirmLabel={t('caseRemoval.deleteConfirm')}
        confirmClassName="button button--danger"
        cancelLabel={t('caseRemoval.cancel')}
        pending={remove.isPending}
        stayOpenWhilePending
        onConfirm={(close) =>
          remove.mutate(undefined, {
            onSuccess: () => void navigate('/'),
            onError: close,
          })
        }
      />
      <ErrorText error={remove.error} />
    </>
  );
}
