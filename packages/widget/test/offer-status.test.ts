import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveOfferStatus } from '../src/offer-status.js';
import { hostContact } from '../src/host-contact.js';
import {
  endpoint,
  byId,
  byText,
  chooseByKeyboard,
  expectHeadingFocused,
  expectNoAxeViolations,
  mount,
  press,
  q,
  recordEvents,
  shadow,
  tabTo,
} from './support.js';

const contact = { 'contact-name': 'Team Ondersteuning', 'contact-phone': '030 123 45 67', 'contact-email': 'info@example.org' };
afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('resolveOfferStatus', () => {
  it('follows the offer period on a fixed clock, and the attribute above all', () => {
    const warn = vi.fn();
    expect(resolveOfferStatus(undefined, '2021-06-30', warn)).toBe('closed');
    expect(resolveOfferStatus(undefined, '2021-07-01', warn)).toBe('open');
    expect(resolveOfferStatus(undefined, '2025-07-31', warn)).toBe('open');
    expect(resolveOfferStatus(undefined, '2025-08-01', warn)).toBe('closed');
    expect(resolveOfferStatus('open', '2026-03-01', warn)).toBe('open');
    expect(resolveOfferStatus('closed', '2024-03-01', warn)).toBe('closed');
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns about an invalid offer-status or today and falls back to the dates', () => {
    const warn = vi.fn();
    expect(resolveOfferStatus('gesloten', '2024-03-01', warn)).toBe('open');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('offer-status="gesloten"'));
    expect(resolveOfferStatus(undefined, '1 maart 2024', warn)).toBe(new Date() > new Date('2025-08-01') ? 'closed' : 'open');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('today="1 maart 2024"'));
  });
});

describe('hostContact', () => {
  it('keeps the valid parts and names the attribute of an invalid one', () => {
    const warn = vi.fn();
    expect(hostContact({ name: '  Team Ondersteuning ', phone: '030 123 45 67', email: 'a@b.nl' }, warn)).toEqual({
      name: 'Team Ondersteuning',
      phone: '030 123 45 67',
      email: 'a@b.nl',
    });
    expect(hostContact({ name: '   ', phone: '12', email: undefined }, warn)).toEqual({});
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('contact-name'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('contact-phone'));
    expect(hostContact({ name: 'x'.repeat(101), phone: undefined, email: undefined }, warn)).toEqual({});
  });
});

async function toResult(el: Awaited<ReturnType<typeof mount>>, name: string, lang: 'nl' | 'en'): Promise<void> {
  await chooseByKeyboard(el, name);
  await press('{Enter}');
  await expectHeadingFocused(el, new RegExp(name));
  await tabTo(byText(lang === 'en' ? 'Next' : 'Volgende'));
  await press('{Enter}');
  await expectHeadingFocused(el, lang === 'en' ? 'A few more questions' : 'Nog een paar vragen');
}

