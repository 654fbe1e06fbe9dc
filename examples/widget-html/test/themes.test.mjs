// Both example house styles in Chromium: the style really reaches the widget's shadow DOM, axe finds
// no WCAG 2.1 A/AA violation on the first step and on the outcome (reached by keyboard alone), and
// each step is photographed. The photographs go to docs/images/ only with NPO_UPDATE_SCREENSHOTS=1,
// otherwise to temp/, so a normal run leaves the tree unchanged.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { axeViolations, byId, launch, openTab, tabTo } from '@npo-gemeenten/example-test-support/browser';
import { answerQuestionsByKeyboard, chooseByKeyboard } from '@npo-gemeenten/example-test-support/widget-flow';
import { startServer } from '../serve.mjs';
import { customPropertiesOf, docsDir, exampleDir, hexToRgb, screenshotName, themeCss, themes } from './themes.mjs';

const screenshotDir = process.env.NPO_UPDATE_SCREENSHOTS === '1' ? join(docsDir, 'images') : join(exampleDir, 'temp');
mkdirSync(screenshotDir, { recursive: true });

let server;
let origin;
let browser;
const seen = new Map();

before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

/** Inside the widget: primary button colours and corners, the font, the search field's focus outline. */
function widgetStyle(tab) {
  return tab.evaluate(() => {
    const root = document.querySelector('npo-gemeentecheck').shadowRoot;
    const button = getComputedStyle(root.querySelector('button.primary'));
    const container = getComputedStyle(root.querySelector('.container'));
    return {
      buttonBackground: button.backgroundColor,
      buttonColor: button.color,
      buttonRadius: button.borderTopLeftRadius,
      containerRadius: container.borderTopLeftRadius,
      font: container.fontFamily,
      pageFont: getComputedStyle(document.body).fontFamily,
    };
  });
}

for (const theme of themes) {
  test(`${theme.label}: the house style reaches the widget, passes axe and is photographed`, async () => {
    const properties = customPropertiesOf(themeCss(theme.name));
    const { tab, problems, requests, violations } = await openTab(browser, { width: 960, height: 720 });
    await tab.goto(`${origin}/themes/${theme.name}.html`);
    const widget = tab.locator('npo-gemeentecheck');
    await widget.locator('h2', { hasText: 'Kies uw gemeente' }).waitFor({ timeout: 10_000 });

    const style = await widgetStyle(tab);
    assert.equal(style.buttonBackground, hexToRgb(properties.get('--npo-color-primary')));
    assert.equal(style.buttonColor, hexToRgb(properties.get('--npo-color-primary-text')));
    // The widget uses the style's font when it sets one, the page's font otherwise.
    // (Chromium reports font names in double quotes.)
    assert.equal(style.font, (properties.get('--npo-font-family') ?? style.pageFont).replaceAll("'", '"'));
    seen.set(theme.name, style);

    // First step, with the focus on the search field, as a keyboard user sees it.
    await tabTo(tab, byId('municipality-input'));
    const outline = await widget.locator('#municipality-input').evaluate((el) => getComputedStyle(el).outlineColor);
    assert.equal(outline, hexToRgb(properties.get('--npo-color-focus')));
    assert.deepEqual(await axeViolations(tab), []);
    await tab.screenshot({ path: join(screenshotDir, screenshotName(theme.name, '1-municipality')), fullPage: true });

    await chooseByKeyboard(tab, 'Vaals');
    await answerQuestionsByKeyboard(tab);
    assert.match((await widget.locator('.outcome').getAttribute('class')) ?? '', /\b(eligible|contact|not-eligible)\b/);
    assert.deepEqual(await axeViolations(tab), []);
    await tab.screenshot({ path: join(screenshotDir, screenshotName(theme.name, '4-outcome')), fullPage: true });

    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((url) => !url.startsWith(origin)), []);
    await tab.close();
  });
}

test('the house styles differ where a visitor sees it: colour, corners, font', () => {
  assert.equal(seen.size, themes.length, 'every house style was loaded');
  const styles = [...seen.values()];
  for (const key of ['buttonBackground', 'buttonRadius', 'containerRadius', 'font']) {
    assert.equal(new Set(styles.map((s) => s[key])).size, styles.length, `${key} differs between the house styles`);
  }
});
