import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, Checklist, ChecklistItem } from '../api/get-draft-checklist';
import { useUploads } from '../hooks/use-uploads';
import { OtherFiles } from './other-files';
import { RequirementItem } from './requirement-item';
import type { AttachmentTarget } from '../lib/attachment-target';

const OTHER = 'other';
const headingIdOf = (requirementId: string) => `receipt-${requirementId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
const otherHeadingId = 'receipt-other-files';

export interface ChecklistViewProps {
  target: AttachmentTarget;
  checklist: Checklist;
  /** Removes a stored file; resolves once it is gone. Left out for a submitted case, whose files stay. */
  onRemove?: (file: Attachment) => Promise<void>;
  removingId?: string | undefined;
  /** Sets or clears the send-later mark; resolves once the checklist has it. Left out for a submitted case. */
  onSendLater?: (item: ChecklistItem, sendLater: boolean) => Promise<void>;
  /** The receipts' headings: 3 when the list is a section of a page. */
  headingLevel?: 2 | 3;
}

/**
 * Each receipt the answers call for, with its files and the ways to add them (file picker, phone
 * camera) or to send it later, and the files that belong to none ("Övriga bifogade filer"). Uploads,
 * their progress and refusals live here; the checklist itself comes from the API.
 */
export function ChecklistView({
  target,
  checklist,
  onRemove,
  removingId,
  onSendLater,
  headingLevel = 2,
}: ChecklistViewProps) {
  const { t } = useTranslation();
  const uploads = useUploads(target);
  // The box shows the person's choice at once, until the checklist has it (or it failed, and goes back).
  const [marks, setMarks] = useState<Record<string, boolean>>({});
  const { items, unmatched } = checklist;

  function setSendLater(item: ChecklistItem, sendLater: boolean) {
    if (!onSendLater) return;
    setMarks((current) => ({ ...current, [item.id]: sendLater }));
    const settled = () =>
      setMarks((current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== item.id)));
    onSendLater(item, sendLater).then(settled, settled);
  }

  async function removeFile(file: Attachment, headingId: string) {
    if (!onRemove) return;
    try {
      await onRemove(file);
    } catch {
      // The page shows why; the file stays in the list.
      return;
    }
    uploads.announce(t('receipts.removed', { name: file.fileName }));
    // The button that had focus is gone with the file: the receipt's heading takes it.
    document.getElementById(headingId)?.focus();
  }

  const attached = items.filter((item) => item.status === 'attached').length;
  const later = items.filter((item) => item.status === 'send_later').length;
  return (
    <>
      <p className="visually-hidden" role="status">
        {uploads.announcement}
      </p>
      {items.length > 0 ? (
        <>
          <p>{t('receipts.summary', { attached, later, total: items.length })}</p>
          <ul className="receipt-list">
            {items.map((item) => (
              <RequirementItem
                key={item.id}
                target={target}
                item={item}
                uploads={uploads.uploads.filter((upload) => upload.requirementId === item.id)}
                headingId={headingIdOf(item.id)}
                removingId={removingId}
                sendLater={marks[item.id] ?? item.sendLater}
                onFiles={(files) => uploads.start(files, { category: item.category, requirementId: item.id })}
                onRemove={onRemove ? (file) => void removeFile(file, headingIdOf(item.id)) : undefined}
                onDismiss={uploads.dismiss}
                onSendLater={onSendLater ? (value) => setSendLater(item, value) : undefined}
                headingLevel={headingLevel}
              />
            ))}
          </ul>
        </>
      ) : (
        <p>{t('receipts.noneNeeded')}</p>
      )}
      <OtherFiles
        target={target}
        headingId={otherHeadingId}
        files={unmatched}
        uploads={uploads.uploads.filter((upload) => upload.requirementId === undefined)}
        removingId={removingId}
        onFiles={(files) => uploads.start(files, { category: OTHER })}
        onRemove={onRemove ? (file) => void removeFile(file, otherHeadingId) : undefined}
        onDismiss={uploads.dismiss}
        headingLevel={headingLevel}
      />
    </>
  );
}
