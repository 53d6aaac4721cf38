/** What an integration client may do; an admin grants a subset, and each token may narrow it further. */
export const integrationScopes = ['cases:read', 'cases:write', 'messages:write', 'applicants:read'] as const;
export type IntegrationScope = (typeof integrationScopes)[number];

export const isIntegrationScope = (value: string): value is IntegrationScope =>
  (integrationScopes as readonly string[]).includes(value);
