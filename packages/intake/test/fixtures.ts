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

/** A row as schema version 1 stored it (column names as in the table). */
export interface LegacyRow {
  id: string;
  idempotency_key: string;
  body_hash: string;
  status: string;
  received_at: string;
  updated_at: string;
  municipality_code: string;
  request_json: string;
  eligibility_flagged: boolean;
  eligibility_check_json: string;
}

/**
 * A stored request from before plan phases were a list: with `planPhase` set to `phase`, or in the
 * current shape when `phase` is null.
 */
export function legacyRow(phase: string | null): LegacyRow {
  const { planPhases, ...rest } = validRequest();
  const request = phase === null ? { ...rest, planPhases } : { ...rest, planPhase: phase };
  return {
    id: randomUUID(),
    idempotency_key: request.clientRequestId,
    body_hash: 'legacy',
    status: 'submitted',
    received_at: '2024-05-06T07:08:09.000Z',
    updated_at: '2024-05-06T07:08:09.000Z',
    municipality_code: request.municipality.code,
    request_json: JSON.stringify(request),
    eligibility_flagged: false,
    eligibility_check_json: JSON.stringify(matchCheck),
  };
}
