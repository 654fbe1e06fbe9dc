import type { Language } from '@npo-gemeenten/core';

/** What a message about one request may say: its reference and where it is from, no contact data. */
export interface MessageFacts {
  reference: string;
  municipality: string;
  receivedAt: string;
  outcome: string;
  flagged: boolean;
}

interface Mail {
  subject: string;
  text: string;
}

/** The requester's receipt, in the request's language. */
export const receiptTexts: Record<Language, (facts: MessageFacts) => Mail> = {
  nl: (f) => ({
    subject: `Ontvangstbevestiging ${f.reference}`,
    text:
      `Wij hebben uw aanvraag voor ondersteuning vanuit NP Onderwijs voor de gemeente ${f.municipality} ontvangen.\n\n` +
      `Uw kenmerk: ${f.reference}\n\n` +
      'Noem dit kenmerk als u contact met ons opneemt. Een adviseur neemt contact met u op over de vervolgstappen.\n',
  }),
  en: (f) => ({
    subject: `Receipt ${f.reference}`,
    text:
      `We have received your request for support from NP Onderwijs for the municipality of ${f.municipality}.\n\n` +
      `Your reference: ${f.reference}\n\n` +
      'Please quote this reference when you contact us. An adviser will contact you about the next steps.\n',
  }),
};

/** The coordinators' notice (staff speak Dutch). It names no requester: details are in the staff API. */
export function coordinatorText(f: MessageFacts): Mail {
  return {
    subject: `Nieuwe aanvraag ${f.reference} (${f.municipality})`,
    text:
      `Er is een nieuwe aanvraag binnengekomen.\n\n` +
      `Kenmerk: ${f.reference}\nGemeente: ${f.municipality}\nOntvangen: ${f.receivedAt}\n` +
      `Uitkomst toets: ${f.outcome}${f.flagged ? ' (afwijking tussen formulier en server: controleren)' : ''}\n\n` +
      'De gegevens van de aanvrager staan in de intake (GET /api/requests/' + f.reference + ').\n',
  };
}
