import { offerPeriod } from '@npo-gemeenten/core/catalogue';

/** Whether the offer takes requests: `open` shows the request form, `closed` a contact block instead. */
export type OfferStatus = 'open' | 'closed';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the visitor's own calendar, as `YYYY-MM-DD`. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The offer's status: the host's `offer-status` when it is `open` or `closed`; otherwise what the
 * offer's period and today say (`today`, an ISO date the host may set, else the visitor's date).
 * `warn` hears about a value that is set but not valid.
 */
export function resolveOfferStatus(attribute: string | undefined, today: string | undefined, warn: (message: string) => void): OfferStatus {
  if (attribute === 'open' || attribute === 'closed') return attribute;
  if (attribute !== undefined && attribute !== null) {
    warn(`<npo-gemeentecheck>: offer-status="${attribute}" is neither "open" nor "closed"; the status follows the offer period and today's date.`);
  }
  let day = localToday();
  if (today !== undefined && today !== null) {
    if (isoDate.test(today) && !Number.isNaN(Date.parse(`${today}T00:00:00Z`))) day = today;
    else warn(`<npo-gemeentecheck>: today="${today}" is no date such as 2025-03-01; the visitor's own date is used.`);
  }
  return day >= offerPeriod.validFrom && day <= offerPeriod.validTo ? 'open' : 'closed';
}

/** The last day of the offer's period, `YYYY-MM-DD`. */
export const offerEnds: string = offerPeriod.validTo;
