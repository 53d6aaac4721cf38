import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleSupplement, WEBHOOK_EVENT_TYPES } from '@ebistans/schema';
import { auditLog, caseEvents, webhookDeliveries, webhookOutbox } from '../../src/db/schema/index.js';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  TEST_PERIOD,
  validApplication,
} from '../helpers/fixtures.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { createJobQueue } from '../../src/lib/job-queue.js';
import { createAuditService } from '../../src/modules/audit/audit.service.js';
import { createWebhooksRepository } from '../../src/modules/webhooks/webhooks.repository.js';
import { createWebhooksService } from '../../src/modules/webhooks/webhooks.service.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/wait-for.js';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A case system's endpoint: records every POST and answers each path with its scripted statuses, then 200;
 * a scripted 0 keeps the request waiting until `releaseHeld`, as a receiver that hangs.
 */
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
const scripts = new Map<string, number[]>();
const held: (() => void)[] = [];
const releaseHeld = () => held.splice(0).forEach((release) => release());

let t: TestApp;
let paths = 0;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = scripts.get(path)?.shift() ?? 200;
      if (status === 0) {
        held.push(() => res.end());
        return;
      }
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  // One retry, a second later (pg-boss's least backoff), and a dispatcher that looks often.
  t = await createTestApp({
    WEBHOOK_RETRY_LIMIT: '1',
    WEBHOOK_RETRY_DELAY_SECONDS: '1',
    WEBHOOK_DISPATCH_INTERVAL_MS: '50',
  });
});
afterAll(async () => {
  releaseHeld();
  await t.close();
  await new Promise((resolve) => receiver.close(resolve));
});

type Agent = ReturnType<typeof request.agent>;

interface Subscription {
  id: string;
  path: string;
  secret: string;
}

/** A municipality with a logged-in admin and caseworker, and an applicant who has not applied yet. */
async function municipality() {
  const place = await createMunicipality(t.database.db);
  const admin = await loginStaff(t.app, await createStaff(t.database.db, place.id, { role: 'admin' }), TEST_PASSWORD);
  const caseworker = await loginStaff(t.app, await createStaff(t.database.db, place.id), TEST_PASSWORD);
  const person = await createApplicant(t.database.db, place.id);
  const applicant = await loginApplicant(t.app, person, place.slug, TEST_PASSWORD);
  const apply = async () =>
    (await applicant.post('/api/applicant/applications').send(validApplication()).expect(201)).body.id as string;
  return { place, admin, caseworker, person, applicant, apply };
}

async function subscribe(admin: Agent, events: readonly string[] = WEBHOOK_EVENT_TYPES, script: number[] = []) {
  const path = `/hooks/${++paths}`;
  scripts.set(path, script);
  const created = await admin
    .post('/api/admin/webhooks')
    .send({ url: `${receiverUrl}${path}`, events })
    .expect(201);
  return { id: created.body.subscription.id as string, path, secret: created.body.secret as string };
}

/** The webhooks a subscription received, verified with the Standard Webhooks library, once there are `count`. */
async function deliveredTo(subscription: Subscription, count: number, type?: string) {
  return waitFor(() => {
    const verified = received
      .filter((entry) => entry.path === subscription.path)
      .map((entry) => ({
        headers: entry.headers,
        body: new Webhook(subscription.secret).verify(entry.body, entry.headers as Record<string, string>) as {
          id: string;
          type: string;
          data: Record<string, unknown>;
        },
      }))
      .filter((entry) => !type || entry.body.type === type);
    return verified.length >= count ? verified : undefined;
  });
}

const deliveriesOf = (subscriptionId: string) =>
  t.database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.subscriptionId, subscriptionId));

