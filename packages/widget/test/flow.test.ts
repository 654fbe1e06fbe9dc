import { getMunicipality, listMunicipalities } from '@npo-gemeenten/data/latest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import {
  endpoint,
  type Widget,
  byId,
  byText,
  chooseByKeyboard,
  deepActive,
  expectHeadingFocused,
  expectNoAxeViolations,
  fillFormByKeyboard,
  json,
  mockFetch,
  mount,
  press,
  q,
  recordEvents,
  screenshot,
  shadow,
  tabTo,
} from './support.js';

let restore = () => {};
afterEach(() => {
  restore();
  sessionStorage.clear();
});

describe('full flow by keyboard only (Dutch)', () => {
  it('goes from municipality to confirmation for Vaals, with axe and focus at every step', async () => {
    const vaals = getMunicipality('GM0981');
    expect(vaals?.name).toBe('Vaals');
    const fetchMock = mockFetch(json(201, { id: 'req-42', reference: 'NPO-2025-0042', status: 'submitted' }));
    restore = fetchMock.restore;
    const el = await mount({ endpoint, 'privacy-url': 'https://example.org/privacy', 'contact-email': 'info@example.org' });
    const events = recordEvents(document);

    await expectNoAxeViolations();
    await screenshot(el, '1-municipality');

    await tabTo(byId('municipality-input'));
    await press('Vaals');
    await vi.waitFor(() => expect(q(el, '#municipality-input').getAttribute('aria-expanded')).toBe('true'));
    await press('{ArrowDown}');
    await el.updateComplete;
    const input = q(el, '#municipality-input');
    const activeId = input.getAttribute('aria-activedescendant');
    expect(activeId).toBe('municipality-option-0');
    expect(q(el, `#${activeId}`).getAttribute('aria-selected')).toBe('true');
    expect(q(el, `#${activeId}`).textContent).toContain('Vaals');
    await expectNoAxeViolations();
    await screenshot(el, '1b-combobox');
    await press('{Enter}');
    await el.updateComplete;
    expect((input as HTMLInputElement).value).toBe('Vaals');
    expect(input.getAttribute('aria-expanded')).toBe('false');

    await press('{Enter}');
    await expectHeadingFocused(el, 'Cijfers van Vaals');
    const figures = q(el, 'dl.figures').textContent ?? '';
    expect(figures).toContain(new Intl.NumberFormat('nl-NL').format(vaals?.inhabitants ?? -1));
    expect(figures).toContain('1 januari 2025');
    expect(figures).toContain(vaals?.source.title ?? '??');
    // The children figures arrive from their own chunk; axe and the picture include them.
    await vi.waitFor(() => expect(shadow(el).querySelector('section[aria-labelledby="children-heading"] dl')).not.toBeNull());
    await expectNoAxeViolations();
    await screenshot(el, '2-figures');

    const nextButton = await tabTo(byText('Volgende'));
    // Keyboard focus is visible: a solid outline of at least 3px.
    expect(getComputedStyle(nextButton).outlineStyle).toBe('solid');
    expect(parseFloat(getComputedStyle(nextButton).outlineWidth)).toBeGreaterThanOrEqual(3);
    await press('{Enter}');
    await expectHeadingFocused(el, 'Nog een paar vragen');
    expect(vaals?.targetGroupShare).toBeNull();
    await vi.waitFor(() => expect(shadow(el).querySelector('#share-school-hint')?.textContent).toMatch(/per 100 leerlingen/));
    expect(shadow(el).querySelector('input[name="merged"]')).toBeNull();
    await tabTo(byId('share-input'));
    await press('12,5');
    await tabTo(byId('coronaImpact-above-average'));
    await press(' ');
    await tabTo(byId('capacity-yes'));
    await press(' ');
    await tabTo(byId('cooperation-yes'));
    await press(' ');
    await expectNoAxeViolations();
    await screenshot(el, '3-questions');
    await tabTo(byText('Volgende'));
    await press('{Enter}');

    await expectHeadingFocused(el, 'Uitkomst');
    expect(q(el, '.outcome').className).toContain('eligible');
    const result = events.find((e) => e.type === 'npo-result');
    expect(result).toMatchObject({ bubbles: true, composed: true });
    expect(result?.detail).toMatchObject({
      outcome: 'eligible',
      answers: { inhabitants: vaals?.inhabitants, targetGroupShare: 12.5, coronaImpact: 'above-average', capacityShortfall: 'yes' },
    });
    expect(shadow(el).querySelectorAll('ul.criteria li')).toHaveLength(4);
    // The programme period (to 31 July 2025) is over: said in the past tense, never hidden or failing.
    expect(q(el, '.note').textContent).toBe(
      'Deze regeling liep van 1 juli 2021 tot en met 31 juli 2025. Vraag de aanbieder of de ondersteuning nog wordt gegeven.',
    );
    await expectNoAxeViolations();
    await screenshot(el, '4-result-eligible');

    // Back and forward keep every answer.
    await tabTo(byText('Vorige'));
    await press('{Enter}');
    await expectHeadingFocused(el, 'Nog een paar vragen');
    expect(q<HTMLInputElement>(el, '#share-input').value).toBe('12,5');
    expect(q<HTMLInputElement>(el, '#capacity-yes').checked).toBe(true);
    expect(q<HTMLInputElement>(el, '#coronaImpact-above-average').checked).toBe(true);
    await tabTo(byText('Volgende'));
    await press('{Enter}');
    await expectHeadingFocused(el, 'Uitkomst');

    await tabTo(byText('Aanvraag doen'));
    await press('{Enter}');
    await expectHeadingFocused(el, 'Uw aanvraag');
    await expectNoAxeViolations();

    // An empty submit: the summary gets focus and links to each field.
    await tabTo(byText('Volgende'));
    await press('{Enter}');
    await vi.waitFor(() => expect(deepActive()?.classList.contains('error-summary')).toBe(true));
    expect(fetchMock.calls).toHaveLength(0);
    expect(q(el, '#f-name').getAttribute('aria-invalid')).toBe('true');
    expect(q(el, '#f-name').getAttribute('aria-describedby')).toContain('f-name-error');
    expect(q(el, '#f-privacyConsent').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations();
    await screenshot(el, '5a-form-errors');
    await press('{Tab}');
    expect(deepActive()?.getAttribute('href')).toBe('#f-name');
    await press('{Enter}');
    expect(deepActive()?.id).toBe('f-name');

    await fillFormByKeyboard(el);
    // An optional choice of one: the arrow keys choose within the group.
    await tabTo(byId('f-preferredForm-0'));
    await press('{ArrowDown}');
    await screenshot(el, '5-form');
    await tabTo(byText('Volgende'));
    await press('{Enter}');

    // Check your answers: every answer in words, each with a change link that opens its field.
    await expectHeadingFocused(el, 'Controleer uw aanvraag');
    const rows = () => [...shadow(el).querySelectorAll('dl.summary .summary-row')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]);
    expect(rows()).toEqual(
      expect.arrayContaining([
        ['Gemeente', 'Vaals (GM0981)'],
        ['Naam', 'Anna de Vries'],
        ['Bij welke fase van uw plan voor het NP Onderwijs wilt u ondersteuning?', 'Plan maken, Plan verder uitwerken'],
        ['Welke vorm van ondersteuning heeft uw voorkeur?', 'Online'],
      ]),
    );
    expect(fetchMock.calls).toHaveLength(0);
    await expectNoAxeViolations();
    await screenshot(el, '5d-check');
    await tabTo((n) => n.tagName === 'A' && n.textContent?.replace(/\s+/g, ' ').trim() === 'Wijzigen Naam');
    await press('{Enter}');
    await vi.waitFor(() => expect(deepActive()?.id).toBe('f-name'));
    await press('{End}');
    await press(' (gemeente Vaals)');
    await tabTo(byText('Volgende'));
    await press('{Enter}');
    await expectHeadingFocused(el, 'Controleer uw aanvraag');
    expect(rows()).toContainEqual(['Naam', 'Anna de Vries (gemeente Vaals)']);
    await tabTo(byText('Aanvraag versturen'));
    await press('{Enter}');

    await expectHeadingFocused(el, 'Aanvraag ontvangen');
    expect(q(el, '.reference').textContent).toBe('NPO-2025-0042');
    expect(fetchMock.calls).toHaveLength(1);
    const call = fetchMock.calls[0]!;
    expect(call.url).toBe(endpoint);
    expect(call.method).toBe('POST');
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.headers['idempotency-key']).toBe(call.body['clientRequestId']);
    expect(call.body).toMatchObject({
      municipality: { code: 'GM0981', name: 'Vaals' },
      contact: { name: 'Anna de Vries (gemeente Vaals)', role: 'Beleidsmedewerker onderwijs', email: 'anna@example.org' },
      supportTypes: ['local-structure'],
      planPhases: ['make', 'elaborate'],
      preferredForm: 'online',
      partners: ['municipality'],
      privacyConsent: true,
      language: 'nl',
      website: '',
      eligibility: { outcome: 'eligible' },
    });
    expect(events.find((e) => e.type === 'npo-submitted')).toEqual({
      type: 'npo-submitted',
      detail: { reference: 'NPO-2025-0042', id: 'req-42' },
      bubbles: true,
      composed: true,
    });
    expect(sessionStorage.length).toBe(0);
    // A printable summary of what was sent; printing leaves out the buttons and the progress line.
    expect(rows()).toContainEqual(['Naam', 'Anna de Vries (gemeente Vaals)']);
    expect(shadow(el).querySelector('.summary-change')).toBeNull();
    expect(byText('Afdrukken')(q(el, '.actions button:last-child'))).toBe(true);
    await commands.emulateMedia({ media: 'print' });
    expect(getComputedStyle(q(el, '.actions')).display).toBe('none');
    expect(getComputedStyle(q(el, '.progress')).display).toBe('none');
    expect(getComputedStyle(q(el, 'dl.summary')).display).not.toBe('none');
    await commands.emulateMedia({ media: 'screen' });
    await expectNoAxeViolations();
    await screenshot(el, '6-confirmation');
  });
});

