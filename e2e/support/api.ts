/** A tiny cookie-keeping HTTP client for driving the API the way the SPAs do. */
export function apiSession(baseUrl: string) {
  let cookie = '';
  async function call(method: string, path: string, body?: unknown) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body),
  };
}

/** The newest one-time code the dev outbox holds for a phone number, past any notification SMS to it. */
export async function devOutboxCode(baseUrl: string, mobile: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/dev/outbox`);
  const { items } = (await response.json()) as { items: { to: string; body: string }[] };
  const code = items
    .filter((item) => item.to === mobile)
    .map((item) => /\b(\d{6})\b/.exec(item.body)?.[1])
    .find((found) => found !== undefined);
  if (!code) throw new Error(`No one-time code for ${mobile} in the dev outbox`);
  return code;
}

export const demo = {
  municipality: 'demokommun',
  applicant: {
    personnummer: '19121212-1212',
    password: 'demo-sokande',
    mobile: '0701234567',
    email: 'tolvan@demokommun.example',
  },
  caseworker: { username: 'handlaggare', password: 'demo-handlaggare', mobile: '0707654321' },
  admin: { username: 'admin', password: 'demo-admin', mobile: '0707000000' },
};
