import type { ReceiptRequirement } from '@ebistans/schema';

type ReceiptStatus = 'attached' | 'send_later' | 'missing';

interface ChecklistFile {
  id: string;
  category: string | null;
  requirementId: string | null;
}

/**
 * Joins the receipts the answers call for with the draft's files and send-later marks. A file counts
 * for the requirement it was uploaded for. A file for no current requirement (uploaded without one, or
 * for a list row since removed) counts for the first requirement of its category that has no file yet,
 * one file each, so a single bill never ticks off every bill. Files that count for nothing are listed
 * as unmatched; they are sent all the same. A file counts over a send-later mark.
 */
export function buildChecklist<File extends ChecklistFile>(
  requirements: readonly ReceiptRequirement[],
  files: readonly File[],
  sendLater: ReadonlySet<string>,
) {
  const requirementIds = new Set(requirements.map((requirement) => requirement.id));
  const untied = files.filter((file) => !file.requirementId || !requirementIds.has(file.requirementId));
  const matched = new Set<string>();
  const items = requirements.map((requirement) => {
    let attachments = files.filter((file) => file.requirementId === requirement.id);
    if (attachments.length === 0) {
      const fallback = untied.find((file) => file.category === requirement.category && !matched.has(file.id));
      attachments = fallback ? [fallback] : [];
    }
    for (const file of attachments) matched.add(file.id);
    const marked = sendLater.has(requirement.id);
    const status: ReceiptStatus = attachments.length > 0 ? 'attached' : marked ? 'send_later' : 'missing';
    return { ...requirement, status, sendLater: marked, attachments };
  });
  return { items, unmatched: files.filter((file) => !matched.has(file.id)) };
}
