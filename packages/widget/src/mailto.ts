import type { Catalogue, EligibilityResult, SupportRequest } from './domain-types.js';
import type { WidgetMessages } from './messages/index.js';

type LabelFor = (id: string, catalogue: Catalogue) => string;

/**
 * A mailto: link with the request as plain text, for hosts without an endpoint. Only the
 * visitor's mail program sees it; nothing is sent from the page.
 */
export function buildMailto(
  to: string,
  request: SupportRequest,
  t: WidgetMessages,
  labelFor: (id: string) => string,
  result: EligibilityResult | null,
): string {
  const lines = [
    t.mailIntro,
    '',
    `${t.municipalityLabel}: ${request.municipality.name} (${request.municipality.code})`,
    result ? `${t.resultHeading}: ${request.eligibility.outcome}` : '',
    `${t.nameLabel}: ${request.contact.name}`,
    `${t.roleLabel}: ${request.contact.role}`,
    `${t.emailLabel}: ${request.contact.email}`,
    request.contact.phone ? `${t.phoneLabel}: ${request.contact.phone}` : '',
    `${t.supportTypesLegend} ${request.supportTypes.map((id) => labelFor(id)).join(', ')}`,
    `${t.planPhaseLegend} ${labelFor(request.planPhase)}`,
    request.partners.length > 0 ? `${t.partnersLegend} ${request.partners.map((id) => labelFor(id)).join(', ')}` : '',
    request.partnersOther ? `${t.partnersOtherLabel}: ${request.partnersOther}` : '',
    request.preferredStart ? `${t.preferredStartLabel}: ${request.preferredStart}` : '',
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
