// The tests every framework example (React, Vue) runs against its built page: the app receives the
// widget's events, and the attributes it binds reach the element. One suite, so the frameworks are
// held to the same bar.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openTab } from './browser.mjs';
import { answerQuestions, chooseByKeyboard, recordEvents, sendRequest } from './widget-flow.mjs';

/**
 * @param {object} options
 * @param {string} options.framework name used in the test titles
 * @param {() => Promise<{ server: import('node:http').Server, origin: string, received: any[] }>} options.startServer
 */
export function frameworkSuite({ framework, startServer }) {
  let app;
  let browser;

  before(async () => {
    app = await startServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => app?.server.close(resolve));
  });

  test(`${framework} state shows the outcome from npo-result and the reference from npo-submitted`, async () => {
    const { tab, problems, requests, violations } = await openTab(browser);
    const events = await recordEvents(tab);
    await tab.goto(`${app.origin}/`);
    const status = tab.locator('.app-status');
    assert.equal(await status.textContent(), 'Nog geen uitkomst.');

    await chooseByKeyboard(tab, 'Vaals');
    await answerQuestions(tab);

    const [result] = (await events()).filter((e) => e.type === 'npo-result');
    assert.ok(result, 'the widget fired npo-result');
    assert.equal(result.detail.answers.inhabitants > 0, true);
    // The app rendered what the event carried, and it is the outcome the widget shows.
    await tab.waitForFunction(() => document.querySelector('.app-status')?.dataset.outcome, undefined, { timeout: 10_000 });
    assert.equal(await status.getAttribute('data-outcome'), result.detail.outcome);
    assert.match(
      (await tab.locator('npo-gemeentecheck').locator('.outcome').getAttribute('class')) ?? '',
      new RegExp(`\\b${result.detail.outcome}\\b`),
    );
    assert.match((await status.textContent()) ?? '', /^Uitkomst: /);

    const reference = await sendRequest(tab);
    assert.equal(app.received.length, 1);
    const sent = app.received[0];
    assert.equal(sent.body.municipality.code, 'GM0981');
    assert.equal(sent.body.eligibility.outcome, result.detail.outcome);
    assert.equal(sent.idempotencyKey, sent.body.clientRequestId);
    await tab.waitForFunction(() => document.querySelector('.app-status')?.dataset.reference, undefined, { timeout: 10_000 });
    assert.equal(await status.getAttribute('data-reference'), reference);
    assert.match((await status.textContent()) ?? '', new RegExp(`Aanvraag ontvangen onder ${reference}\\.$`));
    assert.deepEqual(
      (await events()).filter((e) => e.type === 'npo-submitted').map((e) => e.detail.reference),
      [reference],
    );

    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((url) => !url.startsWith(app.origin)), []);
    await tab.close();
  });

  test(`attributes bound in ${framework} reach the element`, async () => {
    const { tab, problems, violations } = await openTab(browser);
    await tab.goto(`${app.origin}/?gemeente=GM0981`);
    const widget = tab.locator('npo-gemeentecheck');
    await widget.locator('h2').waitFor({ timeout: 10_000 });
    // `municipality` preselects; the attributes with a dash stay attributes.
    await tab.waitForFunction(() =>
      document.querySelector('npo-gemeentecheck')?.shadowRoot?.querySelector('#municipality-input')?.value === 'Vaals',
    );
    const element = await widget.evaluate((el) => ({
      municipality: el.municipality,
      endpoint: el.endpoint,
      contactEmail: el.contactEmail,
      privacyUrl: el.privacyUrl,
      language: el.language,
    }));
    assert.deepEqual(element, {
      municipality: 'GM0981',
      endpoint: '/api/requests',
      contactEmail: 'ondersteuning@example.nl',
      privacyUrl: 'https://www.example.nl/privacy',
      language: 'nl',
    });
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    await tab.close();
  });
}
