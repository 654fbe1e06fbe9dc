// Walks <npo-gemeentecheck> the way a visitor does: the municipality by keyboard, then the questions,
// the outcome and the request form.
import assert from 'node:assert/strict';
import { byId, byText, deepActive, headingFocused, tabTo } from './browser.mjs';

/** Tabs until the search field has the focus, types the name and picks the first suggestion by keyboard. */
export async function chooseByKeyboard(tab, name) {
  const widget = tab.locator('npo-gemeentecheck');
  const input = widget.locator('#municipality-input');
  await widget.locator('h2').waitFor({ timeout: 10_000 });
  for (let i = 0; i < 20 && !(await input.evaluate((el) => el.matches(':focus'))); i++) await tab.keyboard.press('Tab');
  if (!(await input.evaluate((el) => el.matches(':focus')))) throw new Error('Tab never reached the search field');
  await tab.keyboard.type(name);
  await widget.locator('#municipality-listbox [role="option"]').first().waitFor();
  await tab.keyboard.press('ArrowDown');
  await tab.keyboard.press('Enter');
  await tab.keyboard.press('Enter');
  await widget.locator('h2', { hasText: `Cijfers van ${name}` }).waitFor({ timeout: 10_000 });
}

/** From the figures to the outcome, answering every question. */
export async function answerQuestions(tab) {
  const widget = tab.locator('npo-gemeentecheck');
  await widget.locator('button[type="submit"]').click();
  await widget.locator('h2', { hasText: 'Nog een paar vragen' }).waitFor();
  await widget.locator('#share-input').fill('12,5');
  await widget.locator('#coronaImpact-above-average').check();
  await widget.locator('#capacity-yes').check();
  await widget.locator('#cooperation-yes').check();
  await widget.locator('button[type="submit"]').click();
  await widget.locator('.outcome').waitFor({ timeout: 10_000 });
}

/** From the outcome through the request form to the confirmation. */
export async function sendRequest(tab) {
  const widget = tab.locator('npo-gemeentecheck');
  await widget.locator('.actions button.primary').click();
  await widget.locator('#f-name').fill('Anna de Vries');
  await widget.locator('#f-role').fill('Beleidsmedewerker onderwijs');
  await widget.locator('#f-email').fill('anna@vaals.example');
  await widget.locator('#f-supportTypes-0').check();
  await widget.locator('#f-planPhases-1').check();
  await widget.locator('#f-question').fill('Wij willen graag hulp bij het opzetten van een lokale coalitie.');
  await widget.locator('#f-privacyConsent').check();
  await widget.locator('button[type="submit"]').click();
  // The check of the answers, then sending.
  await widget.locator('dl.summary').waitFor();
  await widget.locator('button[type="submit"]').click();
  return (await widget.locator('.reference').textContent({ timeout: 10_000 }))?.trim();
}

/** Records the widget's events on the page, before any script runs, to compare with what the app shows. */
export async function recordEvents(tab) {
  await tab.addInitScript(() => {
    window.__npoEvents = [];
    for (const type of ['npo-result', 'npo-submitted', 'npo-submit-error']) {
      document.addEventListener(type, (e) => window.__npoEvents.push({ type, detail: e.detail }));
    }
  });
  return () => tab.evaluate(() => window.__npoEvents);
}

/**
 * From the figures to the outcome by keyboard alone: Tab, typing, arrow keys within a radio group,
 * Space and Enter. Answers so that a small municipality comes out eligible.
 */
export async function answerQuestionsByKeyboard(tab) {
  await tabTo(tab, byText('Volgende'));
  await tab.keyboard.press('Enter');
  await headingFocused(tab, 'Nog een paar vragen');
  await tabTo(tab, byId('share-input'));
  await tab.keyboard.type('12,5');
  for (const id of ['coronaImpact-above-average', 'capacity-yes', 'cooperation-yes']) {
    const group = id.slice(0, id.indexOf('-') + 1);
    await tabTo(tab, (active) => active.id.startsWith(group));
    // Arrow keys move within a radio group; Space checks the focused option.
    for (let i = 0; i < 5 && (await deepActive(tab)).id !== id; i++) await tab.keyboard.press('ArrowDown');
    assert.equal((await deepActive(tab)).id, id);
    await tab.keyboard.press('Space');
  }
  await tabTo(tab, byText('Volgende'));
  await tab.keyboard.press('Enter');
  await headingFocused(tab, 'Uitkomst');
}
