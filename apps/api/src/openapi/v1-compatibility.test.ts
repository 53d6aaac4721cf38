/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- the fixtures are free-form OpenAPI JSON, edited in place per case */
import { describe, expect, it } from 'vitest';
import { breakingChanges, v1Contract } from './v1-compatibility.js';

const caseSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['submitted', 'decided'] },
    period: { type: ['string', 'null'] },
  },
  required: ['id', 'status', 'period'],
};

const bodySchema = {
  type: 'object',
  properties: { body: { type: 'string', maxLength: 4000 }, notify: { type: 'boolean' } },
  required: ['body'],
};

/** A small document in the shape @fastify/swagger emits, with one read and one write. */
function document(change: (doc: any) => void = () => {}) {
  const doc: any = {
    openapi: '3.1.0',
    components: { schemas: { Case: structuredClone(caseSchema) } },
    paths: {
      '/api/v1/cases/{caseId}': {
        get: {
          operationId: 'v1GetCase',
          parameters: [{ in: 'path', name: 'caseId', required: true, schema: { type: 'string' } }],
          responses: {
            200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Case' } } } },
            404: { content: { 'application/problem+json': { schema: { type: 'object' } } } },
          },
        },
        post: {
          operationId: 'v1SendMessage',
          requestBody: { required: true, content: { 'application/json': { schema: structuredClone(bodySchema) } } },
          responses: { 201: { content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      '/api/staff/cases': { get: { operationId: 'listCases', responses: {} } },
    },
  };
  change(doc);
  return doc;
}

const diff = (change: (doc: any) => void) => breakingChanges(v1Contract(document()), v1Contract(document(change)));

describe('breaking changes to /api/v1', () => {
  it('allows additions: new operations, optional inputs, answer properties and enum values', () => {
    expect(
      diff((doc) => {
        doc.paths['/api/v1/cases'] = { get: { operationId: 'v1ListCases', responses: {} } };
        doc.paths['/api/v1/cases/{caseId}'].get.parameters.push({ in: 'query', name: 'lang', schema: {} });
        doc.components.schemas.Case.properties.channel = { type: 'string' };
        doc.components.schemas.Case.properties.status.enum.push('withdrawn');
        doc.paths['/api/v1/cases/{caseId}'].post.requestBody.content['application/json'].schema.properties.tag = {
          type: 'string',
        };
      }),
    ).toEqual([]);
  });

  it('ignores routes outside /api/v1 and problem answers', () => {
    expect(
      diff((doc) => {
        delete doc.paths['/api/staff/cases'];
        delete doc.paths['/api/v1/cases/{caseId}'].get.responses[404];
      }),
    ).toEqual([]);
  });

  it('finds a removed operation and a renamed operationId', () => {
    expect(
      diff((doc) => {
        delete doc.paths['/api/v1/cases/{caseId}'].post;
        doc.paths['/api/v1/cases/{caseId}'].get.operationId = 'getCase';
      }),
    ).toEqual([
      'GET /api/v1/cases/{caseId}: operationId v1GetCase became getCase',
      'POST /api/v1/cases/{caseId}: operation removed',
    ]);
  });

  it('finds answers that lose a property, an enum value, a guarantee or a type, through references', () => {
    expect(
      diff((doc) => {
        const schema = doc.components.schemas.Case;
        delete schema.properties.id;
        schema.properties.status.enum = ['submitted'];
        schema.required = ['status'];
        schema.properties.period.type = ['string', 'null', 'number'];
      }),
    ).toEqual([
      'GET /api/v1/cases/{caseId}: response 200 application/json.id: property removed',
      'GET /api/v1/cases/{caseId}: response 200 application/json.status: enum value "decided" removed',
      'GET /api/v1/cases/{caseId}: response 200 application/json.period: type string|null became string|null|number',
      'GET /api/v1/cases/{caseId}: response 200 application/json.period: no longer always present',
    ]);
  });

  it('finds requests that demand more: a new required field or parameter, a tighter limit, a narrower type', () => {
    expect(
      diff((doc) => {
        const schema = doc.paths['/api/v1/cases/{caseId}'].post.requestBody.content['application/json'].schema;
        schema.required = ['body', 'notify'];
        schema.properties.body.maxLength = 1000;
        schema.properties.notify.type = 'string';
        doc.paths['/api/v1/cases/{caseId}'].get.parameters.push({
          in: 'header',
          name: 'x-tenant',
          required: true,
          schema: { type: 'string' },
        });
      }),
    ).toEqual([
      'GET /api/v1/cases/{caseId}: parameter header:x-tenant became required',
      'POST /api/v1/cases/{caseId}: request application/json.body: maxLength tightened to 1000',
      'POST /api/v1/cases/{caseId}: request application/json.notify: type boolean became string',
      'POST /api/v1/cases/{caseId}: request application/json.notify: became required',
    ]);
  });

  it('finds a webhook removed or its payload losing a field', () => {
    const withHooks = (change: (hooks: any) => void) =>
      document((doc) => {
        doc.webhooks = {
          'case.submitted': {
            post: {
              requestBody: {
                content: {
                  'application/json': {
                    schema: { type: 'object', properties: { id: {}, caseId: {} }, required: ['id', 'caseId'] },
                  },
                },
              },
            },
          },
          'case.withdrawn': { post: { requestBody: { content: {} } } },
        };
        change(doc.webhooks);
      });
    const released = v1Contract(withHooks(() => {}));
    expect(
      breakingChanges(
        released,
        v1Contract(
          withHooks((hooks) => {
            delete hooks['case.withdrawn'];
            delete hooks['case.submitted'].post.requestBody.content['application/json'].schema.properties.caseId;
          }),
        ),
      ),
    ).toEqual([
      'WEBHOOK case.submitted: payload application/json.caseId: property removed',
      'WEBHOOK case.withdrawn: webhook removed',
    ]);
  });
});
