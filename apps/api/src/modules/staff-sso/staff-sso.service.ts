import type { FastifyBaseLogger } from 'fastify';
import * as oidc from 'openid-client';
import type { StaffRole } from '../../db/schema/index.js';
import { NotFoundError } from '../../lib/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AuthService } from '../auth/auth.service.js';
import type { StaffSsoRepository } from './staff-sso.repository.js';
import { ssoSettingsSchema, type SsoFailure, type SsoSettings } from './staff-sso.schemas.js';

/** Long enough to log in at the provider, short enough that a stolen state is of little use. */
const LOGIN_VALID_MS = 10 * 60 * 1000;
const PROVIDER_TIMEOUT_SECONDS = 10;

interface StaffSsoServiceDeps {
  repository: StaffSsoRepository;
  sessions: Pick<AuthService, 'startVerifiedStaffSession'>;
  audit: Pick<AuditService, 'record'>;
  /** Lets issuers use http:// (a provider on the developer's machine); never in production. */
  allowHttp: boolean;
  log: FastifyBaseLogger;
}

/** The outcome of the provider's callback: a session, or why not; either way the page to go back to. */
export type SsoCallbackResult =
  { sessionId: string; returnTo: string | null } | { failure: SsoFailure; returnTo: string | null };

/** Logs only the kind of error: provider answers can carry claims about the person. */
const errorKind = (error: unknown) => ({
  error: error instanceof Error ? error.name : 'unknown',
  code: typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined,
});

function ssoSettingsOf(settings: Record<string, unknown>): SsoSettings | undefined {
  if (settings.sso === undefined) return undefined;
  const parsed = ssoSettingsSchema.safeParse(settings.sso);
  return parsed.success ? parsed.data : undefined;
}