describe('full flow by keyboard only (English)', () => {
  it('takes a municipality just above the size limit to the contact outcome and a request', async () => {
    const candidate = listMunicipalities().find(
      (m) => m.inhabitants !== null && m.inhabitants > 40_000 && m.inhabitants <= 44_000 && m.mergedFrom.length === 0,
    );
    expect(candidate).toBeDefined();
    const fetchMock = mockFetch(json(201, { id: 'req-7', reference: 'NPO-2025-0007', status: 'submitted' }));
    restore = fetchMock.restore;
    const el = await mount({ endpoint, 'privacy-url': 'https://example.org/privacy' }, 'en');
    expect(el.language).toBe('en');
    await expectNoAxeViolations();
    await screenshot(el, 'en-1-municipality');

    await chooseByKeyboard(el, candidate!.name);
    expect(q<HTMLInputElement>(el, '#municipality-input').value).toBe(candidate!.name);
    await press('{Enter}');
    await expectHeadingFocused(el, `Figures for ${candidate!.name}`);
    expect(q(el, 'dl.figures').textContent).toContain('1 January 2025');
    await expectNoAxeViolations();

    await tabTo(byText('Next'));
    await press('{Enter}');
    await expectHeadingFocused(el, 'A few more questions');
    await tabTo(byId('share-unknown'));
    await press(' ');
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '#share-input').disabled).toBe(true);
    await tabTo(byId('coronaImpact-above-average'));
    await press(' ');
    await tabTo(byId('capacity-yes'));
    await press(' ');
    await expectNoAxeViolations();
    await tabTo(byText('Next'));
    await press('{Enter}');

    await expectHeadingFocused(el, 'Outcome');
    expect(q(el, '.outcome').className).toContain('contact');
    expect(q(el, '.outcome h3').textContent).toBe('Please contact us');
    const size = [...shadow(el).querySelectorAll('ul.criteria li')].find((li) => li.textContent?.includes('Number of inhabitants'));
    expect(size?.textContent).toContain('In doubt');
    await expectNoAxeViolations();
    await screenshot(el, 'en-4-result-contact');

    await tabTo(byText('Ask a question or send a request'));
    await press('{Enter}');
    await expectHeadingFocused(el, 'Your request');
    await expectNoAxeViolations();
    await tabTo(byText('Next'));
    await press('{Enter}');
    await vi.waitFor(() => expect(deepActive()?.classList.contains('error-summary')).toBe(true));
    expect(q(el, '.error-summary h3').textContent).toBe('Check your details');
    expect(q(el, '.error-summary').tagName).toBe('SECTION');
    expect(q(el, '.error-summary').getAttribute('aria-labelledby')).toBe('error-summary-title');
    expect(q(el, '#f-email-error').textContent).toMatch(/[a-z]/);
    await expectNoAxeViolations();
    await fillFormByKeyboard(el);
    await tabTo(byText('Next'));
    await press('{Enter}');
    await expectHeadingFocused(el, 'Check your request');
    expect(q(el, 'dl.summary').textContent).toContain('Making the plan, Elaborating the plan');
    await expectNoAxeViolations();
    await tabTo(byText('Send request'));
    await press('{Enter}');
    await expectHeadingFocused(el, 'Request received');
    expect(q(el, '.reference').textContent).toBe('NPO-2025-0007');
    expect(fetchMock.calls[0]?.body).toMatchObject({ language: 'en', eligibility: { outcome: 'contact' } });
    await expectNoAxeViolations();
  });
});

