import * as z from 'zod';
import { trajectoryMoveSchema, type FieldError } from '@npo-gemeenten/core';

/** Body of `POST /api/requests/:id/transitions`: core's move, with `actor` optional (default `admin`). */
export const transitionBodySchema = z.strictObject({
  ...trajectoryMoveSchema.shape,
  actor: z.optional(trajectoryMoveSchema.shape.actor),
});

/** Field errors (nl/en) for a failed parse of an admin body or query. */
export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const where = path === '' ? '' : ` (${path})`;
    return {
      path,
      code: 'invalid-format',
      message: { nl: `Ongeldige waarde${where}.`, en: `Invalid value${where}.` },
    };
  });
}
