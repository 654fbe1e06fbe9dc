import * as z from 'zod';
import {
  decisionRecordSchema,
  eligibilityOutcomeSchema,
  exampleSupportRequest,
  providerIdSchema,
  providerIds,
  supportRequestSchema,
  trajectoryStateSchema,
} from '@npo-gemeenten/core';
import { limitParameter } from './page-limit.js';
import {
  auditPageSchema as auditPage,
  createdBodySchema as created,
  meSchema as me,
  noteViewSchema as note,
  problemBodySchema as problemBody,
  requestPageSchema as page,
  sessionSchema as session,
  statsSchema as stats,
  storedRequestViewSchema as storedRequest,
  honeypotAnswerSchema,
  subjectResultSchema,
  transitionResultSchema,
  validationErrorsSchema as validationErrors,
  webhookDeliverySchema as webhookDelivery,
} from './http-contract.js';
import {
  assignmentBodySchema,
  noteBodySchema,
  sessionBodySchema,
  subjectSearchBodySchema,
  transitionBodySchema,
} from './admin-bodies.js';


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

const filterParameters = [
  { name: 'status', in: 'query', schema: schema(trajectoryStateSchema, 'output') },
  { name: 'provider', in: 'query', schema: { enum: [...providerIds] } },
  { name: 'adviser', in: 'query', description: 'E-mail address of the assigned adviser.', schema: { type: 'string' } },
  { name: 'municipality', in: 'query', description: 'CBS municipality code, e.g. GM0088.', schema: { type: 'string' } },
  { name: 'province', in: 'query', description: 'CBS province code, e.g. PV21.', schema: { type: 'string' } },
  { name: 'outcome', in: 'query', schema: schema(eligibilityOutcomeSchema, 'output') },
  { name: 'receivedFrom', in: 'query', description: 'First day of receipt (UTC).', schema: { type: 'string', format: 'date' } },
  { name: 'receivedTo', in: 'query', description: 'Last day of receipt (UTC), inclusive.', schema: { type: 'string', format: 'date' } },
];