/**
 * Answers "nee" to the fusiegemeente question by keyboard and goes on to the outcome. A radio group
 * is one tab stop; the arrow keys choose within it.
 */
async function answerMergerQuestionNo(el: Widget, lang: 'nl' | 'en'): Promise<void> {
  await tabTo(byId('merged-yes'));
  await press('{ArrowDown}');
  expect(deepActive()?.id).toBe('merged-no');
  await tabTo(byText(lang === 'en' ? 'Next' : 'Volgende'));
  await press('{Enter}');
  await expectHeadingFocused(el, lang === 'en' ? 'Outcome' : 'Uitkomst');
}

describe('a large municipality the data knows no merger of', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`asks Hengelo the merger question; "no" gives not eligible, naming 83,655 and 40,000 (${lang})`, async () => {
      const hengelo = getMunicipality('Hengelo');
      expect(hengelo?.mergedFrom).toEqual([]);
      expect(hengelo?.inhabitants).toBe(83655);
      const el = await mount({ endpoint, 'offer-status': 'open' }, lang);
      await chooseByKeyboard(el, 'Hengelo');
      await press('{Enter}');
      await expectHeadingFocused(el, /Hengelo/);
      await tabTo(byText(lang === 'en' ? 'Next' : 'Volgende'));
      await press('{Enter}');
      await expectHeadingFocused(el, lang === 'en' ? 'A few more questions' : 'Nog een paar vragen');
      const legend = [...shadow(el).querySelectorAll('legend')].map((l) => l.textContent?.trim());
      expect(legend).toContain(
        lang === 'en'
          ? 'Is your municipality a merged municipality (fusiegemeente) whose cores each function independently?'
          : 'Is uw gemeente een fusiegemeente met kernen die elk zelfstandig functioneren?',
      );
      expect(q(el, '#merged-context').textContent).toContain(lang === 'en' ? 'no merger' : 'geen herindeling');
      await expectNoAxeViolations();
      await answerMergerQuestionNo(el, lang);
      expect(q(el, '.outcome').className).toContain('not-eligible');
      const size = [...shadow(el).querySelectorAll('ul.criteria li')][0]?.textContent ?? '';
      expect(size).toContain(lang === 'en' ? '83,655' : '83.655');
      expect(size).toContain(lang === 'en' ? '40,000' : '40.000');
      expect(size).not.toMatch(/niet bekend|not known/);
      await expectNoAxeViolations();
    });
  }
});