/** The groups the user has, from a claim that providers send as a list or, with one group, a string. */
function groupsOf(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function roleFor(settings: SsoSettings, claims: Record<string, unknown>): StaffRole | undefined {
  const groups = new Set(groupsOf(claims, settings.roleClaim));
  return Object.entries(settings.groupRoles ?? {}).find(([group]) => groups.has(group))?.[1];
}

/**
 * Staff single sign-on with the municipality's OpenID Connect provider: authorization code flow with
 * PKCE (S256), state and nonce, kept server-side in `sso_logins` and used once. The provider's user
 * becomes an existing staff account of that municipality, never a new one.
 */
export function createStaffSsoService({ repository, sessions, audit, allowHttp, log }: StaffSsoServiceDeps) {
  // Discovery once per provider configuration; a failed one is forgotten so the next login retries.
  const configurations = new Map<string, Promise<oidc.Configuration>>();

  function configurationFor(settings: SsoSettings) {
    const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret]);
    let configuration = configurations.get(key);
    if (!configuration) {
      configuration = oidc.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        execute: allowHttp ? [oidc.allowInsecureRequests] : [],
      });
      configurations.set(key, configuration);
      configuration.catch(() => configurations.delete(key));
    }
    return configuration;
  }

  /** The claims of the id token, with what only the userinfo endpoint tells filled in. */
  async function claimsOf(
    configuration: oidc.Configuration,
    tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers,
  ) {
    const idToken = tokens.claims();
    if (!idToken) throw new Error('No id token');
    if (!configuration.serverMetadata().userinfo_endpoint) return idToken as Record<string, unknown>;
    const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    return { ...userInfo, ...idToken } as Record<string, unknown>;
  }

  /** The staff account by subject, or on the first login by a verified e-mail, which then stores the subject. */
  async function staffFor(municipalityId: string, claims: Record<string, unknown>) {
    const subject = String(claims.sub);
    const bySubject = await repository.findStaffBySubject(municipalityId, subject);
    if (bySubject) return { member: bySubject, linkedBy: 'subject' as const };
    // An unverified address could be anyone's: the provider may let users type their own.
    if (typeof claims.email !== 'string' || claims.email_verified !== true) return undefined;
    const byEmail = await repository.findUnlinkedStaffByEmail(municipalityId, claims.email);
    if (byEmail.length !== 1 || !(await repository.linkSubject(byEmail[0]!.id, subject))) return undefined;
    return { member: byEmail[0]!, linkedBy: 'email' as const };
  }

  return {
    /** Municipalities whose staff can log in with their own provider, for the login page's buttons. */
    async providers() {
      const rows = await repository.listMunicipalities();
      return rows.flatMap((row) => {
        const settings = ssoSettingsOf(row.settings);
        return settings
          ? [{ municipality: { slug: row.slug, name: row.name }, buttonLabel: settings.buttonLabel ?? null }]
          : [];
      });
    },

    /** The provider's login page to send the browser to, and the login's id to bind to this browser. */
    async start(
      municipalitySlug: string,
      returnTo: string | undefined,
      redirectUri: string,
    ): Promise<{ loginId: string; authorizationUrl: string } | { failure: SsoFailure }> {
      const municipality = await repository.findMunicipalityBySlug(municipalitySlug);
      const settings = municipality && ssoSettingsOf(municipality.settings);
      if (!municipality || !settings) throw new NotFoundError('The municipality has no single sign-on');
      let configuration: oidc.Configuration;
      try {
        configuration = await configurationFor(settings);
      } catch (error) {
        log.warn({ ...errorKind(error), municipalityId: municipality.id }, 'SSO provider discovery failed');
        return { failure: 'unavailable' };
      }
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const login = await repository.createLogin({
        municipalityId: municipality.id,
        state,
        nonce,
        codeVerifier,
        returnTo: returnTo ?? null,
        expiresAt: new Date(Date.now() + LOGIN_VALID_MS),
      });
      const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { loginId: login.id, authorizationUrl: authorizationUrl.href };
    },

    /**
     * The provider sent the browser back. `callbackUrl` is the redirect URI with the query the provider
     * added; `browserLoginId` is what start bound to the browser, so a callback link made by someone else
     * (who logged in at the provider themselves) cannot log this browser in as them.
     */
    async finish(
      state: string | undefined,
      callbackUrl: URL,
      browserLoginId: string | undefined,
      requestId: string,
    ): Promise<SsoCallbackResult> {
      const login = state ? await repository.takeLogin(state) : undefined;
      if (!login || login.id !== browserLoginId || login.expiresAt.getTime() < Date.now()) {
        return { failure: 'expired', returnTo: login?.returnTo ?? null };
      }
      const { returnTo } = login;
      const municipality = await repository.findMunicipality(login.municipalityId);
      const settings = municipality && ssoSettingsOf(municipality.settings);
      if (!settings) return { failure: 'failed', returnTo };

      let claims: Record<string, unknown>;
      try {
        const configuration = await configurationFor(settings);
        const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
          pkceCodeVerifier: login.codeVerifier,
          expectedState: login.state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        });
        claims = await claimsOf(configuration, tokens);
      } catch (error) {
        log.warn({ ...errorKind(error), municipalityId: login.municipalityId }, 'SSO login failed at the provider');
        return { failure: 'failed', returnTo };
      }

      const found = await staffFor(login.municipalityId, claims);
      if (!found) {
        await audit.record({
          municipalityId: login.municipalityId,
          actorKind: 'system',
          actorId: null,
          action: 'login_refused',
          entityType: 'municipality',
          entityId: login.municipalityId,
          requestId,
          details: { method: 'sso', reason: 'unknown-user' },
        });
        return { failure: 'unknown-user', returnTo };
      }
      const { member, linkedBy } = found;
      const role = roleFor(settings, claims);
      if (role && role !== member.role) await repository.setRole(member.id, role);
      const sessionId = await sessions.startVerifiedStaffSession({
        staffId: member.id,
        municipalityId: login.municipalityId,
      });
      await audit.record({
        municipalityId: login.municipalityId,
        actorKind: 'staff',
        actorId: member.id,
        action: 'login',
        entityType: 'session',
        entityId: sessionId,
        requestId,
        details: {
          method: 'sso',
          linkedBy,
          ...(role && role !== member.role ? { roleChanged: { from: member.role, to: role } } : {}),
        },
      });
      return { sessionId, returnTo };
    },
  };
}

export type StaffSsoService = ReturnType<typeof createStaffSsoService>;
