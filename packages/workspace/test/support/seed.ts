// Example requests for the tests and the bench: real municipalities, each with the decision record the
// widget would have sent (core's check on the data package's figures), spread over several weeks.
import { randomUUID } from 'node:crypto';
import { evaluateEligibility, exampleSupportRequest, type SupportRequest, supportTypeIds } from '@npo-gemeenten/core';
import { getMunicipality, toEligibilityInput } from '@npo-gemeenten/data';

/** Small and large municipalities in several provinces (codes of 2025). */
export const seedMunicipalities = ['GM0981', 'GM0088', 'GM0363', 'GM0599', 'GM1680', 'GM0277', 'GM0014', 'GM1966', 'GM0855', 'GM0034'];

/** The request the widget would send for municipality `code`, the `index`-th of a seed. */
export function seedRequest(code: string, index: number): SupportRequest {
  const municipality = getMunicipality(code);
  if (!municipality) throw new Error(`no municipality ${code} in the data package`);
  const input = {
    ...toEligibilityInput(municipality),
    coronaImpact: index % 3 === 0 ? ('unknown' as const) : ('above-average' as const),
    capacityShortfall: 'yes' as const,
    cooperationFocus: true,
  };
  const supportTypes = [supportTypeIds[index % 6]!, ...(index % 4 === 0 ? [supportTypeIds[(index + 2) % 6]!] : [])];
  return {
    ...structuredClone(exampleSupportRequest),
    clientRequestId: randomUUID(),
    municipality: { code: municipality.code, name: municipality.name },
    contact: { ...exampleSupportRequest.contact, name: `Contact ${index + 1}`, email: `contact${index + 1}@example.nl` },
    supportTypes: [...new Set(supportTypes)],
    eligibility: evaluateEligibility(input).record,
  };
}