describe('closed by date, open by attribute', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`says first that the programme ran until 31 July 2025, speaks in the past tense and offers the contact instead of the form (${lang})`, async () => {
      const el = await mount({ endpoint, today: '2026-03-01', ...contact }, lang);
      const events = recordEvents(el);
      const notice = q(el, '.offer-closed');
      expect(notice.textContent).toContain(lang === 'en' ? '31 July 2025' : '31 juli 2025');
      // Right after the heading, before the introduction and the field.
      expect(q(el, 'h2').nextElementSibling).toBe(notice);
      await expectNoAxeViolations();
      await toResult(el, 'Vaals', lang);
      await tabTo(byId('capacity-yes'));
      await press(' ');
      await tabTo(byId('coronaImpact-above-average'));
      await press(' ');
      await tabTo(byText(lang === 'en' ? 'Next' : 'Volgende'));
      await press('{Enter}');
      await expectHeadingFocused(el, lang === 'en' ? 'Outcome' : 'Uitkomst');
      expect(events.map((e) => e.type)).toContain('npo-result');
      expect(q(el, '.outcome h3').textContent).toBe(lang === 'en' ? 'Your municipality met the conditions' : 'Uw gemeente voldeed aan de voorwaarden');
      const buttons = [...shadow(el).querySelectorAll('button')].map((b) => b.textContent?.trim());
      expect(buttons).not.toContain(lang === 'en' ? 'Send a request' : 'Aanvraag doen');
      expect(q(el, '.contact-block').textContent).toContain('Team Ondersteuning');
      expect(q(el, '.contact-block a[href^="tel:"]').getAttribute('href')).toBe('tel:0301234567');
      await expectNoAxeViolations();
    });
  }

  it('shows the request form when the host says offer-status="open", whatever the date', async () => {
    const el = await mount({ endpoint, today: '2026-03-01', 'offer-status': 'open' });
    expect(shadow(el).querySelector('.offer-closed')).toBeNull();
    await toResult(el, 'Vaals', 'nl');
    await tabTo(byId('capacity-yes'));
    await press(' ');
    await tabTo(byId('coronaImpact-above-average'));
    await press(' ');
    await tabTo(byText('Volgende'));
    await press('{Enter}');
    await expectHeadingFocused(el, 'Uitkomst');
    expect(q(el, '.outcome p').textContent).toContain('Het consortium kiest uit de aanvragen');
    expect(q(el, '.outcome p').textContent).not.toMatch(/werkdagen/);
    await tabTo(byText('Aanvraag doen'));
    await press('{Enter}');
    await expectHeadingFocused(el, 'Uw aanvraag');
    // Each support type with the source's full description.
    expect(q(el, '#f-supportTypes-0-description').textContent).toBe(
      'Het neerzetten van een lokale overlegstructuur of het in de steigers zetten van lokale coalities.',
    );
    // "Andere partners" is required once "Anders" is ticked, so it is not marked "(niet verplicht)".
    const other = [...shadow(el).querySelectorAll<HTMLInputElement>('input[name="partners"]')].find((i) => i.value === 'other');
    other!.checked = true;
    other!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(q(el, 'label[for="f-partnersOther"]').textContent).not.toContain('niet verplicht');
    expect(q<HTMLInputElement>(el, '#f-partnersOther').required).toBe(true);
    await expectNoAxeViolations();
  });

  it('warns once about an invalid offer-status and follows the dates', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ endpoint, today: '2024-03-01', 'offer-status': 'ja' });
    expect(shadow(el).querySelector('.offer-closed')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('offer-status="ja"'));
  });
});

describe('the host contact on a contact outcome', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`Vaals with the share and corona unknown gets contact, with the host's contact shown (${lang})`, async () => {
      const el = await mount({ endpoint, 'offer-status': 'open', ...contact }, lang);
      await toResult(el, 'Vaals', lang);
      await tabTo(byId('share-unknown'));
      await press(' ');
      // A radio group is one tab stop: the arrow keys move to "don't know".
      await tabTo(byId('coronaImpact-above-average'));
      await press('{ArrowDown}{ArrowDown}');
      await tabTo(byId('capacity-yes'));
      await press(' ');
      await tabTo(byText(lang === 'en' ? 'Next' : 'Volgende'));
      await press('{Enter}');
      await expectHeadingFocused(el, lang === 'en' ? 'Outcome' : 'Uitkomst');
      expect(q(el, '.outcome').className).toContain('contact');
      const block = q(el, '.contact-block').textContent ?? '';
      expect(block).toContain(lang === 'en' ? 'Please contact Team Ondersteuning.' : 'Neem contact op met Team Ondersteuning.');
      expect(block).toContain('030 123 45 67');
      expect(block).toContain('info@example.org');
      const need = [...shadow(el).querySelectorAll('ul.criteria li')][1]?.textContent ?? '';
      expect(need).toContain(lang === 'en' ? 'In doubt? Please contact Team Ondersteuning' : 'Twijfelt u? Neem contact op met Team Ondersteuning');
      await expectNoAxeViolations();
    });
  }
});
