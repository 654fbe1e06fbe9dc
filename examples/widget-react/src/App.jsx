// #region widget
import { useState } from 'react';
import '@npo-gemeenten/widget'; // defines <npo-gemeentecheck>

const outcomeLabels = {
  eligible: 'komt in aanmerking',
  contact: 'neem contact op',
  'not-eligible': 'komt niet in aanmerking',
};

export function App({ municipality }) {
  const [outcome, setOutcome] = useState(null);
  const [reference, setReference] = useState(null);

  // React 19 passes `on<event-name>` on a custom element to addEventListener('<event-name>').
  return (
    <>
      <h1>Ondersteuning bij uw NPO-plan</h1>
      <npo-gemeentecheck
        lang="nl"
        offer-status="open"
        endpoint="/api/requests"
        contact-email="ondersteuning@example.nl"
        privacy-url="https://www.example.nl/privacy"
        municipality={municipality}
        onnpo-result={(event) => setOutcome(event.detail.outcome)}
        onnpo-submitted={(event) => setReference(event.detail.reference)}
      />
      <p className="app-status" role="status" data-outcome={outcome ?? ''} data-reference={reference ?? ''}>
        {outcome ? `Uitkomst: ${outcomeLabels[outcome]}.` : 'Nog geen uitkomst.'}
        {reference ? ` Aanvraag ontvangen onder ${reference}.` : ''}
      </p>
    </>
  );
}
// #endregion widget
