import request from 'supertest';
import type { App } from '../../src/app.js';
import type { RunningSimulator } from './bankid-simulator.js';

/** The phone: scans the QR code the browser shows now and approves as the person; returns the order ref. */
export async function approveOnPhone(simulator: RunningSimulator, qrData: string, personalNumber: string) {
  const opened = await request(simulator.url).post('/app/open').send({ qrData }).expect(200);
  const orderRef = opened.body.orderRef as string;
  await request(simulator.url).post(`/app/orders/${orderRef}/approve`).send({ personalNumber }).expect(200);
  return orderRef;
}

/** Logs in with BankID on another device, through the simulator; returns an agent with the session cookie. */
export async function loginWithBankId(
  app: App,
  simulator: RunningSimulator,
  person: { personnummer: string },
  municipalitySlug: string,
) {
  const agent = request.agent(app.server);
  const base = '/api/auth/applicant/bankid';
  const started = await agent
    .post(`${base}/start`)
    .send({ municipality: municipalitySlug, flow: 'other_device' })
    .expect(200);
  await approveOnPhone(simulator, started.body.qrData as string, person.personnummer);
  await agent.post(`${base}/${started.body.id}/collect`).expect(200);
  return agent;
}
