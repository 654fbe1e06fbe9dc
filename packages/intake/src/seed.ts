import { randomUUID } from 'node:crypto';
import {
  evaluateEligibility,
  exampleSupportRequest,
  providerIds,
  supportRequestSchema,
  supportTypeIds,
  trajectoryTransitions,
  type SupportRequest,
  type TrajectoryState,
} from '@npo-gemeenten/core';
import { listMunicipalities, toEligibilityInput } from '@npo-gemeenten/data';
import { checkEligibility } from './eligibility-check.js';
import type { IntakeStore, NewSupportRequestRecord } from './store/types.js';
import { bodyHash } from './body-hash.js';

/**
 * What {@link seedExampleRequests} stores.
 * @public
 */
export interface SeedOptions {
  /** Number of requests. */
  count: number;
  /** Received over this many weeks before `now`. Default 26. */
  weeks?: number;
  /** The end of the period. Default: the current time. */
  now?: Date;
  /** Seed of the pseudo-random choices, so a run can be repeated. Default 1. */
  seed?: number;
}

const dayMs = 86_400_000;

/** A small, seedable pseudo-random generator (mulberry32): example data, not security. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// 'other' needs a free-text description; the examples keep to the named types.
const namedTypes = supportTypeIds.filter((id) => id !== 'other');

/** One example request for a real municipality, with the decision record the widget would have made. */
function exampleRequest(index: number, random: () => number, municipalities: ReturnType<typeof listMunicipalities>): SupportRequest {
  const municipality = municipalities[Math.floor(random() * municipalities.length)] as (typeof municipalities)[number];
  const eligibility = evaluateEligibility({
    ...toEligibilityInput(municipality),
    coronaImpact: random() < 0.7 ? 'above-average' : 'unknown',
    capacityShortfall: random() < 0.8 ? 'yes' : 'no',
    cooperationFocus: random() < 0.85,
  }).record;
  const first = namedTypes[Math.floor(random() * namedTypes.length)] as (typeof namedTypes)[number];
  const second = namedTypes[Math.floor(random() * namedTypes.length)] as (typeof namedTypes)[number];
  // Through core's schema, so a seeded request is one the intake would have accepted.
  return supportRequestSchema.parse({
    ...structuredClone(exampleSupportRequest),
    clientRequestId: randomUUID(),
    municipality: { code: municipality.code, name: municipality.name },
    contact: { ...exampleSupportRequest.contact, name: `Voorbeeld ${index + 1}`, email: `contact${index + 1}@example.nl` },
    supportTypes: random() < 0.3 ? [...new Set([first, second])] : [first],
    eligibility,
  });
}

/**
 * Stores `count` example requests from real municipalities (most of at most 40,000 inhabitants),
 * received over the last weeks, some moved along the trajectory and assigned, for a demo or a
 * benchmark. Each is valid under core's schema and carries the server's re-check. Returns how many
 * were stored.
 * @public
 */
export async function seedExampleRequests(store: IntakeStore, options: SeedOptions): Promise<number> {
  const random = generator(options.seed ?? 1);
  const now = (options.now ?? new Date()).getTime();
  const span = (options.weeks ?? 26) * 7 * dayMs;
  const all = listMunicipalities();
  const small = all.filter((m) => m.inhabitants !== null && m.inhabitants <= 40_000);
  const records: NewSupportRequestRecord[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const request = exampleRequest(i, random, random() < 0.85 ? small : all);
    records.push({
      id: randomUUID(),
      idempotencyKey: request.clientRequestId,
      bodyHash: bodyHash(request),
      receivedAt: new Date(now - span + Math.floor((i + random()) * (span / Math.max(1, options.count)))).toISOString(),
      request,
      eligibilityCheck: checkEligibility(request),
    });
  }
  // Many at once share durable commits (group commit).
  for (let i = 0; i < records.length; i += 500) await Promise.all(records.slice(i, i + 500).map((r) => store.insert(r)));
  for (const record of records) {
    // About half move on, a step every few days, never past now.
    let state: TrajectoryState = 'submitted';
    let at = Date.parse(record.receivedAt);
    const steps = random() < 0.5 ? 1 + Math.floor(random() * 4) : 0;
    for (let step = 0; step < steps; step += 1) {
      const next: TrajectoryState | undefined = trajectoryTransitions[state][0];
      at += (1 + Math.floor(random() * 10)) * dayMs;
      if (next === undefined || at > now) break;
      await store.transition(record.id, { to: next, actor: 'voorbeeld', at: new Date(at).toISOString() });
      state = next;
    }
    if (state !== 'submitted') {
      const provider = providerIds[Math.floor(random() * providerIds.length)] as string;
      await store.assign(record.id, { provider, adviserEmail: null });
    }
  }
  return records.length;
}
