/**
 * The case's events: one typed, versioned vocabulary for the case history (Ärendehistorik), the
 * integration API's case events and the webhooks. Values may be added but are never removed or renamed,
 * so a receiver written for an older version keeps working; a breaking change would be a new version.
 */
export const CASE_EVENT_SCHEMA_VERSION = 1;

export const CASE_EVENT_TYPES = [
  'submitted',
  'registered',
  'assigned',
  'unassigned',
  'in_progress',
  'supplement_requested',
  'supplemented',
  'decision_recorded',
  'closed',
  'withdrawn',
  'message_to_applicant',
  'message_from_applicant',
  'note_added',
  'receipts_added',
  'documents_added',
  'answers_edited',
  'colour_set',
  'external_case_number_set',
  'handed_over',
  'hand_over_undone',
  'overdue',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export const isCaseEventType = (value: string): value is CaseEventType =>
  (CASE_EVENT_TYPES as readonly string[]).includes(value);

/** The status a case has after the event, for the events that change it. */
const STATUS_AFTER: Partial<Record<CaseEventType, string>> = {
  in_progress: 'in_progress',
  supplement_requested: 'awaiting_supplement',
  supplemented: 'supplemented',
  decision_recorded: 'decided',
  closed: 'closed',
  withdrawn: 'withdrawn',
};

export const statusAfterEvent = (type: CaseEventType) => STATUS_AFTER[type] ?? null;

/** What a webhook subscription can ask for; each is sent for the case events listed in `webhookEventsOf`. */
export const WEBHOOK_EVENT_TYPES = [
  'case.submitted',
  'case.supplemented',
  'case.withdrawn',
  'message.received',
  'case.status_changed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/**
 * The webhook events a case event gives rise to. A status change is told as `case.status_changed` as well
 * as by its own event, so a receiver that follows statuses needs only that one. An event that changed the
 * status records the one before in `data.from`; a supplement nobody asked for has none, and a second
 * supplement request has `from` equal to the status after: neither is a status change.
 */
export function webhookEventsOf(type: CaseEventType, data: { from?: unknown }): WebhookEventType[] {
  const events: WebhookEventType[] = [];
  if (type === 'submitted' || type === 'registered') events.push('case.submitted');
  if (type === 'supplemented') events.push('case.supplemented');
  if (type === 'withdrawn') events.push('case.withdrawn');
  if (type === 'message_from_applicant') events.push('message.received');
  const to = statusAfterEvent(type);
  if (to && typeof data.from === 'string' && data.from !== to) events.push('case.status_changed');
  return events;
}
