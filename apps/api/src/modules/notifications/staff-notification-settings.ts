import { readNotificationSettings, staffEventEnabled } from './notification-settings.js';
import type { StaffEvent } from './templates/index.js';

/** A municipality's staff notification settings; every notification is on until the municipality turns it off. */
export function staffNotificationSettings(settings: unknown) {
  const notifications = readNotificationSettings(settings);
  return {
    emailFrom: notifications.emailFrom ?? undefined,
    functionMailbox: notifications.functionMailbox ?? undefined,
    enabled: (event: StaffEvent) => staffEventEnabled(notifications, event),
  };
}