describe('a fusiegemeente from before 2018', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`asks Hollands Kroon (merged in 2012) the merger question; "yes" gives contact, "no" not eligible (${lang})`, async () => {
      const hollandsKroon = getMunicipality('Hollands Kroon');
      // The data knows no merger since 2018, and the municipality is above the margin.
      expect(hollandsKroon?.mergedFrom).toEqual([]);
      expect(hollandsKroon?.inhabitants).toBeGreaterThan(44_000);
      const el = await mount({ endpoint, 'offer-status': 'open', 'contact-name': 'Petra Jansen', 'contact-phone': '030 123 45 67' }, lang);
      await chooseByKeyboard(el, 'Hollands Kroon');
      await press('{Enter}');
      await expectHeadingFocused(el, /Hollands Kroon/);
      await tabTo(byText(lang === 'en' ? 'Next' : 'Volgende'));
      await press('{Enter}');
      await expectHeadingFocused(el, lang === 'en' ? 'A few more questions' : 'Nog een paar vragen');
      // Every other criterion met, so the answer to the merger question decides.
      await tabTo(byId('coronaImpact-above-average'));
      await press(' ');
      await tabTo(byId('merged-yes'));
      await press(' ');
      await tabTo(byId('capacity-yes'));
      await press(' ');
      await tabTo(byId('cooperation-yes'));
      await press(' ');
      await tabTo(byText(lang === 'en' ? 'Next' : 'Volgende'));
      await press('{Enter}');
      await expectHeadingFocused(el, lang === 'en' ? 'Outcome' : 'Uitkomst');
      expect(q(el, '.outcome').className).toContain('contact');
      const size = [...shadow(el).querySelectorAll('ul.criteria li')][0]?.textContent ?? '';
      expect(size).toContain(lang === 'en' ? 'In doubt' : 'Twijfel');
      expect(q(el, '[part~="contact"]').textContent).toContain('Petra Jansen');
      await expectNoAxeViolations();
      // The same municipality answering "no" does not qualify: the answer, not the data, decides.
      await tabTo(byText(lang === 'en' ? 'Previous' : 'Vorige'));
      await press('{Enter}');
      await expectHeadingFocused(el, lang === 'en' ? 'A few more questions' : 'Nog een paar vragen');
      await answerMergerQuestionNo(el, lang);
      expect(q(el, '.outcome').className).toContain('not-eligible');
    });
  }
});

