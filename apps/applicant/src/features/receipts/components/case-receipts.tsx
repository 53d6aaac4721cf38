import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, problemMessage, useLanguage } from '@ebistans/ui';
import { useCaseChecklist } from '../api/get-case-checklist';
import type { ChecklistItem } from '../api/get-draft-checklist';
import { useUploads } from '../hooks/use-uploads';
import type { AttachmentTarget } from '../lib/attachment-target';
import { OtherFiles } from './other-files';
import { RequirementItem } from './requirement-item';

type Lacking = 'send_later' | 'missing';
type LackingItem = ChecklistItem & { status: Lacking };

const isLacking = (item: ChecklistItem): item is LackingItem => item.status !== 'attached';

interface CaseReceiptsProps {
  caseId: string;
  /** The heading while receipts are lacking: "Underlag" on the kvittens, "Skicka underlag som saknas" on the case page. */
  title?: 'title' | 'sendTitle';
  /** False for a closed case: what it lacks is only listed. */
  canSend?: boolean;
}

const headingIdOf = (requirementId: string) => `case-receipt-${requirementId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
const otherHeadingId = 'case-receipt-other-files';

/**
 * A submitted case's receipts still to send (on the kvittens and the case page), grouped as the person
 * left them: to be sent later, or missing. Each can be sent here; a receipt sent stays in its group,
 * shown attached, so that it does not vanish from under the person. Files stay with the case.
 */
export function CaseReceipts({ caseId, title = 'title', canSend = true }: CaseReceiptsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const target: AttachmentTarget = { kind: 'case', caseId };
  const checklist = useCaseChecklist(caseId);
  const uploads = useUploads(target);
  // The group each receipt was in when first seen lacking.
  const [groups, setGroups] = useState<ReadonlyMap<string, Lacking>>(new Map());
  const items = checklist.data?.items ?? [];
  const unseen = items.filter(isLacking).filter((item) => !groups.has(item.id));
  // Remembered while rendering, React's way for state that follows other data.
  if (unseen.length > 0) setGroups(new Map([...groups, ...unseen.map((item) => [item.id, item.status] as const)]));

  if (checklist.error) return <p role="alert">{problemMessage(checklist.error, t)}</p>;
  if (!checklist.data) return <Loading />;
  const groupOf = (item: ChecklistItem) =>
    groups.get(item.id) ?? (item.status === 'attached' ? undefined : item.status);
  const later = items.filter((item) => groupOf(item) === 'send_later');
  const missing = items.filter((item) => groupOf(item) === 'missing');
  const complete = later.length === 0 && missing.length === 0;
  const { unmatched } = checklist.data;
  const files = new Set([...items.flatMap((item) => item.attachments), ...unmatched].map((file) => file.id)).size;

  const list = (group: ChecklistItem[]) =>
    canSend ? (
      <ul className="receipt-list">
        {group.map((item) => (
          <RequirementItem
            key={item.id}
            target={target}
            item={item}
            uploads={uploads.uploads.filter((upload) => upload.requirementId === item.id)}
            headingId={headingIdOf(item.id)}
            removingId={undefined}
            sendLater={item.sendLater}
            onFiles={(chosen) => uploads.start(chosen, { category: item.category, requirementId: item.id })}
            onDismiss={uploads.dismiss}
            headingLevel={4}
          />
        ))}
      </ul>
    ) : (
      <ul>
        {group.map((item) => (
          <li key={item.id}>{item.label[language]}</li>
        ))}
      </ul>
    );

  return (
    <section aria-labelledby="case-receipts-title">
      <h2 id="case-receipts-title">{t(`receipts.case.${complete ? 'title' : title}`)}</h2>
      <p className="visually-hidden" role="status">
        {uploads.announcement}
      </p>
      {complete ? (
        <p>{t('receipts.case.complete')}</p>
      ) : (
        <>
          <p>{t('receipts.case.intro')}</p>
          {canSend ? <p>{t('receipts.case.sentAtOnce')}</p> : <p>{t('receipts.case.closed')}</p>}
          {later.length > 0 ? (
            <>
              <h3>{t('receipts.case.laterTitle')}</h3>
              {list(later)}
            </>
          ) : null}
          {missing.length > 0 ? (
            <>
              <h3>{t('receipts.case.missingTitle')}</h3>
              {list(missing)}
            </>
          ) : null}
        </>
      )}
      {files > 0 ? <p>{t('receipts.case.files', { count: files })}</p> : null}
      {canSend ? (
        <OtherFiles
          target={target}
          headingId={otherHeadingId}
          files={unmatched}
          uploads={uploads.uploads.filter((upload) => upload.requirementId === undefined)}
          removingId={undefined}
          onFiles={(chosen) => uploads.start(chosen, { category: 'other' })}
          onDismiss={uploads.dismiss}
          headingLevel={3}
        />
      ) : null}
    </section>
  );
}
