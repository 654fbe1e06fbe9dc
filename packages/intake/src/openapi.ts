import * as z from 'zod';
import {
  decisionRecordSchema,
  exampleSupportRequest,
  supportRequestSchema,
  trajectoryStateSchema,
  UUID_PATTERN,
} from '@npo-gemeenten/core';
import { pageLimit } from './page-limit.js';
import { transitionBodySchema } from './transition-body.js';

const localizedText = z.strictObject({ nl: z.string(), en: z.string() });
const fieldError = z.strictObject({ path: z.string(), code: z.string(), message: localizedText });
const validationErrors = z.strictObject({ errors: z.array(fieldError) });
const problemBody = z.object({ error: z.string(), message: localizedText });
const created = z.strictObject({
  id: z.string().regex(UUID_PATTERN),
  reference: z.string().regex(/^NPO-\d{4}-\d{6,}$/),
  status: z.literal('submitted'),
});
const trajectoryEvent = z.strictObject({
  from: trajectoryStateSchema,
  to: trajectoryStateSchema,
  at: z.iso.datetime(),
  actor: z.string(),
  note: z.string().optional(),
});
const eligibilityCheck = z.strictObject({
  status: z.enum(['match', 'mismatch', 'unavailable']),
  flagged: z.boolean(),
  serverDecision: z.nullable(decisionRecordSchema),
  differences: z.array(z.strictObject({ field: z.string(), client: z.unknown(), server: z.unknown() })),
  reason: z.string().optional(),
  clientFigures: z.array(z.string()),
});
const storedRequest = z.strictObject({
  id: z.string().regex(UUID_PATTERN),
  reference: z.string(),
  status: trajectoryStateSchema,
  receivedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  eligibilityFlagged: z.boolean(),
  request: supportRequestSchema,
  clientDecision: decisionRecordSchema,
  eligibilityCheck,
  history: z.array(trajectoryEvent).optional(),
});
const page = z.strictObject({ items: z.array(storedRequest), total: z.int().min(0), next: z.string().nullable() });

function schema(value: z.core.$ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(value, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  delete json.$schema;
  return json;
}

function jsonContent(body: Record<string, unknown>, example?: unknown) {
  return { 'application/json': { schema: body, ...(example === undefined ? {} : { example }) } };
}

function problemResponse(description: string) {
  return { description, content: jsonContent({ $ref: '#/components/schemas/Problem' }) };
}

/** The OpenAPI 3.1 document of the intake, generated from the zod schemas. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const admin = [{ bearer: [] }];
  const idParam = {
    name: 'id',
    in: 'path',
    required: true,
    description: 'Request id (UUID) or reference (NPO-YYYY-NNNNNN).',
    schema: { type: 'string' },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'NPO gemeenten intake',
      version: '0.0.0',
      description:
        'Receives support requests for the NP Onderwijs offer to smaller municipalities and lets staff list, export and move them through the trajectory.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        SupportRequest: schema(supportRequestSchema, 'input'),
        Created: schema(created, 'output'),
        ValidationErrors: schema(validationErrors, 'output'),
        Problem: schema(problemBody, 'output'),
        StoredRequest: schema(storedRequest, 'output'),
        Page: schema(page, 'output'),
        TransitionBody: schema(transitionBodySchema, 'input'),
      },
    },
    paths: {
      '/api/requests': {
        post: {
          summary: 'Submit a support request',
          description:
            'Idempotent per Idempotency-Key (must equal clientRequestId): an exact retry returns the first answer with header Idempotent-Replayed: true. A filled honeypot field `website` is answered with 202 and nothing is stored.',
          parameters: [
            { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 200 } },
          ],
          requestBody: {
            required: true,
            content: jsonContent({ $ref: '#/components/schemas/SupportRequest' }, exampleSupportRequest),
          },
          responses: {
            '201': { description: 'Stored durably', content: jsonContent({ $ref: '#/components/schemas/Created' }) },
            '202': { description: 'Honeypot filled: nothing stored' },
            '400': problemResponse('Invalid JSON, or Idempotency-Key missing or not equal to clientRequestId'),
            '403': problemResponse('Origin not allowed'),
            '409': problemResponse('Idempotency-Key already used for a different body'),
            '413': problemResponse('Body too large'),
            '415': problemResponse('Not application/json'),
            '422': {
              description: 'Field errors in Dutch and English',
              content: jsonContent({ $ref: '#/components/schemas/ValidationErrors' }),
            },
            '429': problemResponse('Rate limit exceeded'),
            '503': problemResponse('Store unavailable; retry with the same key'),
          },
        },
        get: {
          summary: 'List requests, newest first',
          security: admin,
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: pageLimit.min, maximum: pageLimit.max, default: pageLimit.default } },
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
            { name: 'status', in: 'query', schema: schema(trajectoryStateSchema, 'output') },
          ],
          responses: {
            '200': { description: 'One page', content: jsonContent({ $ref: '#/components/schemas/Page' }) },
            '400': problemResponse('Invalid query'),
            '401': problemResponse('Missing or wrong token'),
          },
        },
      },
      '/api/requests.csv': {
        get: {
          summary: 'Export requests as CSV (formula-safe, RFC 4180, UTF-8 with BOM)',
          security: admin,
          parameters: [{ name: 'status', in: 'query', schema: schema(trajectoryStateSchema, 'output') }],
          responses: {
            '200': { description: 'CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
            '401': problemResponse('Missing or wrong token'),
          },
        },
      },
      '/api/requests/{id}': {
        get: {
          summary: 'One request with its trajectory history',
          security: admin,
          parameters: [idParam],
          responses: {
            '200': { description: 'The request', content: jsonContent({ $ref: '#/components/schemas/StoredRequest' }) },
            '401': problemResponse('Missing or wrong token'),
            '404': problemResponse('Not found'),
          },
        },
        delete: {
          summary: 'Erase a request and its history (right to erasure, retention)',
          security: admin,
          parameters: [idParam],
          responses: {
            '204': { description: 'Erased' },
            '401': problemResponse('Missing or wrong token'),
            '404': problemResponse('Not found'),
          },
        },
      },
      '/api/requests/{id}/transitions': {
        post: {
          summary: 'Move a request through the trajectory',
          security: admin,
          parameters: [idParam],
          requestBody: {
            required: true,
            content: jsonContent({ $ref: '#/components/schemas/TransitionBody' }, { to: 'intake', actor: 'J. de Vries' }),
          },
          responses: {
            '200': { description: 'Moved', content: jsonContent({ $ref: '#/components/schemas/StoredRequest' }) },
            '401': problemResponse('Missing or wrong token'),
            '404': problemResponse('Not found'),
            '409': problemResponse('Move not allowed from the current state'),
            '422': {
              description: 'Invalid body',
              content: jsonContent({ $ref: '#/components/schemas/ValidationErrors' }),
            },
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
      '/healthz': {
        get: {
          summary: 'Liveness and store check',
          responses: { '200': { description: 'Healthy' }, '503': { description: 'Store unavailable' } },
        },
      },
    },
  };
}
