import { csvRow } from './csv.js';
import type { StoredSupportRequest } from './store/types.js';

const header = [
  'reference',
  'id',
  'received_at',
  'status',
  'updated_at',
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
  'eligibility_notes',
];

function row(record: StoredSupportRequest): string {
  const r = record.request;
  const check = record.eligibilityCheck;
  return csvRow([
    record.reference,
    record.id,
    record.receivedAt,
    record.status,
    record.updatedAt,
    r.municipality.code,
    r.municipality.name,
    r.contact.name,
    r.contact.role,
    r.contact.email,
    r.contact.phone,
    r.supportTypes.join(';'),
    r.supportTypeOther,
    r.planPhases.join(';'),
    r.preferredForm,
    r.preferredIntensity,
    r.partners.join(';'),
    r.partnersOther,
    r.preferredStart,
    r.language,
    r.question,
    record.clientDecision.outcome,
    check.serverDecision?.outcome ?? '',
    check.flagged ? 'yes' : 'no',
    check.differences.map((d) => d.field).join(';'),
    (check.notes ?? []).map((d) => `${d.field}:${String(d.client)}`).join(';'),
  ]);
}

/**
 * The CSV export as a byte stream: UTF-8 with a byte order mark (so spreadsheet programs read accents
 * correctly), CRLF line ends, one row per request, oldest first.
 */
export function csvExport(records: AsyncIterable<StoredSupportRequest>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = records[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvRow(header)}`));
        return;
      }
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(row(next.value)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
