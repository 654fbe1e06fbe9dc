// A visitor's whole way through <npo-gemeentecheck>, by keyboard only: choose the municipality,
// answer the questions, read the outcome, fill the request form and send it.
import assert from 'node:assert/strict';
import { byId, byText, headingFocused, tabTo } from '@npo-gemeenten/example-test-support/browser';
import { answerQuestionsByKeyboard } from '@npo-gemeenten/example-test-support/widget-flow';

/**
 * Expects the page open at step 1. Answers so that a small municipality comes out eligible
 * (share of doelgroepkinderen 12,5 %, above-average corona impact, capacity shortfall, cooperation).
 * Leaves the widget sending; the caller waits for the confirmation.
 */
export async function submitAsVisitor(tab, { municipality, email, name = 'Anna de Vries' }) {
  const widget = tab.locator('npo-gemeentecheck');
  await widget.locator('h2', { hasText: 'Kies uw gemeente' }).waitFor({ timeout: 15_000 });

  await tabTo(tab, byId('municipality-input'));
  await tab.keyboard.type(municipality);
  await widget.locator('#municipality-input[aria-expanded="true"]').waitFor();
  await tab.keyboard.press('ArrowDown');
  await tab.keyboard.press('Enter');
  assert.equal(await widget.locator('#municipality-input').inputValue(), municipality);
  await tab.keyboard.press('Enter');
  await headingFocused(tab, `Cijfers van ${municipality}`);

  await answerQuestionsByKeyboard(tab);
  assert.match((await widget.locator('.outcome').getAttribute('class')) ?? '', /\beligible\b/);

  await tabTo(tab, byText('Aanvraag doen'));
  await tab.keyboard.press('Enter');
  await headingFocused(tab, 'Uw aanvraag');
  for (const [id, text] of [
    ['f-name', name],
    ['f-role', 'Beleidsmedewerker onderwijs'],
    ['f-email', email],
  ]) {
    await tabTo(tab, byId(id));
    await tab.keyboard.type(text);
  }
  await tabTo(tab, byId('f-supportTypes-0'));
  await tab.keyboard.press('Space');
  await tabTo(tab, byId('f-planPhases-0'));
  await tab.keyboard.press('Space');
  await tabTo(tab, byId('f-planPhases-1'));
  await tab.keyboard.press('Space');
  await tabTo(tab, byId('f-question'));
  await tab.keyboard.type('Wij willen een lokale coalitie opzetten met scholen, kinderopvang en jeugdhulp.');
  await tabTo(tab, byId('f-partners-0'));
  await tab.keyboard.press('Space');
  await tabTo(tab, byId('f-privacyConsent'));
  await tab.keyboard.press('Space');
  await tabTo(tab, byText('Volgende'));
  await tab.keyboard.press('Enter');
  // The answers to check, then sending.
  await tab.locator('npo-gemeentecheck dl.summary').waitFor();
  await tabTo(tab, byText('Aanvraag versturen'));
  await tab.keyboard.press('Enter');
}
