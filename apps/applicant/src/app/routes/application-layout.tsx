import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Loading, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { currentDraftQueryOptions, type Draft } from '../../features/application/api/get-current-draft';
import { DraftConflict } from '../../features/application/components/draft-conflict';
import { useApplicationDraft, useDraftStore } from '../../features/application/hooks/use-application-draft';

function OpenApplication({ initial }: { initial: Draft | null }) {
  const application = useApplicationDraft(useDraftStore(initial));
  return (
    <>
      {application.problem === 'conflict' ? <DraftConflict reload={application.reload} /> : null}
      <Outlet context={application} />
    </>
  );
}

function LoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const title = t('application.loadFailed');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p role="alert">{problemMessage(error, t)}</p>
    </>
  );
}

/** Reads the draft once when the application opens and holds it while the applicant moves between its pages. */
export function ApplicationLayout() {
  const draft = useQuery({ ...currentDraftQueryOptions(), refetchOnWindowFocus: false });
  if (draft.error) return <LoadFailed error={draft.error} />;
  if (draft.data === undefined) return <Loading />;
  return <OpenApplication initial={draft.data} />;
}
