import type { SupportRequest } from './domain-types.js';
import { requestSummary, type SummarySource } from './request-summary.js';

/**
 * A mailto: link with the request as plain text, for hosts without an endpoint and after a failed
 * send. Only the visitor's mail program sees it; nothing is sent from the page.
 */
export function buildMailto(to: string, request: SupportRequest, source: SummarySource): string {
  const { t } = source;
  // Words, not codes: the mail is read by people. A question as label reads without a colon.
  const lines = requestSummary(request, source).map(({ label, value, field }) =>
    field === 'question' ? `\r\n${label}:\r\n${value}\r\n` : `${label}${label.endsWith('?') ? '' : ':'} ${value}`,
  );
  const body = [t.mailIntro, '', ...lines, '', `(${request.eligibility.policy.id} ${request.eligibility.policy.version}; ${request.clientRequestId})`].join('\r\n');
  const subject = encodeURIComponent(t.mailSubject(request.municipality.name));
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${subject}&body=${encodeURIComponent(body)}`;
}
