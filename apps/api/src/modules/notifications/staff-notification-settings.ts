import { z } from 'zod';
import type { StaffEvent } from './templates/index.js';

/** The switch in `settings.notifications.staff` for each event. */
const switchOf = {
  'message-from-applicant': 'messageFromApplicant',
  'supplement-submitted': 'supplementSubmitted',
  'case-submitted': 'caseSubmitted',
  assigned: 'assigned',
} as const satisfies Record<StaffEvent, string>;

// Each field falls back on its own, so one malformed value neither silences nor re-enables the others.
const optionalSwitch = z.boolean().optional().catch(undefined);

/** The part of a municipality's settings read here; anything else there is not this module's business. */
const settingsSchema = z.object({
  notifications: z
    .object({
      emailFrom: z.string().min(3).optional().catch(undefined),
      /** A shared address (funktionsbrevlåda) that hears of new cases instead of every caseworker. */
      functionMailbox: z.email().optional().catch(undefined),
      staff: z
        .object(
          Object.fromEntries(Object.values(switchOf).map((key) => [key, optionalSwitch])) as Record<
            (typeof switchOf)[StaffEvent],
            typeof optionalSwitch
          >,
        )
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
});

/** A municipality's staff notification settings; every notification is on until the municipality turns it off. */
export function staffNotificationSettings(settings: unknown) {
  const parsed = settingsSchema.safeParse(settings);
  const notifications = parsed.success ? parsed.data.notifications : undefined;
  return {
    emailFrom: notifications?.emailFrom,
    functionMailbox: notifications?.functionMailbox,
    enabled: (event: StaffEvent) => notifications?.staff?.[switchOf[event]] ?? true,
  };
}
