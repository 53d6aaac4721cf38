import { unwrap, type SessionTimer } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

/** The session's idle timer; asking when it ends does not count as activity, extending does. */
export const sessionTimer: SessionTimer = {
  getExpiry: async (signal) => unwrap(await api.GET('/api/auth/session', { signal })),
  extend: async () => unwrap(await api.POST('/api/auth/session/extend')),
};
