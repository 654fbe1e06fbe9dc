import * as z from 'zod';
import {
  EMAIL_PATTERN,
  eligibilityOutcomeSchema,
  providerIdSchema,
  trajectoryMoveSchema,
  trajectoryStateSchema,
  UUID_PATTERN,
} from '@npo-gemeenten/core';
import { limitQuerySchema } from './page-limit.js';

const email = z.string().regex(EMAIL_PATTERN);

/** The text of a note: the rule of a move's note (1-1000 characters, line breaks allowed, no control characters). */
const noteText = trajectoryMoveSchema.shape.note._zod.def.innerType;

/** Body of `POST /api/requests/:id/transitions`. The actor is the signed-in person, so `actor` is refused. */
export const transitionBodySchema = z.strictObject({
  to: trajectoryMoveSchema.shape.to,
  note: trajectoryMoveSchema.shape.note,
});

/** Body of `POST /api/requests/:id/assignment`. */
export const assignmentBodySchema = z.strictObject({
  provider: providerIdSchema,
  adviserEmail: z.optional(email),
});

/** Body of `POST /api/requests/:id/notes`. */
export const noteBodySchema = z.strictObject({ text: noteText });

/** Body of `POST /api/subjects/search`: the address is in the body so it never sits in a URL or a log. */
export const subjectSearchBodySchema = z.strictObject({ email });

const day = z.iso.date();

/** The filters shared by the request list and the exports. */
export const requestFilterQuerySchema = z.strictObject({
  status: z.optional(trajectoryStateSchema),
  provider: z.optional(providerIdSchema),
  adviser: z.optional(email),
  municipality: z.optional(z.string().regex(/^GM\d{4}$/)),
  province: z.optional(z.string().regex(/^PV\d{2}$/)),
  outcome: z.optional(eligibilityOutcomeSchema),
  /** First day of receipt (UTC), inclusive. */
  receivedFrom: z.optional(day),
  /** Last day of receipt (UTC), inclusive. */
  receivedTo: z.optional(day),
});

/** Query of `GET /api/requests`: filters, page and order. */
export const listQuerySchema = z.strictObject({
  ...requestFilterQuerySchema.shape,
  limit: limitQuerySchema,
  cursor: z.string().min(1).max(400).optional(),
  sort: z.enum(['received-desc', 'received-asc', 'municipality-asc', 'municipality-desc']).default('received-desc'),
});

/** Body of `POST /api/session`: a personal token (or the bootstrap token), exchanged once for a session cookie. */
export const sessionBodySchema = z.strictObject({ token: z.string().min(1).max(512) });

/**
 * Query of `GET /api/stats`: the list's filters, and `from`/`to` (days of receipt, UTC, inclusive) as
 * short names of `receivedFrom`/`receivedTo`.
 */
export const statsQuerySchema = z
  .strictObject({ ...requestFilterQuerySchema.shape, from: z.optional(day), to: z.optional(day) })
  .refine((q) => q.from === undefined || q.receivedFrom === undefined, { message: 'give from or receivedFrom, not both', path: ['from'] })
  .refine((q) => q.to === undefined || q.receivedTo === undefined, { message: 'give to or receivedTo, not both', path: ['to'] });

/** Query of `GET /api/audit`. */
export const auditQuerySchema = z.strictObject({
  limit: limitQuerySchema,
  cursor: z.string().min(1).max(200).optional(),
  request: z.optional(z.string().regex(UUID_PATTERN)),
});