describe('not eligible', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`explains why Amsterdam does not qualify and offers contact (${lang})`, async () => {
      const amsterdam = getMunicipality('Amsterdam');
      expect(amsterdam?.mergedFrom.length).toBeGreaterThan(0);
      const el = await mount({ endpoint, 'contact-email': 'info@example.org' }, lang);
      const events = recordEvents(el);
      await chooseByKeyboard(el, 'Amsterdam');
      await press('{Enter}');
      await expectHeadingFocused(el, /Amsterdam/);
      expect(q(el, 'dl.figures').textContent).toContain('Weesp');
      await tabTo(byText(lang === 'en' ? 'Next' : 'Volgende'));
      await press('{Enter}');
      await expectHeadingFocused(el, lang === 'en' ? 'A few more questions' : 'Nog een paar vragen');
      // A merged municipality above the limit gets the fusiegemeente question.
      await answerMergerQuestionNo(el, lang);
      expect(q(el, '.outcome').className).toContain('not-eligible');
      expect(events[0]?.detail).toMatchObject({ outcome: 'not-eligible', answers: { mergedWithIndependentCores: false } });
      const size = [...shadow(el).querySelectorAll('ul.criteria li')][0]?.textContent ?? '';
      expect(size.replace(/[.,\s\u00a0\u202f]/g, '')).toContain(String(amsterdam!.inhabitants));
      const mail = q<HTMLAnchorElement>(el, 'a[href^="mailto:"]');
      expect(mail.getAttribute('href')).toBe('mailto:info@example.org');
      await expectNoAxeViolations();
      await screenshot(el, `${lang === 'en' ? 'en-' : ''}4-result-not-eligible`);
    });
  }
});
