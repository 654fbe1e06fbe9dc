// Takes the documentation screenshots of a running demo (`npm start` first):
// docs/images/demo-page.png and docs/images/demo-admin.png. Sends two requests through the widget
// by keyboard, then opens the admin page with the token from .data/admin-token.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch, openTab, headingFocused } from '@npo-gemeenten/example-test-support/browser';
import { submitAsVisitor } from '../test/visitor.mjs';

const pageUrl = process.env.DEMO_URL ?? 'http://127.0.0.1:8080/';
const token =
  process.env.NPO_INTAKE_ADMIN_TOKEN ?? (await readFile(new URL('../.data/admin-token', import.meta.url), 'utf8')).trim();
const images = fileURLToPath(new URL('../../../docs/images/', import.meta.url));

const browser = await launch();
try {
  const visitor = await openTab(browser, { width: 1280, height: 900 });
  await visitor.tab.goto(pageUrl);
  await visitor.tab.locator('npo-gemeentecheck').locator('h2', { hasText: 'Kies uw gemeente' }).waitFor();
  await visitor.tab.screenshot({ path: `${images}demo-page.png`, fullPage: true });
  await submitAsVisitor(visitor.tab, { municipality: 'Vaals', email: 'a.devries@vaals.example' });
  await headingFocused(visitor.tab, 'Aanvraag ontvangen');
  await visitor.close();

  const second = await openTab(browser);
  await second.tab.goto(pageUrl);
  await submitAsVisitor(second.tab, { municipality: 'Schiermonnikoog', email: 'j.bakker@schiermonnikoog.example', name: 'Jan Bakker' });
  await headingFocused(second.tab, 'Aanvraag ontvangen');
  await second.close();

  const staff = await openTab(browser, { width: 1400, height: 900 });
  await staff.tab.goto(new URL('/admin', pageUrl).href);
  await staff.tab.locator('#status-filter option[value="intake"]').waitFor({ state: 'attached' });
  await staff.tab.getByLabel('Beheertoken').fill(token);
  await staff.tab.getByLabel('Uw naam').fill('Petra Jansen');
  await staff.tab.getByRole('button', { name: 'Aanvragen laden' }).click();
  await staff.tab.locator('#requests tbody tr').first().waitFor();
  // Show a request that has moved on, and the details of the other one.
  const oldest = staff.tab.locator('#requests tbody tr').last();
  const reference = await oldest.getAttribute('data-reference');
  await oldest.locator('select').selectOption('intake');
  await oldest.getByRole('button').click();
  await staff.tab.locator(`#requests tbody tr[data-reference="${reference}"] td.status`, { hasText: 'Intake' }).waitFor();
  await staff.tab.locator('#requests tbody tr details summary').first().click();
  await staff.tab.screenshot({ path: `${images}demo-admin.png`, fullPage: true });
  const problems = [...visitor.problems, ...second.problems, ...staff.problems];
  if (problems.length > 0) console.error(problems.join('\n'));
  await staff.close();
  console.log(`Saved ${images}demo-page.png and ${images}demo-admin.png`);
} finally {
  await browser.close();
}
