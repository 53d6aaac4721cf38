import { createApiClient } from '@ebistans/api-client';

/** The one API client; the API is served from the same origin under /api. */
export const api = createApiClient();
