import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ProblemBody } from './http-contract.js';

export type { ProblemBody } from './http-contract.js';

const texts = {
  'unsupported-media-type': ['Stuur de aanvraag als application/json.', 'Send the request as application/json.'],
  'payload-too-large': ['De aanvraag is te groot.', 'The request body is too large.'],
  'invalid-json': ['De aanvraag is geen geldige JSON.', 'The request body is not valid JSON.'],
  'idempotency-key-required': [
    'De header Idempotency-Key ontbreekt of is ongeldig.',
    'The Idempotency-Key header is missing or invalid.',
  ],
  'idempotency-key-mismatch': [
    'De header Idempotency-Key moet gelijk zijn aan clientRequestId.',
    'The Idempotency-Key header must equal clientRequestId.',
  ],
  'idempotency-key-reused': [
    'Deze Idempotency-Key is al gebruikt voor een andere aanvraag.',
    'This Idempotency-Key was already used for a different request.',
  ],
  'origin-not-allowed': ['Deze website mag geen aanvragen sturen.', 'This origin may not send requests.'],
  'rate-limited': ['Te veel aanvragen; probeer het later opnieuw.', 'Too many requests; try again later.'],
  unauthorized: ['Aanmelden vereist.', 'Authentication required.'],
  forbidden: ['Dit mag alleen een coördinator.', 'Only a coordinator may do this.'],
  'cross-site': [
    'Deze wijziging komt niet van deze site; open de werkplek opnieuw.',
    'This change does not come from this site; open the workspace again.',
  ],
  'not-found': ['Niet gevonden.', 'Not found.'],
  'invalid-query': ['Ongeldige parameter in de zoekopdracht.', 'Invalid query parameter.'],
  'illegal-transition': ['Deze statuswijziging is niet toegestaan.', 'This status change is not allowed.'],
  'store-unavailable': [
    'De aanvraag kon niet worden opgeslagen; probeer het opnieuw.',
    'The request could not be stored; please retry.',
  ],
  'store-rejected': [
    'De aanvraag kan niet worden opgeslagen; opnieuw proberen helpt niet.',
    'The request cannot be stored; retrying will not help.',
  ],
  'invalid-body': ['De inhoud van het verzoek is ongeldig.', 'The request body is invalid.'],
  'unknown-adviser': [
    'Er is geen actieve adviseur met dit e-mailadres bij deze aanbieder.',
    'There is no active adviser with this e-mail address at this provider.',
  ],
  'internal-error': ['Er ging iets mis.', 'Something went wrong.'],
} as const satisfies Record<string, readonly [string, string]>;

/** Error codes the intake answers with. */
export type ProblemCode = keyof typeof texts;

/** A JSON error answer with the code's texts and optional extra fields. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: ProblemCode,
  extra: Omit<ProblemBody, 'error' | 'message'> = {},
): Response {
  const [nl, en] = texts[code];
  const body: ProblemBody = { error: code, message: { nl, en }, ...extra };
  return c.json(body, status);
}
