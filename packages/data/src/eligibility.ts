import type { EligibilityInput } from '@npo-gemeenten/core';
import { DataQueryError } from './errors.js';
import type { Municipality, SourceRef } from './types.js';

/** "CBS, title (tableId)"; an import without a stated publisher is cited by its title alone. */
function citation(source: SourceRef): string {
  const text = [source.publisher, source.title].filter(Boolean).join(', ');
  return (source.tableId ? `${text} (${source.tableId})` : text).slice(0, 200);
}

/**
 * The figures of a municipality as input for `evaluateEligibility` of `@npo-gemeenten/core`:
 * inhabitants and, when a CBS figure was imported, the share of doelgroepkinderen, each with provenance.
 * Unknown figures are left out (unknown), never set to zero. Judgement questions (corona impact, capacity,
 * merger with independent cores) are for the user to answer.
 *
 * @throws {@link DataQueryError} when `municipality` is not a municipality object of this package.
 */
export function toEligibilityInput(municipality: Municipality): EligibilityInput {
  if (typeof municipality !== 'object' || municipality === null || typeof municipality.code !== 'string') {
    throw new DataQueryError(
      'invalid-municipality',
      'toEligibilityInput: pass a municipality object, e.g. from getMunicipality.',
    );
  }
  const input: EligibilityInput = {};
  const provenance: NonNullable<EligibilityInput['provenance']> = {};
  if (municipality.inhabitants !== null) {
    input.inhabitants = municipality.inhabitants;
    provenance.inhabitants = {
      referenceDate: municipality.referenceDate,
      source: citation(municipality.source),
      ...(municipality.source.tableId ? { tableId: municipality.source.tableId } : {}),
    };
  }
  const share = municipality.targetGroupShare;
  if (share) {
    input.targetGroupShare = share.value;
    provenance.targetGroupShare = { referenceDate: share.referenceDate, source: citation(share.source) };
  }
  if (provenance.inhabitants || provenance.targetGroupShare) input.provenance = provenance;
  return input;
}
