import { useTranslation } from 'react-i18next';
import { Loading, problemMessage } from '@ebistans/ui';
import { useDeleteAttachment } from '../api/delete-attachment';
import { useDraftChecklist } from '../api/get-draft-checklist';
import { useSetSendLater } from '../api/set-send-later';
import { ChecklistView } from './checklist-view';

interface ReceiptChecklistProps {
  formId: string;
  /** The draft's saved revision: the receipts asked for follow its answers. */
  revision: number;
}

/** The receipts step's content: the draft's checklist from the API, with removing and send-later marks. */
export function ReceiptChecklist({ formId, revision }: ReceiptChecklistProps) {
  const { t } = useTranslation();
  const checklist = useDraftChecklist(formId, revision);
  const remove = useDeleteAttachment(formId);
  const sendLater = useSetSendLater(formId);

  if (checklist.error) return <p role="alert">{problemMessage(checklist.error, t)}</p>;
  if (!checklist.data) return <Loading />;
  const error = remove.error ?? sendLater.error;
  return (
    <>
      {error ? (
        <p role="alert" className="field-error">
          {problemMessage(error, t)}
        </p>
      ) : null}
      <ChecklistView
        target={{ kind: 'draft', formId }}
        checklist={checklist.data}
        onRemove={async (file) => {
          await remove.mutateAsync(file.id);
        }}
        removingId={remove.isPending ? remove.variables : undefined}
        onSendLater={async (item, value) => {
          await sendLater.mutateAsync({ requirementId: item.id, sendLater: value });
        }}
      />
    </>
  );
}
