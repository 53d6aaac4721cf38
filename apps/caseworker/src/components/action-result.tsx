import { useTranslation } from 'react-i18next';
import { isProblem, problemMessage } from '@ebistans/ui';

interface ActionResultProps {
  error: unknown;
  /** Shown in a live region after the action succeeded. */
  done?: string | undefined;
}

/** What happened after a case action, read out; a 409 says the case changed meanwhile. */
export function ActionResult({ error, done }: ActionResultProps) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status">{done && !error ? <p>{done}</p> : null}</div>
      {error ? (
        <p role="alert" className="field-error">
          {isProblem(error, 'conflict')
            ? t('caseView.actions.conflict')
            : isProblem(error, 'unknown-assignee')
              ? t('caseView.actions.unknownAssignee')
              : problemMessage(error, t)}
        </p>
      ) : null}
    </>
  );
}
