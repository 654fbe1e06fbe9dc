import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { shadow, type Widget } from './support.js';

// The pattern from docs/widget.md: a short text and a contact link inside the tag.
const fallback = `<p>Kijk of uw gemeente in aanmerking komt voor ondersteuning, of
<a href="mailto:info@example.org?subject=Aanvraag%20ondersteuning">mail ons uw aanvraag</a>.</p>`;
const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Zonder script</title>
<script type="module" src="/npo-gemeentecheck.js"></script></head>
<body><main><h1>Ondersteuning</h1><npo-gemeentecheck contact-email="info@example.org">${fallback}</npo-gemeentecheck></main></body></html>`;

afterEach(() => sessionStorage.clear());

describe('no script, still a way forward', () => {
  it('shows the content inside the tag when JavaScript is off', async () => {
    const report = await commands.openNoScriptPage(page);
    expect(report.upgraded).toBe(false);
    expect(report.text).toContain('mail ons uw aanvraag');
    expect(report.linkVisible).toBe(true);
    expect(report.href).toMatch(/^mailto:info@example\.org/);
  });

  it('hides that content once the element runs, showing the widget instead', async () => {
    document.documentElement.lang = 'nl';
    document.body.innerHTML = `<main><npo-gemeentecheck contact-email="info@example.org">${fallback}</npo-gemeentecheck></main>`;
    const el = document.querySelector('npo-gemeentecheck') as Widget;
    await el.ready;
    const link = el.querySelector('a') as HTMLAnchorElement;
    // Still in the light DOM (for search engines and scripts), but not rendered: no box, not focusable by Tab.
    expect(link.getClientRects()).toHaveLength(0);
    expect(shadow(el).querySelector('h2')?.textContent).toBe('Kies uw gemeente');
  });
});
