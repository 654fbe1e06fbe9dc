// Example requests for the tests and the bench: real municipalities, each with the decision record the
// widget would have sent (core's check on the data package's figures), spread over several weeks.
import { randomUUID } from 'node:crypto';
import { evaluateEligibility, exampleSupportRequest, type SupportRequest, supportTypeIds } from '@npo-gemeenten/core';
import { getMunicipality, listMunicipalities, toEligibilityInput } from '@npo-gemeenten/data';

/** Vaals and Schiermonnikoog (the tests' own), then every ninth municipality of 2025: small and large, in every province. */
export const seedMunicipalities = ['GM0981', 'GM0088', ...listMunicipalities({ year: 2025 }).filter((_, i) => i % 9 === 4).map((m) => m.code)];

/**
 * The municipality of the `index`-th request: some get many, most a few (the square of an evenly spread
 * fraction favours the first ones), so the map shows every colour class.
 */
export function seedMunicipality(index: number): string {
  const spread = (index * 0.6180339887) % 1;
  return seedMunicipalities[Math.floor(spread * spread * seedMunicipalities.length)]!;
}

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
