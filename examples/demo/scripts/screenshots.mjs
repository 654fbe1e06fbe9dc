// Takes the documentation screenshot of a running demo (`npm start` first): docs/images/demo-page.png.
// Then sends two requests through the widget by keyboard, so the workspace has something to show.
import { fileURLToPath } from 'node:url';
import { launch, openTab, headingFocused } from '@npo-gemeenten/example-test-support/browser';
import { submitAsVisitor } from '../test/visitor.mjs';

const pageUrl = process.env.DEMO_URL ?? 'http://127.0.0.1:8080/';
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

  const problems = [...visitor.problems, ...second.problems];
  if (problems.length > 0) console.error(problems.join('\n'));
  console.log(`Saved ${images}demo-page.png; the workspace's pictures come from packages/workspace (npm run screenshots)`);
} finally {
  await browser.close();
}
