import {
  currentPolicy,
  evaluateEligibility,
  type DecisionRecord,
  type EligibilityInput,
  type SupportRequest,
} from '@npo-gemeenten/core';
import { datasetInfo, getMunicipality, toEligibilityInput } from '@npo-gemeenten/data';

/**
 * One way the client's decision differs from the server's.
 * @public
 */
export interface EligibilityDifference {
  /** `outcome`, `policy`, `municipality`, `municipalityName`, or the name of a figure such as `inhabitants`. */
  field: string;
  /** The client's value (`null` when the client had none). */
  client: unknown;
  /** The server's value. */
  server: unknown;
}

/**
 * The server's own eligibility decision, stored beside the client's.
 *
 * @remarks
 * `flagged` is true whenever the client's decision cannot be confirmed: a different outcome, different
 * figures, another policy or a policy version the server does not know, an unknown municipality, a name
 * that does not match the code, or a failed evaluation. A decision made under an older version of the
 * server's policy is not flagged for that alone: the outcomes are compared and the version is noted in
 * `notices`.
 * @public
 */
export interface EligibilityCheck {
  /** `match`: same outcome and figures; `mismatch`: see `differences`; `unavailable`: no server decision. */
  status: 'match' | 'mismatch' | 'unavailable';
  /** True unless `status` is `match`: staff should look at this request's eligibility. */
  flagged: boolean;
  /** The server's decision record, or null when it could not decide (see `reason`). */
  serverDecision: DecisionRecord | null;
  /** Every difference between the client's decision and the server's that flags the request. */
  differences: EligibilityDifference[];
  /**
   * Differences that are recorded but do not flag the request: a decision made under an older version of
   * the same policy (`field` `policy`). Absent on checks stored before notices were kept.
   */
  notices?: EligibilityDifference[];
  /** Why no server decision exists (`unknown-municipality`, `evaluation-failed`). */
  reason?: string;
  /** Figures the server has no data for and took from the client's answers (entered by the user). */
  clientFigures: string[];
}

/**
 * Where the server gets its own figures for a municipality.
 * @public
 */
export interface EligibilityDataSource {
  /** Figures for a municipality code, or undefined when unknown. `name` and `code` are the current ones. */
  lookup(code: string): { code: string; name: string; figures: EligibilityInput } | undefined;
  /** Id of the data snapshot, recorded in the server's decision. */
  snapshotId: string | null;
}

/** The default source: the CBS figures bundled in `@npo-gemeenten/data`. */
export const bundledDataSource: EligibilityDataSource = {
  lookup(code) {
    const municipality = getMunicipality(code);
    if (!municipality) return undefined;
    return { code: municipality.code, name: municipality.name, figures: toEligibilityInput(municipality) };
  },
  snapshotId: datasetInfo.snapshotId ?? null,
};

const figureKeys = ['inhabitants', 'targetGroupShare'] as const;

/** Names compared without regard to case, accents and spacing (`Súdwest-Fryslân` = `sudwest-fryslan`). */
function sameName(a: string, b: string): boolean {
  const key = (name: string) =>
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  return key(a) === key(b);
}

/**
 * Re-runs the eligibility check with the server's own figures merged with the client's answers and
 * compares the result with the client's decision record.
 */
export function checkEligibility(
  request: SupportRequest,
  source: EligibilityDataSource = bundledDataSource,
): EligibilityCheck {
  const client = request.eligibility;
  let found: ReturnType<EligibilityDataSource['lookup']>;
  try {
    found = source.lookup(request.municipality.code);
  } catch {
    found = undefined;
  }
  if (!found) {
    return {
      status: 'unavailable',
      flagged: true,
      serverDecision: null,
      differences: [{ field: 'municipality', client: request.municipality.code, server: null }],
      reason: 'unknown-municipality',
      clientFigures: [],
    };
  }

  // Figures the server knows replace the client's; a figure the server lacks stays as the user's answer.
  const answers: EligibilityInput = { ...client.answers };
  const provenance = { ...(client.answers.provenance ?? {}) };
  const clientFigures: string[] = [];
  for (const key of figureKeys) {
    const serverValue = found.figures[key];
    if (serverValue !== undefined) {
      answers[key] = serverValue;
      const serverSource = found.figures.provenance?.[key];
      if (serverSource) provenance[key] = serverSource;
      else delete provenance[key];
    } else if (answers[key] !== undefined) {
      clientFigures.push(key);
    }
  }
  if (Object.keys(provenance).length > 0) answers.provenance = provenance;
  else delete answers.provenance;

  let serverDecision: DecisionRecord;
  try {
    serverDecision = evaluateEligibility(answers, { dataSnapshot: source.snapshotId ?? undefined }).record;
  } catch {
    return {
      status: 'unavailable',
      flagged: true,
      serverDecision: null,
      differences: [],
      reason: 'evaluation-failed',
      clientFigures,
    };
  }

  const differences: EligibilityDifference[] = [];
  if (client.outcome !== serverDecision.outcome) {
    differences.push({ field: 'outcome', client: client.outcome, server: serverDecision.outcome });
  }
  for (const key of figureKeys) {
    if (found.figures[key] !== undefined && client.answers[key] !== found.figures[key]) {
      differences.push({ field: key, client: client.answers[key] ?? null, server: found.figures[key] });
    }
  }
  const notices: EligibilityDifference[] = [];
  if (client.policy.id !== currentPolicy.id || client.policy.version !== currentPolicy.version) {
    const policyDifference = {
      field: 'policy',
      client: `${client.policy.id}@${client.policy.version}`,
      server: `${currentPolicy.id}@${currentPolicy.version}`,
    };
    // An older version of the same policy is history, not a discrepancy: the outcomes above decide.
    const older = client.policy.id === currentPolicy.id && compareVersions(client.policy.version, currentPolicy.version) < 0;
    (older ? notices : differences).push(policyDifference);
  }
  if (found.code !== request.municipality.code) {
    // A former code resolved to its successor: the request names a municipality that no longer exists.
    differences.push({ field: 'municipality', client: request.municipality.code, server: found.code });
  } else if (!sameName(request.municipality.name, found.name)) {
    // The code and the name point at different municipalities: staff must find out which one is meant.
    differences.push({ field: 'municipalityName', client: request.municipality.name, server: found.name });
  }
  const flagged = differences.length > 0;
  return { status: flagged ? 'mismatch' : 'match', flagged, serverDecision, differences, notices, clientFigures };
}

/** Compares two `major.minor.patch` versions numerically. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
