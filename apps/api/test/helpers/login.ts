import request from 'supertest';
import type { App } from '../../src/app.js';

/**
 * The latest one-time code the dev outbox "sent" to a phone number, read the way a developer would. A
 * notification SMS to the same phone (sent by the job queue whenever it gets to it) is passed over.
 */
export async function latestCode(app: App, mobile: string): Promise<string> {
  const response = await request(app.server).get('/api/dev/outbox').expect(200);
  const items = (response.body as { items: { to: string; body: string }[] }).items;
  const code = items
    .filter((item) => item.to === mobile)
    .map((item) => /\b(\d{6})\b/.exec(item.body)?.[1])
    .find((found) => found !== undefined);
  if (!code) throw new Error(`No one-time code sent to ${mobile}`);
  return code;
}

/** Logs in through the real two-step flow and returns an agent that carries the session cookie. */
export async function loginApplicant(
  app: App,
  person: { personnummer: string; mobile: string | null },
  municipalitySlug: string,
  password: string,
) {
  const agent = request.agent(app.server);
  const started = await agent
    .post('/api/auth/applicant/login')
    .send({ municipality: municipalitySlug, personnummer: person.personnummer, password })
    .expect(200);
  await agent
    .post('/api/auth/applicant/verify')
    .send({ challengeId: started.body.challengeId, code: await latestCode(app, person.mobile!) })
    .expect(200);
  return agent;
}

export async function loginStaff(app: App, member: { username: string; mobile: string | null }, password: string) {
  const agent = request.agent(app.server);
  const started = await agent.post('/api/auth/staff/login').send({ username: member.username, password }).expect(200);
  await agent
    .post('/api/auth/staff/verify')
    .send({ challengeId: started.body.challengeId, code: await latestCode(app, member.mobile!) })
    .expect(200);
  return agent;
}