// Each test has a municipality and receiver paths of its own, so they run side by side: most of their time
// is waiting for jobs.
describe.concurrent('webhooks to a case system', () => {
  it('sends case.submitted signed by Standard Webhooks, with ids and no personal data', async () => {
    const { place, admin, person, apply } = await municipality();
    const subscription = await subscribe(admin);
    const caseId = await apply();

    const [webhook] = await deliveredTo(subscription, 1);
    expect(webhook!.body).toEqual({
      id: webhook!.headers['webhook-id'],
      type: 'case.submitted',
      version: 1,
      occurredAt: expect.any(String),
      municipalityId: place.id,
      data: { caseId, caseEvent: { id: expect.any(String), type: 'submitted' } },
    });
    expect(webhook!.headers['content-type']).toBe('application/json');
    const raw = received.find((entry) => entry.path === subscription.path)!.body;
    for (const personal of [person.personnummer, person.givenName, person.familyName, person.mobile!]) {
      expect(raw).not.toContain(personal);
    }
    // A signature with another secret does not verify.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(raw, webhook!.headers as never),
    ).toThrow();

    const log = await admin.get(`/api/admin/webhooks/${subscription.id}/deliveries`).expect(200);
    expect(log.body).toMatchObject({ total: 1, page: 1 });
    expect(log.body.items).toEqual([
      expect.objectContaining({
        id: webhook!.body.id,
        eventType: 'case.submitted',
        status: 'delivered',
        attempts: 1,
        lastStatusCode: 200,
        lastError: null,
      }),
    ]);
  });

  it('retries with backoff until the receiver takes it, and marks it failed when it never does', async () => {
    const { admin, apply } = await municipality();
    const flaky = await subscribe(admin, ['case.submitted'], [500]);
    const down = await subscribe(admin, ['case.submitted'], [503, 503, 503]);
    await apply();

    const attempts = await deliveredTo(flaky, 2);
    expect(attempts[1]!.headers['webhook-id']).toBe(attempts[0]!.headers['webhook-id']);
    const [retried] = await waitFor(async () => {
      const rows = await deliveriesOf(flaky.id);
      return rows[0]?.status === 'delivered' ? rows : undefined;
    });
    expect(retried).toMatchObject({ attempts: 2, lastStatusCode: 200, lastError: null });
    const log = await admin.get(`/api/admin/webhooks/${flaky.id}/deliveries`).expect(200);
    expect(log.body.items[0]).toMatchObject({ status: 'delivered', attempts: 2 });

    const [failed] = await waitFor(async () => {
      const rows = await deliveriesOf(down.id);
      return rows[0]?.status === 'failed' ? rows : undefined;
    });
    expect(failed).toMatchObject({ attempts: 2, lastStatusCode: 503, lastError: 'http-status' });
  });

  it('tells status changes with from and to, withdrawals, messages and supplements', async () => {
    const { admin, caseworker, applicant, apply } = await municipality();
    const subscription = await subscribe(admin);
    const caseId = await apply();
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200);
    const message = await applicant
      .post(`/api/applicant/cases/${caseId}/messages`)
      .send({ body: 'Hyresavin kommer i morgon.' })
      .expect(201);
    const asked = await caseworker
      .post(`/api/staff/cases/${caseId}/supplement-requests`)
      .send({ message: 'Skicka hyresavin.', dueDate: '2026-12-05', receiptCategories: [] })
      .expect(201);
    await applicant
      .post(`/api/applicant/cases/${caseId}/supplements`)
      .send({ formVersion: 1, data: exampleSupplement(TEST_PERIOD), requestId: asked.body.id })
      .expect(201);
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'withdrawn' }).expect(200);

    // The submission; in_progress, awaiting_supplement, supplemented and withdrawn as status changes; the
    // message, the supplement and the withdrawal: eight, in whatever order the jobs ran.
    const all = await deliveredTo(subscription, 8);
    const ofType = (type: string) => all.filter((entry) => entry.body.type === type).map((entry) => entry.body.data);
    expect(ofType('case.submitted')).toEqual([{ caseId, caseEvent: { id: expect.any(String), type: 'submitted' } }]);
    expect(ofType('case.status_changed')).toEqual(
      expect.arrayContaining([
        { caseId, caseEvent: { id: expect.any(String), type: 'in_progress' }, from: 'submitted', to: 'in_progress' },
        { caseId, caseEvent: { id: expect.any(String), type: 'withdrawn' }, from: 'supplemented', to: 'withdrawn' },
        expect.objectContaining({ to: 'awaiting_supplement' }),
        expect.objectContaining({ to: 'supplemented' }),
      ]),
    );
    expect(ofType('message.received')).toEqual([
      { caseId, caseEvent: { id: expect.any(String), type: 'message_from_applicant' }, messageId: message.body.id },
    ]);
    expect(ofType('case.supplemented')).toEqual([
      { caseId, caseEvent: { id: expect.any(String), type: 'supplemented' } },
    ]);
    expect(ofType('case.withdrawn')).toEqual([{ caseId, caseEvent: { id: expect.any(String), type: 'withdrawn' } }]);
    expect(JSON.stringify(all.map((entry) => entry.body))).not.toContain('Hyresavin');
    // Every webhook has its own id, even two from one case event.
    expect(new Set(all.map((entry) => entry.body.id)).size).toBe(8);
  });

  it('lets other deliveries through while a receiver hangs', async () => {
    const slow = await municipality();
    const quick = await municipality();
    const hanging = await subscribe(slow.admin, ['case.submitted'], [0]);
    const answering = await subscribe(quick.admin, ['case.submitted']);
    await slow.apply();
    await waitFor(() => (received.some((entry) => entry.path === hanging.path) ? true : undefined));
    await quick.apply();

    await deliveredTo(answering, 1);
    expect((await deliveriesOf(hanging.id))[0]).toMatchObject({ status: 'pending', attempts: 0 });
    releaseHeld();
    await waitFor(async () => ((await deliveriesOf(hanging.id))[0]?.status === 'delivered' ? true : undefined));
  });

  it("sends nothing a subscription did not ask for, nor another municipality's events", async () => {
    const ours = await municipality();
    const theirs = await municipality();
    const everything = await subscribe(ours.admin);
    const withdrawalsOnly = await subscribe(ours.admin, ['case.withdrawn']);
    const elsewhere = await subscribe(theirs.admin);
    await ours.apply();

    // The dispatcher makes every delivery of an event in one transaction: once one arrived, all exist.
    await deliveredTo(everything, 1, 'case.submitted');
    expect(await deliveriesOf(withdrawalsOnly.id)).toEqual([]);
    expect(await deliveriesOf(elsewhere.id)).toEqual([]);
    expect(received.filter((entry) => [withdrawalsOnly.path, elsewhere.path].includes(entry.path))).toEqual([]);
  });

  it('sends nothing for a case event whose transaction rolled back', async () => {
    const { admin, apply } = await municipality();
    const subscription = await subscribe(admin);
    const caseId = await apply();
    await deliveredTo(subscription, 1, 'case.submitted');

    await expect(
      t.database.db.transaction(async (tx) => {
        await tx.insert(caseEvents).values({ caseId, type: 'withdrawn', actorKind: 'system', data: {} });
        expect(await tx.select().from(webhookOutbox)).not.toEqual([]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await t.database.db.insert(caseEvents).values({ caseId, type: 'message_from_applicant', actorKind: 'system' });

    await deliveredTo(subscription, 1, 'message.received');
    const types = (await deliveriesOf(subscription.id)).map((row) => row.eventType).sort();
    expect(types).toEqual(['case.submitted', 'message.received']);
  });

  it('sends a delivery again with the same webhook-id when the admin asks', async () => {
    const { admin, apply } = await municipality();
    const subscription = await subscribe(admin, ['case.submitted']);
    await apply();
    const [first] = await deliveredTo(subscription, 1);

    const redelivered = await admin.post(`/api/admin/webhooks/deliveries/${first!.body.id}/redeliver`).expect(202);
    expect(redelivered.body).toMatchObject({ id: first!.body.id, status: 'pending' });
    const both = await deliveredTo(subscription, 2);
    expect(both[1]!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(both[1]!.body).toEqual(first!.body);
    const [row] = await waitFor(async () => {
      const rows = await deliveriesOf(subscription.id);
      return rows[0]?.status === 'delivered' && rows[0].attempts === 2 ? rows : undefined;
    });
    expect(row).toMatchObject({ attempts: 2 });
  });
});

describe.concurrent('webhook administration', () => {
  it('shows the secret only at creation and rotation, and signs with the new one at once', async () => {
    const { place, admin, apply } = await municipality();
    const subscription = await subscribe(admin, ['case.submitted']);
    expect(subscription.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await admin.get('/api/admin/webhooks').expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: subscription.id, events: ['case.submitted'], active: true }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(subscription.secret.slice(6));

    const rotated = await admin.post(`/api/admin/webhooks/${subscription.id}/rotate-secret`).expect(200);
    const secret = rotated.body.secret as string;
    expect(secret).not.toBe(subscription.secret);
    await apply();
    const [webhook] = await deliveredTo({ ...subscription, secret }, 1);
    expect(webhook!.body.type).toBe('case.submitted');

    const updated = await admin
      .patch(`/api/admin/webhooks/${subscription.id}`)
      .send({ active: false, events: ['case.withdrawn', 'case.submitted'] })
      .expect(200);
    expect(updated.body).toMatchObject({ active: false, events: ['case.withdrawn', 'case.submitted'] });
    await admin.delete(`/api/admin/webhooks/${subscription.id}`).expect(204);
    expect((await admin.get('/api/admin/webhooks').expect(200)).body.items).toEqual([]);
    expect(await deliveriesOf(subscription.id)).toEqual([]);

    const actions = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, subscription.id));
    expect(actions.map((entry) => entry.action).sort()).toEqual([
      'webhook.create',
      'webhook.delete',
      'webhook.rotate-secret',
      'webhook.update',
    ]);
    expect(
      JSON.stringify(await t.database.db.select().from(auditLog).where(eq(auditLog.municipalityId, place.id))),
    ).not.toContain(secret.slice(6));
  });

  it('takes only https:// URLs where http:// is not allowed (production)', async () => {
    const { place } = await municipality();
    const member = await createStaff(t.database.db, place.id, { role: 'admin' });
    const db = t.database.db;
    // The service as production builds it; the test app itself allows http:// for the local receiver.
    const production = createWebhooksService({
      db,
      repository: createWebhooksRepository(db),
      queue: createJobQueue(t.database, t.app.log),
      audit: createAuditService(db),
      allowHttp: false,
    });
    const admin = {
      kind: 'staff',
      sessionId: 'session',
      staffId: member.id,
      municipalityId: place.id,
      role: 'admin',
      restricted: false,
    } as const;
    await expect(
      production.create(admin, { url: 'http://system.kommun.se/hook', events: ['case.submitted'] }, 'request'),
    ).rejects.toMatchObject({ status: 422, slug: 'https-required' });
    const created = await production.create(
      admin,
      { url: 'https://system.kommun.se/hook', events: ['case.submitted'] },
      'request',
    );
    await expect(
      production.update(admin, created.subscription.id, { url: 'http://system.kommun.se/hook' }, 'request'),
    ).rejects.toMatchObject({ slug: 'https-required' });
  });

  it('refuses other municipalities, caseworkers and applicants', async () => {
    const ours = await municipality();
    const theirs = await municipality();
    const subscription = await subscribe(ours.admin);
    await ours.apply();
    const [webhook] = await deliveredTo(subscription, 1);

    for (const agent of [theirs.admin]) {
      await agent.get(`/api/admin/webhooks/${subscription.id}/deliveries`).expect(404);
      await agent.patch(`/api/admin/webhooks/${subscription.id}`).send({ active: false }).expect(404);
      await agent.post(`/api/admin/webhooks/${subscription.id}/rotate-secret`).expect(404);
      await agent.post(`/api/admin/webhooks/deliveries/${webhook!.body.id}/redeliver`).expect(404);
      await agent.delete(`/api/admin/webhooks/${subscription.id}`).expect(404);
    }
    await ours.caseworker.get('/api/admin/webhooks').expect(403);
    await ours.applicant.get('/api/admin/webhooks').expect(403);
    await request(t.app.server).get('/api/admin/webhooks').expect(401);
    await ours.admin
      .post('/api/admin/webhooks')
      .send({ url: 'ftp://example.com/hook', events: ['case.submitted'] })
      .expect(400);
  });
});
