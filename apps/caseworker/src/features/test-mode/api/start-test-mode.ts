import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export function useStartTestMode() {
  return useMutation({ mutationFn: async () => unwrap(await api.POST('/api/staff/test-mode')) });
}
