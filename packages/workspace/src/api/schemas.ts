// The intake's answers as this app reads them. Objects are not strict: a newer intake may add fields.
// Core's schemas give the request and the decision record, so labels and checks share one definition.
import {
  decisionRecordSchema,
  eligibilityOutcomeSchema,
  providerIdSchema,
  supportRequestSchema,
  supportTypeSchema,
  trajectoryStateSchema,
} from '@npo-gemeenten/core';
import * as z from 'zod/mini';

const localizedText = z.object({ nl: z.string(), en: z.string() });

/** The signed-in person (`GET /api/me`). */
export const userSchema = z.object({
  kind: z.enum(['user', 'bootstrap']),
  role: z.enum(['coordinator', 'adviser']),
  name: z.string(),
  email: z.nullable(z.string()),
  provider: z.nullable(z.string()),
});
export type User = z.infer<typeof userSchema>;

/** `POST /api/session` and `GET /api/session`. */
export const sessionSchema = z.object({ user: userSchema, expiresAt: z.optional(z.string()) });
export type Session = z.infer<typeof sessionSchema>;

/** Every error answer other than 422. */
export const problemSchema = z.object({
  error: z.string(),
  message: localizedText,
  allowed: z.optional(z.array(trajectoryStateSchema)),
});
export type Problem = z.infer<typeof problemSchema>;

/** A 422 answer: field errors with texts in both languages. */
export const validationSchema = z.object({
  errors: z.array(z.object({ path: z.string(), code: z.string(), message: localizedText })),
});

const difference = z.object({ field: z.string(), client: z.unknown(), server: z.unknown() });

export const trajectoryEventSchema = z.object({
  from: trajectoryStateSchema,
  to: trajectoryStateSchema,
  at: z.string(),
  actor: z.string(),
  note: z.optional(z.string()),
});
export type TrajectoryEventView = z.infer<typeof trajectoryEventSchema>;

export const noteSchema = z.object({ at: z.string(), author: z.string(), text: z.string() });
export type Note = z.infer<typeof noteSchema>;

/** A stored request as the staff API shows it. */
export const storedRequestSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: trajectoryStateSchema,
  receivedAt: z.string(),
  updatedAt: z.string(),
  provider: z.nullable(providerIdSchema),
  adviserEmail: z.nullable(z.string()),
  eligibilityFlagged: z.boolean(),
  request: supportRequestSchema,
  clientDecision: decisionRecordSchema,
  eligibilityCheck: z.object({
    status: z.enum(['match', 'mismatch', 'unavailable']),
    flagged: z.boolean(),
    serverDecision: z.nullable(decisionRecordSchema),
    differences: z.array(difference),
    notices: z.optional(z.array(difference)),
    reason: z.optional(z.string()),
    clientFigures: z.array(z.string()),
  }),
  history: z.optional(z.array(trajectoryEventSchema)),
  notes: z.optional(z.array(noteSchema)),
});
export type StoredRequest = z.infer<typeof storedRequestSchema>;

export const requestPageSchema = z.object({
  items: z.array(storedRequestSchema),
  total: z.number(),
  next: z.nullable(z.string()),
});
export type RequestPage = z.infer<typeof requestPageSchema>;

export const auditPageSchema = z.object({
  items: z.array(
    z.object({
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      requestId: z.nullable(z.string()),
      clientAddress: z.nullable(z.string()),
    }),
  ),
  total: z.number(),
  next: z.nullable(z.string()),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

const count = z.number().check(z.int(), z.minimum(0));

/** `GET /api/stats`: the dashboard's figures, counted by the server. */
export const statsSchema = z.object({
  total: count,
  perWeek: z.array(z.object({ week: z.string(), weekStart: z.string(), count })),
  bySupportType: z.array(z.object({ supportType: supportTypeSchema, count })),
  byOutcome: z.array(z.object({ outcome: z.union([eligibilityOutcomeSchema, z.string()]), count })),
  byStatus: z.array(z.object({ status: trajectoryStateSchema, count, medianDaysInState: z.nullable(z.number()) })),
  byMunicipality: z.array(z.object({ code: z.string(), count })),
  generatedAt: z.string(),
});
export type Stats = z.infer<typeof statsSchema>;
