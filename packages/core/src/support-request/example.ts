import type { SupportRequest } from './schema.js';

/** A valid support request, for documentation, tests and demos. */
export const exampleSupportRequest: SupportRequest = {
  clientRequestId: '3f1c2a9e-5b7d-4c1e-9a2b-6d8e0f1a2b3c',
  municipality: { code: 'GM0088', name: 'Schiermonnikoog' },
  contact: {
    name: 'Jan de Vries',
    role: 'Beleidsmedewerker onderwijs',
    email: 'j.devries@example.nl',
    phone: '0519 123456',
  },
  supportTypes: ['local-structure', 'thematic-workgroups'],
  planPhases: ['elaborate', 'execute'],
  preferredForm: 'mixed',
  preferredIntensity: 'few-sessions',
  question: 'Wij willen een zomerschool opzetten samen met de basisscholen en de bibliotheek. Hoe pakken we dat aan?',
  partners: ['school-board-primary', 'library'],
  preferredStart: '2025-09-01',
  eligibility: {
    policy: { id: 'npo-kleinere-gemeenten', version: '1.1.0' },
    answers: {
      inhabitants: 971,
      coronaImpact: 'above-average',
      capacityShortfall: 'yes',
      cooperationFocus: true,
      provenance: {
        inhabitants: { referenceDate: '2025-01-01', source: 'CBS, Bevolking op 1 januari', tableId: '03759ned' },
      },
    },
    dataSnapshot: null,
    outcome: 'eligible',
  },
  privacyConsent: true,
  language: 'nl',
};
