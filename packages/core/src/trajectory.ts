import * as z from 'zod/mini';
import { trajectoryStateSchema } from './enums.js';
import { trimmedText } from './text.js';
import { canTransition } from './transitions.js';

// Each schema is built in a pure-annotated call so that bundlers drop the schemas a bundle does not use
// (they cannot tell on their own that zod's builders have no side effects).

/** A request to move a trajectory to another state, by an actor with an optional note. */
export const trajectoryMoveSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    to: trajectoryStateSchema,
    actor: trimmedText(1, 100),
    note: z.optional(trimmedText(1, 1000, { multiline: true })),
  }))();
/** A request to move a trajectory. */
export type TrajectoryMove = z.infer<typeof trajectoryMoveSchema>;

/** A recorded move of a trajectory, stamped with time (ISO 8601 date-time) and actor. */
export const trajectoryEventSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      from: trajectoryStateSchema,
      to: trajectoryStateSchema,
      at: z.iso.datetime({ offset: true }),
      actor: trimmedText(1, 100),
      note: z.optional(trimmedText(1, 1000, { multiline: true })),
    })
    .check(
      z.refine((event) => canTransition(event.from, event.to), {
        message: 'transition-not-allowed',
        path: ['to'],
      }),
    ))();
/** A recorded move of a trajectory. */
export type TrajectoryEvent = z.infer<typeof trajectoryEventSchema>;
