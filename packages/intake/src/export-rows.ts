import type { StoredSupportRequest } from './store/types.js';

/** Column names of the exports (CSV and XLSX), in order. */
export const exportHeader: readonly string[] = [
  'reference',
  'id',
  'received_at',
  'status',
  'updated_at',
  'provider',
  'adviser_email',
  'municipality_code',
  'municipality_name',
  'contact_name',
  'contact_role',
  'contact_email',
  'contact_phone',
  'support_types',
  'support_type_other',
  'plan_phases',
  'preferred_form',
  'preferred_intensity',
  'partners',
  'partners_other',
  'preferred_start',
  'language',
  'question',
  'client_outcome',
  'server_outcome',
  'eligibility_flagged',
  'eligibility_differences',
  'eligibility_notices',
];

/** One request as export cells, all text. Lists are joined with `, ` (never `;`, the CSV separator). */
export function exportRow(record: StoredSupportRequest): string[] {
  const r = record.request;
  const check = record.eligibilityCheck;
  return [
    record.reference,
    record.id,
    record.receivedAt,
    record.status,
    record.updatedAt,
    record.provider ?? '',
    record.adviserEmail ?? '',
    r.municipality.code,
    r.municipality.name,
    r.contact.name,
    r.contact.role,
    r.contact.email,
    r.contact.phone ?? '',
    r.supportTypes.join(', '),
    r.supportTypeOther ?? '',
    r.planPhases.join(', '),
    r.preferredForm ?? '',
    r.preferredIntensity ?? '',
    r.partners.join(', '),
    r.partnersOther ?? '',
    r.preferredStart ?? '',
    r.language,
    r.question,
    record.clientDecision.outcome,
    check.serverDecision?.outcome ?? '',
    check.flagged ? 'yes' : 'no',
    check.differences.map((d) => d.field).join(', '),
    (check.notices ?? []).map((d) => `${d.field} ${String(d.client)}`).join(', '),
  ];
}
