import type { Catalogue, EligibilityResult, SupportRequest } from './domain-types.js';
import type { WidgetLanguage, WidgetMessages } from './messages/index.js';

type LabelFor = (id: string, catalogue: Catalogue) => string;

/** The catalogues the request's lists draw from. */
export interface MailCatalogues {
  supportTypes: Catalogue;
  planPhases: Catalogue;
  partnerKinds: Catalogue;
}
// Written out here rather than with format.ts: this chunk must share no code with the first load,
// or the bundler would split that code into a file of its own.
const longDate = (iso: string, language: WidgetLanguage): string =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/**
 * A mailto: link with the request as plain text, for hosts without an endpoint. Only the
 * visitor's mail program sees it; nothing is sent from the page.
 */
export function buildMailto(
  to: string,
  request: SupportRequest,
  t: WidgetMessages,
  labelFor: LabelFor,
  catalogues: MailCatalogues,
  result: EligibilityResult | null,
  language: WidgetLanguage,
): string {
  const labels = (ids: readonly string[], catalogue: Catalogue): string => ids.map((id) => labelFor(id, catalogue)).join(', ');
  // Words, not codes: the mail is read by people.
  const outcome = { eligible: t.outcomeEligible, contact: t.outcomeContact, 'not-eligible': t.outcomeNotEligible }[request.eligibility.outcome];
  const lines = [
    t.mailIntro,
    '',
    `${t.municipalityLabel}: ${request.municipality.name} (${request.municipality.code})`,
    result ? `${t.resultHeading}: ${outcome}` : '',
    `${t.nameLabel}: ${request.contact.name}`,
    `${t.roleLabel}: ${request.contact.role}`,
    `${t.emailLabel}: ${request.contact.email}`,
    request.contact.phone ? `${t.phoneLabel}: ${request.contact.phone}` : '',
    `${t.supportTypesLegend} ${labels(request.supportTypes, catalogues.supportTypes)}`,
    request.supportTypeOther ? `${t.supportTypeOtherLabel}: ${request.supportTypeOther}` : '',
    `${t.planPhasesLegend} ${labels(request.planPhases, catalogues.planPhases)}`,
    request.partners.length > 0 ? `${t.partnersLegend} ${labels(request.partners, catalogues.partnerKinds)}` : '',
    request.partnersOther ? `${t.partnersOtherLabel}: ${request.partnersOther}` : '',
    request.preferredStart ? `${t.preferredStartLabel}: ${longDate(request.preferredStart, language)}` : '',
    '',
    `${t.questionLabel}:`,
    request.question,
    '',
    `(${request.eligibility.policy.id} ${request.eligibility.policy.version}; ${request.clientRequestId})`,
  ].filter((line, i, all) => line !== '' || (all[i - 1] ?? '') !== '');
  const subject = encodeURIComponent(t.mailSubject(request.municipality.name));
  const body = encodeURIComponent(lines.join('\r\n'));
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${subject}&body=${body}`;
}

export type { LabelFor };
