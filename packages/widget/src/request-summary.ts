// The request in words, one row per answer: for the check step, the confirmation and the e-mail.
// Runs in the core chunk (see core-features.ts) and shares no code with the first load.
import type { Catalogue, EligibilityResult, SupportRequest } from './domain-types.js';
import type { FormState } from './form.js';
import type { WidgetLanguage, WidgetMessages } from './messages/index.js';

/** The catalogues the request's lists draw from. */
export interface SummaryCatalogues {
  supportTypes: Catalogue;
  planPhases: Catalogue;
  partnerKinds: Catalogue;
  preferredForms: Catalogue;
  preferredIntensities: Catalogue;
}

/** What the rows are worded with. */
export interface SummarySource {
  t: WidgetMessages;
  language: WidgetLanguage;
  /** A catalogue label (the host's override first). */
  labelFor(id: string, catalogue: Catalogue): string;
  catalogues: SummaryCatalogues;
  result: EligibilityResult | null;
}

/** One answer: its label, its value in words, and where it is changed (a form field, step 1 or the questions). */
export interface SummaryRow {
  label: string;
  value: string;
  field: keyof FormState | 'municipality' | 'questions';
}

const longDate = (iso: string, language: WidgetLanguage): string =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** Every answer of the request in words, labels rather than codes, in the order of the form. */
export function requestSummary(request: SupportRequest, source: SummarySource): SummaryRow[] {
  const { t, catalogues, labelFor } = source;
  const labels = (ids: readonly string[], catalogue: Catalogue): string => ids.map((id) => labelFor(id, catalogue)).join(', ');
  const outcome = { eligible: t.outcomeEligible, contact: t.outcomeContact, 'not-eligible': t.outcomeNotEligible }[request.eligibility.outcome];
  const rows: Array<SummaryRow | false | undefined> = [
    { label: t.municipalityLabel, value: `${request.municipality.name} (${request.municipality.code})`, field: 'municipality' },
    source.result !== null && { label: t.outcomeLabel, value: outcome, field: 'questions' },
    { label: t.nameLabel, value: request.contact.name, field: 'name' },
    { label: t.roleLabel, value: request.contact.role, field: 'role' },
    { label: t.emailLabel, value: request.contact.email, field: 'email' },
    request.contact.phone !== undefined && { label: t.phoneLabel, value: request.contact.phone, field: 'phone' },
    { label: t.supportTypesLegend, value: labels(request.supportTypes, catalogues.supportTypes), field: 'supportTypes' },
    request.supportTypeOther !== undefined && { label: t.supportTypeOtherLabel, value: request.supportTypeOther, field: 'supportTypeOther' },
    { label: t.planPhasesLegend, value: labels(request.planPhases, catalogues.planPhases), field: 'planPhases' },
    { label: t.questionLabel, value: request.question, field: 'question' },
    request.partners.length > 0 && { label: t.partnersLegend, value: labels(request.partners, catalogues.partnerKinds), field: 'partners' },
    request.partnersOther !== undefined && { label: t.partnersOtherLabel, value: request.partnersOther, field: 'partnersOther' },
    request.preferredForm !== undefined && { label: t.preferredFormLegend, value: labelFor(request.preferredForm, catalogues.preferredForms), field: 'preferredForm' },
    request.preferredIntensity !== undefined && {
      label: t.preferredIntensityLegend,
      value: labelFor(request.preferredIntensity, catalogues.preferredIntensities),
      field: 'preferredIntensity',
    },
    request.preferredStart !== undefined && { label: t.preferredStartLabel, value: longDate(request.preferredStart, source.language), field: 'preferredStart' },
  ];
  return rows.filter((row): row is SummaryRow => !!row);
}
