import * as z from 'zod';
import {
  decisionRecordSchema,
  eligibilityOutcomeSchema,
  providerIdSchema,
  supportRequestSchema,
  supportTypeSchema,
  trajectoryStateSchema,
  UUID_PATTERN,
} from '@npo-gemeenten/core';

// The answers of the HTTP API, once: `/api/openapi.json` is generated from these schemas, and the
// routes' answer types are inferred from them, so the document and the code cannot drift apart.

// Every id in an answer has the one UUID shape core defines for request ids.
const uuid = () => z.string().regex(UUID_PATTERN);

const localizedText = z.strictObject({ nl: z.string(), en: z.string() });
const fieldError = z.strictObject({ path: z.string(), code: z.string(), message: localizedText });
export const validationErrorsSchema = z.strictObject({ errors: z.array(fieldError) });
/**
 * Body of every error answer other than 422: a stable code, a short text in Dutch and English, and
 * for an invalid query the field errors.
 * @public
 */
export const problemBodySchema = z.strictObject({
  error: z.string(),
  message: localizedText,
  errors: z.array(fieldError).optional(),
  /** An illegal trajectory move: the current state, the state asked for, and the states allowed from here. */
  from: z.optional(trajectoryStateSchema),
  to: z.optional(trajectoryStateSchema),
  allowed: z.array(trajectoryStateSchema).optional(),
});
/**
 * The answer to a stored (or replayed) request: `201 { id, reference, status }`.
 * @public
 */
export const createdBodySchema = z.strictObject({
  id: uuid(),
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
  notices: z.array(z.strictObject({ field: z.string(), client: z.unknown(), server: z.unknown() })).optional(),
  reason: z.string().optional(),
  clientFigures: z.array(z.string()),
});
export const noteViewSchema = z.strictObject({ at: z.iso.datetime(), author: z.string(), text: z.string() });
export const storedRequestViewSchema = z.strictObject({
  id: uuid(),
  reference: z.string(),
  status: trajectoryStateSchema,
  receivedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  provider: z.nullable(providerIdSchema),
  adviserEmail: z.nullable(z.string()),
  eligibilityFlagged: z.boolean(),
  request: supportRequestSchema,
  clientDecision: decisionRecordSchema,
  eligibilityCheck,
  history: z.array(trajectoryEvent).optional(),
  notes: z.array(noteViewSchema).optional(),
});
const auditEntry = z.strictObject({
  at: z.iso.datetime(),
  actor: z.string(),
  action: z.enum([
    'read',
    'list',
    'export',
    'assign',
    'move',
    'note',
    'erase',
    'sign-in-failed',
    'subject-search',
    'user-add',
    'user-revoke',
    'purge',
  ]),
  requestId: z.nullable(uuid()),
  clientAddress: z.nullable(z.string()),
});
export const auditPageSchema = z.strictObject({ items: z.array(auditEntry), total: z.int().min(0), next: z.string().nullable() });
export const subjectItemSchema = z.strictObject({
  id: uuid(),
  reference: z.string(),
  status: trajectoryStateSchema,
  receivedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  request: supportRequestSchema,
  history: z.array(z.strictObject({ from: trajectoryStateSchema, to: trajectoryStateSchema, at: z.iso.datetime() })),
});
export const meSchema = z.strictObject({
  kind: z.enum(['user', 'bootstrap']),
  role: z.enum(['coordinator', 'adviser']),
  name: z.string(),
  email: z.nullable(z.string()),
  provider: z.nullable(z.string()),
});
export const sessionSchema = z.strictObject({
  user: meSchema,
  /** When the session ends if it stays idle (never after its absolute end, 12 hours after sign-in). */
  expiresAt: z.iso.datetime(),
});
const count = () => z.int().min(0);
export const statsSchema = z.strictObject({
  total: count(),
  /** ISO weeks (Monday to Sunday, UTC), oldest first; weeks without requests in between count 0. */
  perWeek: z.array(
    z.strictObject({ week: z.string().regex(/^\d{4}-W\d{2}$/), weekStart: z.iso.date(), count: count() }),
  ),
  /** A request that asks for several support types counts for each. */
  bySupportType: z.array(z.strictObject({ supportType: supportTypeSchema, count: count() })),
  /** The outcome of the server's re-check (the client's when the server had none). */
  byOutcome: z.array(z.strictObject({ outcome: eligibilityOutcomeSchema, count: count() })),
  /** Every trajectory state in order: requests in it now, and the median days a stay in it lasted (null: none left it yet). */
  byStatus: z.array(
    z.strictObject({ status: trajectoryStateSchema, count: count(), medianDaysInState: z.nullable(z.number().min(0)) }),
  ),
  byMunicipality: z.array(z.strictObject({ code: z.string().regex(/^GM\d{4}$/), count: count() })),
  generatedAt: z.iso.datetime(),
});
export const webhookDeliverySchema = z.strictObject({
  event: z.literal('request.received'),
  deliveryId: uuid(),
  request: storedRequestViewSchema,
});
export const transitionResultSchema = z.strictObject({
  ...storedRequestViewSchema.shape,
  event: trajectoryEvent,
});
export const honeypotAnswerSchema = z.strictObject({ status: z.literal('received') });
export const subjectResultSchema = z.strictObject({ items: z.array(subjectItemSchema) });
export const requestPageSchema = z.strictObject({ items: z.array(storedRequestViewSchema), total: z.int().min(0), next: z.string().nullable() });

/**
 * The answer to a stored (or replayed) request.
 * @public
 */
export type CreatedBody = z.output<typeof createdBodySchema>;
/**
 * Body of every error answer other than 422.
 * @public
 */
export type ProblemBody = z.output<typeof problemBodySchema>;
/** A request as the staff API shows it. */
export type StoredRequestView = z.output<typeof storedRequestViewSchema>;
/** A moved request with the move. */
export type TransitionResult = z.output<typeof transitionResultSchema>;
/** One page of the request list. */
export type RequestPage = z.output<typeof requestPageSchema>;
/** One page of the audit log. */
export type AuditPageView = z.output<typeof auditPageSchema>;
/** `GET /api/me`. */
export type MeView = z.output<typeof meSchema>;
/** A note as the staff API shows it. */
export type NoteView = z.output<typeof noteViewSchema>;
/** An access (art. 15) answer. */
export type SubjectResult = z.output<typeof subjectResultSchema>;
/** `POST /api/session` and `GET /api/session`. */
export type SessionView = z.output<typeof sessionSchema>;
/** `GET /api/stats`. */
export type StatsView = z.output<typeof statsSchema>;
/** The body of a webhook delivery. */
export type WebhookDelivery = z.output<typeof webhookDeliverySchema>;
