import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf, samplePng } from '@ebistans/testing';
import { attachments, auditLog, caseEvents } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { multipartBody, type Part } from '../helpers/multipart.js';
import { binary } from '../helpers/pdf.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'ebistans-documents-'));
  t = await createTestApp({ DATA_DIR: dataDir });
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function upload(agent: request.Agent, caseId: string, parts: Part[]) {
  const { body, contentType } = multipartBody(parts);
  return agent.post(`/api/staff/cases/${caseId}/documents`).set('content-type', contentType).send(body);
}

/** The objects in the folder file store under the municipality's attachments. */
function storedObjects(municipalityId: string) {
  try {
    return readdirSync(path.join(dataDir, 'files', municipalityId, 'attachments'));
  } catch {
    return [];
  }
}

const staffRows = (caseId: string) =>
  t.database.db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.caseId, caseId), eq(attachments.uploadedByKind, 'staff')));

describe('Handlingar', () => {
  it('lists every document of the case from both sides, with who sent it, and audit-logs the read', async () => {
    const { agent, caseworker, member, applicant, caseId } = await submittedCaseWithCaseworker(t);
    const receipt = multipartBody([
      { name: 'category', value: 'salary_slip' },
      { name: 'file', filename: 'lönespec.png', content: samplePng() },
    ]);
    await agent
      .post(`/api/applicant/cases/${caseId}/attachments`)
      .set('content-type', receipt.contentType)
      .send(receipt.body)
      .expect(201);
    const uploaded = await upload(caseworker, caseId, [
      { name: 'category', value: 'scanned_application' },
      { name: 'file', filename: 'ansökan skannad.pdf', content: samplePdf() },
    ]).expect(201);
    expect(uploaded.body.items).toMatchObject([
      {
        fileName: 'ansökan skannad.pdf',
        contentType: 'application/pdf',
        category: 'scanned_application',
        messageId: null,
        uploadedBy: { kind: 'staff', name: member.displayName },
      },
    ]);

    const listed = await caseworker.get(`/api/staff/cases/${caseId}/documents`).expect(200);
    expect(
      listed.body.items.map((item: { fileName: string; uploadedBy: unknown }) => [item.fileName, item.uploadedBy]),
    ).toEqual([
      ['lönespec.png', { kind: 'applicant', name: `${applicant.givenName} ${applicant.familyName}` }],
      ['ansökan skannad.pdf', { kind: 'staff', name: member.displayName }],
    ]);

    // Viewed in the browser through the attachments' staff route, which audit-logs each open.
    const id = uploaded.body.items[0].id as string;
    const viewed = await caseworker
      .get(`/api/staff/cases/${caseId}/attachments/${id}/content?inline=true`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(viewed.body as Buffer, samplePdf())).toBe(0);
    expect(viewed.headers['content-disposition']).toMatch(/^inline;/);

    const actions = await t.database.db
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.actorId, member.id));
    expect(actions).toEqual([
      { action: 'case.documents.upload', details: { attachmentIds: [id] } },
      { action: 'case.documents.list', details: {} },
      { action: 'case.file.read', details: { attachmentId: id } },
    ]);
    const events = await t.database.db
      .select({ type: caseEvents.type, actorKind: caseEvents.actorKind })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, caseId));
    expect(events).toContainEqual({ type: 'documents_added', actorKind: 'staff' });
  });

  it('stores all files of a request or none: a refused file leaves no row and no object', async () => {
    const { caseworker, municipality, caseId } = await submittedCaseWithCaseworker(t);
    const refused = await upload(caseworker, caseId, [
      { name: 'file', filename: 'brev.pdf', content: samplePdf() },
      { name: 'file', filename: 'anteckning.pdf', content: Buffer.from('inte en pdf') },
    ]).expect(415);
    expect(refused.body.type).toBe('urn:ebistans:problem:unsupported-file-type');
    expect(await staffRows(caseId)).toEqual([]);
    expect(storedObjects(municipality.id)).toEqual([]);

    await upload(caseworker, caseId, [
      { name: 'category', value: 'påhittad' },
      { name: 'file', filename: 'brev.pdf', content: samplePdf() },
    ]).expect(400);
    await upload(caseworker, caseId, [{ name: 'file', filename: '../brev.pdf', content: samplePdf() }]).expect(400);
    await upload(caseworker, caseId, [{ name: 'category', value: 'document' }]).expect(400);
    expect(await staffRows(caseId)).toEqual([]);
    expect(storedObjects(municipality.id)).toEqual([]);

    const stored = await upload(caseworker, caseId, [{ name: 'file', filename: 'brev.pdf', content: samplePdf() }]);
    expect(stored.status).toBe(201);
    expect(stored.body.items[0].category).toBe('document');
    expect(storedObjects(municipality.id)).toHaveLength(1);
  });

  it('sends staff documents with a message: the applicant can open those, and only those', async () => {
    const { agent, caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const [letter, scan] = await Promise.all(
      ['beslut-utkast.pdf', 'intern-skanning.pdf'].map(async (fileName) => {
        const response = await upload(caseworker, caseId, [{ name: 'file', filename: fileName, content: samplePdf() }]);
        return response.body.items[0].id as string;
      }),
    );
    await caseworker
      .post(`/api/staff/cases/${caseId}/messages`)
      .send({ body: 'Här är brevet.', attachmentIds: [letter] })
      .expect(201);

    const thread = await agent.get(`/api/applicant/cases/${caseId}/messages`).expect(200);
    expect(thread.body.items[0].attachments).toEqual([
      { id: letter, fileName: 'beslut-utkast.pdf', contentType: 'application/pdf' },
    ]);
    const opened = await agent
      .get(`/api/applicant/cases/${caseId}/attachments/${letter}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(opened.body as Buffer, samplePdf())).toBe(0);
    await agent.get(`/api/applicant/cases/${caseId}/attachments/${scan}/content`).expect(404);
    const mine = await agent.get(`/api/applicant/cases/${caseId}/attachments`).expect(200);
    expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([letter]);

    // A file already sent, or not a staff document of this case, cannot be attached; nothing is sent then.
    const refused = await caseworker
      .post(`/api/staff/cases/${caseId}/messages`)
      .send({ body: 'Igen.', attachmentIds: [letter] })
      .expect(404);
    expect(refused.body.type).toBe('urn:ebistans:problem:not-found');
    const after = await caseworker.get(`/api/staff/cases/${caseId}/messages`).expect(200);
    expect(after.body.items).toHaveLength(1);
  });
});