/** The OpenAPI 3.1 document of the intake, generated from the zod schemas. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const admin = [{ bearer: [] }, { session: [] }];
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
        'Receives support requests for the NP Onderwijs offer to smaller municipalities and lets staff list, export, assign, annotate and move them through the trajectory. Staff sign in with a personal bearer token (`npo-intake users add`); coordinators see everything, advisers only the requests assigned to their provider or to them (anything else is 404). Every read of personal data, list, export, change and failed sign-in is recorded in the audit log.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'npo_session',
          description:
            'Set by POST /api/session. With it, POST and DELETE must come from this site (Origin on this host, or Sec-Fetch-Site: same-origin), else 403.',
        },
      },
      schemas: {
        SupportRequest: schema(supportRequestSchema, 'input'),
        Created: schema(created, 'output'),
        ValidationErrors: schema(validationErrors, 'output'),
        Problem: schema(problemBody, 'output'),
        StoredRequest: schema(storedRequest, 'output'),
        Page: schema(page, 'output'),
        TransitionBody: schema(transitionBodySchema, 'input'),
        AssignmentBody: schema(assignmentBodySchema, 'input'),
        NoteBody: schema(noteBodySchema, 'input'),
        Note: schema(note, 'output'),
        SubjectSearchBody: schema(subjectSearchBodySchema, 'input'),
        SubjectResult: schema(subjectResultSchema, 'output'),
        TransitionResult: schema(transitionResultSchema, 'output'),
        HoneypotAnswer: schema(honeypotAnswerSchema, 'output'),
        AuditPage: schema(auditPage, 'output'),
        Me: schema(me, 'output'),
        SessionBody: schema(sessionBodySchema, 'input'),
        Session: schema(session, 'output'),
        Stats: schema(stats, 'output'),
        WebhookDelivery: schema(webhookDelivery, 'output'),
      },
    },
    webhooks: {
      requestReceived: {
        post: {
          summary: 'A new request was stored (sent to --webhook-url)',
          description:
            'Sent once per new request from the transactional outbox, retried with exponential backoff until the receiver answers 2xx, and dead-lettered after the last attempt (NPO_INTAKE_OUTBOX_MAX_ATTEMPTS). A retry carries the same NPO-Delivery id: treat a repeat as already handled. Verify the signature before trusting the body: `NPO-Signature` is `v1=` followed by the hex HMAC-SHA256, keyed with NPO_INTAKE_WEBHOOK_SECRET, of `<NPO-Timestamp>.<raw body>`; reject timestamps more than five minutes from now.',
          parameters: [
            { name: 'NPO-Delivery', in: 'header', required: true, description: 'Delivery id (UUID), the same on every retry.', schema: { type: 'string', format: 'uuid' } },
            { name: 'NPO-Timestamp', in: 'header', required: true, description: 'When this attempt was signed, in Unix seconds.', schema: { type: 'string', pattern: '^[0-9]+$' } },
            { name: 'NPO-Signature', in: 'header', required: true, description: '`v1=` and the hex HMAC-SHA256 of `<timestamp>.<body>`.', schema: { type: 'string', pattern: '^v1=[0-9a-f]{64}$' } },
          ],
          requestBody: { required: true, content: jsonContent({ $ref: '#/components/schemas/WebhookDelivery' }) },
          responses: {
            '2XX': { description: 'Taken: the delivery is done.' },
            default: { description: 'Anything else (or no answer within the timeout) is retried.' },
          },
        },
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
            '202': {
              description: 'Honeypot filled: nothing stored',
              content: jsonContent({ $ref: '#/components/schemas/HoneypotAnswer' }),
            },
            '400': problemResponse('Invalid JSON, or Idempotency-Key missing or not equal to clientRequestId'),
            '403': problemResponse('Origin not allowed'),
            '409': problemResponse('Idempotency-Key already used for a different body'),
            '413': problemResponse('Body over 32 KB (answered with Connection: close)'),
            '415': problemResponse('Not application/json'),
            '422': {
              description: 'Field errors in Dutch and English (at most 20; unknown field names cut to 64 characters)',
              content: jsonContent({ $ref: '#/components/schemas/ValidationErrors' }),
            },
            '429': problemResponse('Rate limit exceeded'),
            '500': problemResponse('The request can never be stored (store-rejected); no Retry-After'),
            '503': problemResponse('Store unavailable; retry with the same key'),
          },
        },
        get: {
          summary: 'List requests, newest first',
          security: admin,
          parameters: [
            limitParameter,
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
            {
              name: 'sort',
              in: 'query',
              schema: {
                enum: ['received-desc', 'received-asc', 'municipality-asc', 'municipality-desc'],
                default: 'received-desc',
              },
            },
            ...filterParameters,
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
          summary: 'Export requests as CSV: UTF-8 with BOM, `;`-separated, every cell quoted and formula-safe',
          security: admin,
          parameters: filterParameters,
          responses: {
            '200': { description: 'CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
            '400': problemResponse('Invalid query'),
            '401': problemResponse('Missing or wrong token'),
          },
        },
      },
      '/api/requests.xlsx': {
        get: {
          summary: 'Export requests as an XLSX workbook, every cell a text cell (never a formula)',
          security: admin,
          parameters: filterParameters,
          responses: {
            '200': {
              description: 'XLSX file',
              content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', contentMediaType: 'application/zip' } } },
            },
            '400': problemResponse('Invalid query'),
            '401': problemResponse('Missing or wrong token'),
          },
        },
      },
      '/api/requests/{id}': {
        get: {
          summary: 'One request with its trajectory history and internal notes (audited as a read)',
          security: admin,
          parameters: [idParam],
          responses: {
            '200': { description: 'The request', content: jsonContent({ $ref: '#/components/schemas/StoredRequest' }) },
            '401': problemResponse('Missing or wrong token'),
            '404': problemResponse('Not found'),
          },
        },
        delete: {
          summary: 'Erase a request with its history and notes (right to erasure); coordinators only',
          security: admin,
          parameters: [idParam],
          responses: {
            '204': { description: 'Erased' },
            '401': problemResponse('Missing or wrong token'),
            '403': problemResponse('Not a coordinator, or (with the session cookie) not from this site'),
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
            content: jsonContent({ $ref: '#/components/schemas/TransitionBody' }, { to: 'intake', note: 'Eerste gesprek gepland' }),
          },
          responses: {
            '200': { description: 'Moved', content: jsonContent({ $ref: '#/components/schemas/TransitionResult' }) },
            '401': problemResponse('Missing or wrong token'),
            '403': problemResponse('With the session cookie: not from this site'),
            '404': problemResponse('Not found'),
            '409': problemResponse('Move not allowed from the current state'),
            '422': {
              description: 'Invalid body',
              content: jsonContent({ $ref: '#/components/schemas/ValidationErrors' }),
            },
          },
        },
      },
      '/api/requests/{id}/assignment': {
        post: {
          summary: 'Assign a request to a consortium member and, optionally, one of its advisers; coordinators only',
          security: admin,
          parameters: [idParam],
          requestBody: {
            required: true,
            content: jsonContent({ $ref: '#/components/schemas/AssignmentBody' }, { provider: 'oberon', adviserEmail: 'adviseur@oberon.nl' }),
          },
          responses: {
            '200': { description: 'Assigned', content: jsonContent({ $ref: '#/components/schemas/StoredRequest' }) },
            '401': problemResponse('Missing or wrong token'),
            '403': problemResponse('Not a coordinator, or (with the session cookie) not from this site'),
            '404': problemResponse('Not found'),
            '422': {
              description: 'Invalid body (field errors), or no active adviser with that address at that provider (problem `unknown-adviser`)',
              content: jsonContent({
                oneOf: [{ $ref: '#/components/schemas/ValidationErrors' }, { $ref: '#/components/schemas/Problem' }],
              }),
            },
          },
        },
      },
      '/api/requests/{id}/notes': {
        post: {
          summary: 'Add an internal note (never shown in a requester-facing answer)',
          security: admin,
          parameters: [idParam],
          requestBody: {
            required: true,
            content: jsonContent({ $ref: '#/components/schemas/NoteBody' }, { text: 'Gebeld; wethouder wil in september starten.' }),
          },
          responses: {
            '201': { description: 'Added', content: jsonContent({ $ref: '#/components/schemas/Note' }) },
            '401': problemResponse('Missing or wrong token'),
            '403': problemResponse('With the session cookie: not from this site'),
            '404': problemResponse('Not found'),
            '422': { description: 'Invalid body', content: jsonContent({ $ref: '#/components/schemas/ValidationErrors' }) },
          },
        },
      },
      '/api/subjects/search': {
        post: {
          summary: 'Everything stored about one requester, by e-mail address (AVG art. 15); coordinators only',
          security: admin,
          requestBody: {
            required: true,
            content: jsonContent({ $ref: '#/components/schemas/SubjectSearchBody' }, { email: 'j.devries@example.nl' }),
          },
          responses: {
            '200': { description: 'The requests', content: jsonContent({ $ref: '#/components/schemas/SubjectResult' }) },
            '401': problemResponse('Missing or wrong token'),
            '403': problemResponse('Not a coordinator, or (with the session cookie) not from this site'),
            '422': { description: 'Invalid body', content: jsonContent({ $ref: '#/components/schemas/ValidationErrors' }) },
          },
        },
      },
      '/api/audit': {
        get: {
          summary: 'The audit log, newest first; coordinators only',
          security: admin,
          parameters: [
            limitParameter,
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
            { name: 'request', in: 'query', description: 'Only entries about this request id.', schema: { type: 'string', format: 'uuid' } },
          ],
          responses: {
            '200': { description: 'One page', content: jsonContent({ $ref: '#/components/schemas/AuditPage' }) },
            '400': problemResponse('Invalid query'),
            '401': problemResponse('Missing or wrong token'),
            '403': problemResponse('Not a coordinator, or (with the session cookie) not from this site'),
          },
        },
      },
      '/api/me': {
        get: {
          summary: 'The signed-in person',
          security: admin,
          responses: {
            '200': { description: 'Who is signed in', content: jsonContent({ $ref: '#/components/schemas/Me' }) },
            '401': problemResponse('Missing or wrong token'),
          },
        },
      },
      '/api/session': {
        post: {
          summary: 'Sign in a browser: exchange a personal token once for an HttpOnly session cookie',
          description:
            'Sets `npo_session` (HttpOnly, SameSite=Strict, Path=/, Secure unless on localhost). The session ends after the idle time (default 30 minutes, --session-idle-minutes) and 12 hours after sign-in in any case; only the SHA-256 of its id is stored, and the token not at all. A wrong token is audited and counts toward the sign-in limit.',
          requestBody: { required: true, content: jsonContent({ $ref: '#/components/schemas/SessionBody' }) },
          responses: {
            '200': { description: 'Signed in', content: jsonContent({ $ref: '#/components/schemas/Session' }) },
            '400': problemResponse('Invalid JSON'),
            '401': problemResponse('Wrong token'),
            '415': problemResponse('Not application/json'),
            '422': { description: 'Invalid body', content: jsonContent({ $ref: '#/components/schemas/ValidationErrors' }) },
            '429': problemResponse('Too many failed sign-ins from this client'),
          },
        },
        get: {
          summary: 'The session of the cookie: who is signed in, and when the session ends if left idle',
          security: [{ session: [] }],
          responses: {
            '200': { description: 'Signed in', content: jsonContent({ $ref: '#/components/schemas/Session' }) },
            '401': problemResponse('No session, or it has ended'),
          },
        },
        delete: {
          summary: 'Sign out: ends the session on the server and clears the cookie',
          security: [{ session: [] }],
          responses: {
            '204': { description: 'Signed out (also when there was no session)' },
            '403': problemResponse('Not from this site'),
          },
        },
      },
      '/api/stats': {
        get: {
          summary: "The dashboard's figures, counted by the database, over the requests the signed-in person may see",
          security: admin,
          parameters: [
            { name: 'from', in: 'query', description: 'First day of receipt (UTC), inclusive; short for receivedFrom.', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', description: 'Last day of receipt (UTC), inclusive; short for receivedTo.', schema: { type: 'string', format: 'date' } },
            ...filterParameters,
          ],
          responses: {
            '200': { description: 'The figures', content: jsonContent({ $ref: '#/components/schemas/Stats' }) },
            '400': problemResponse('Invalid query'),
            '401': problemResponse('Missing or wrong token, or no session'),
            '403': problemResponse('Not from this site'),
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
      '/healthz': {
        get: { summary: 'Liveness: the process answers', responses: { '200': { description: 'Alive' } } },
      },
      '/admin/': {
        get: {
          summary: 'The staff workspace (@npo-gemeenten/workspace), when installed; any path below that is not a file gets its index.html',
          description:
            "Served by the CLI from the installed package's dist folder with a strict CSP (`default-src 'none'; script-src 'self'; style-src 'self'; ...`); off with --no-workspace. /admin redirects here.",
          responses: {
            '200': { description: 'A file of the workspace', content: { 'text/html': { schema: { type: 'string' } } } },
            '404': { description: 'The workspace is not installed', content: { 'text/plain': { schema: { type: 'string' } } } },
          },
        },
      },
      '/readyz': {
        get: {
          summary: 'Readiness: the store accepts a write',
          responses: { '200': { description: 'Ready' }, '503': { description: 'The store cannot take writes' } },
        },
      },
    },
  };
}
