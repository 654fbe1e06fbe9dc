import { randomUUID } from 'node:crypto';
import { exampleSupportRequest, type SupportRequest } from '@npo-gemeenten/core';
import { bodyHash } from '../src/body-hash.js';
import type { EligibilityCheck } from '../src/eligibility-check.js';
import type { NewSupportRequestRecord } from '../src/store/types.js';

/** A valid request with a fresh client id. */
export function validRequest(overrides: Partial<SupportRequest> = {}): SupportRequest {
  return { ...structuredClone(exampleSupportRequest), clientRequestId: randomUUID(), ...overrides };
}

const matchCheck: EligibilityCheck = {
  status: 'match',
  flagged: false,
  serverDecision: exampleSupportRequest.eligibility,
  differences: [],
  clientFigures: [],
};

/** A record as the handler would hand it to a store. */
export function newRecord(
  request: SupportRequest = validRequest(),
  receivedAt = new Date().toISOString(),
): NewSupportRequestRecord {
  return {
    id: randomUUID(),
    idempotencyKey: request.clientRequestId,
    bodyHash: bodyHash(request),
    receivedAt,
    request,
    eligibilityCheck: matchCheck,
  };
}
