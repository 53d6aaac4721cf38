import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person at the test provider; the dev login form's "login" field is their subject. */
export interface ProviderUser {
  sub: string;
  email?: string;
  emailVerified?: boolean;
  groups?: string[];
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Settings for `municipalities.settings.sso`. */
  settings(extra?: Record<string, unknown>): Record<string, unknown>;
  addUser(user: ProviderUser): void;
  /**
   * Plays the browser at the provider: follows redirects from the authorization URL, logs in on the dev
   * login form as `sub`, and returns the address the provider sends the browser back to.
   */
  logIn(authorizationUrl: string, sub: string): Promise<URL>;
  close(): Promise<void>;
}

/**
 * A real oidc-provider on a free loopback port, with one confidential client for our callback. The API
 * tests play the browser with `logIn`; the browser tests use its development login page itself.
 */
export async function startOidcProvider(redirectUri: string): Promise<TestOidcProvider> {
  const users = new Map<string, ProviderUser>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'ebistans';
  const clientSecret = 'test-client-secret-that-is-long-enough';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    cookies: { keys: ['test-cookie-key-0123456789abcdef'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    findAccount: (_ctx, id) => {
      const user = users.get(id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: user.sub,
          ...(user.email ? { email: user.email, email_verified: user.emailVerified ?? false } : {}),
          ...(user.groups ? { groups: user.groups } : {}),
        }),
      };
    },
    // A municipality's provider does not ask its staff to consent to their own employer's app.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));

  /** A browser at the provider: keeps the provider's cookies and never follows a redirect by itself. */
  function browser() {
    const jar = new Map<string, string>();
    return async (target: URL, options: RequestInit = {}) => {
      const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
      const answer = await fetch(target, {
        ...options,
        redirect: 'manual',
        headers: { ...(options.headers as Record<string, string>), cookie },
      });
      for (const line of answer.headers.getSetCookie()) {
        const [name = '', ...value] = (line.split(';')[0] ?? '').split('=');
        jar.set(name.trim(), value.join('='));
      }
      return answer;
    };
  }

  /** Follows the provider's redirects; stops at a page, or at an address outside the provider (the callback). */
  async function follow(send: ReturnType<typeof browser>, from: URL, response: Response) {
    let url = from;
    while (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location')!, url);
      if (url.origin !== issuer) break;
      response = await send(url);
    }
    return { url, response };
  }

  return {
    issuer,
    clientId,
    clientSecret,
    settings: (extra = {}) => ({ issuer, clientId, clientSecret, ...extra }),
    addUser: (user) => users.set(user.sub, user),
    async logIn(authorizationUrl, sub) {
      const send = browser();
      const start = new URL(authorizationUrl);
      const loginPage = await follow(send, start, await send(start));
      if (loginPage.response.status !== 200) throw new Error(`Provider answered ${loginPage.response.status}`);
      const submitted = await send(loginPage.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login: sub, password: 'any' }).toString(),
      });
      const back = await follow(send, loginPage.url, submitted);
      if (back.url.origin === issuer)
        throw new Error(`The provider did not send the browser back (${back.response.status})`);
      return back.url;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
