import { getChildIndicators } from '@npo-gemeenten/data/indicators';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, expectNoAxeViolations, mount, q, shadow, toFigures, type Widget } from './support.js';

// Step 2 shows children by age and households with children (CBS 70072ned) beside the figures the
// check uses: as context, said to be so, with their source and reference date.

afterEach(() => sessionStorage.clear());

/** Goes to the figures of `name` and waits for the children figures to arrive. */
async function childrenOf(el: Widget, name: string, heading: string): Promise<HTMLElement> {
  await toFigures(el, name, heading, document.documentElement.lang === 'en' ? 'Next' : 'Volgende');
  await vi.waitFor(() => expect(shadow(el).querySelector('section[aria-labelledby="children-heading"] dl')).not.toBeNull());
  return q(el, 'section[aria-labelledby="children-heading"]');
}

/** The section's rows as label -> value. */
function rows(section: HTMLElement): Map<string, string> {
  const terms = [...section.querySelectorAll('dt')];
  return new Map(terms.map((dt) => [dt.textContent?.trim() ?? '', dt.nextElementSibling?.textContent?.trim() ?? '']));
}

describe('children and families on step 2', () => {
  it('shows the four CBS figures of the chosen municipality, with source, date and that they do not count', async () => {
    const expected = getChildIndicators('GM0981');
    expect(expected).not.toBeNull();
    const el = await mount();
    const section = await childrenOf(el, 'Vaals', 'Cijfers van Vaals');
    const shown = rows(section);
    const nl = new Intl.NumberFormat('nl-NL');
    for (const id of ['children0to4', 'children5to9', 'children10to14', 'householdsWithChildren'] as const) {
      expect(shown.get(expected![id].label.nl)).toBe(nl.format(expected![id].value));
    }
    expect(section.querySelector('h3')?.textContent).toBe('Kinderen en gezinnen');
    expect(section.textContent).toContain('tellen niet mee in de check');
    expect(shown.get('Bron')).toBe('CBS, Regionale kerncijfers Nederland (70072ned), peildatum 1 januari 2025');
    await expectNoAxeViolations();
  });

  it('follows a change of municipality', async () => {
    const el = await mount();
    await childrenOf(el, 'Vaals', 'Cijfers van Vaals');
    await click(el, 'Vorige', 'Kies uw gemeente');
    const section = await childrenOf(el, 'Schiermonnikoog', 'Cijfers van Schiermonnikoog');
    const expected = getChildIndicators('GM0088')!;
    expect(rows(section).get(expected.householdsWithChildren.label.nl)).toBe(new Intl.NumberFormat('nl-NL').format(expected.householdsWithChildren.value));
  });

  it('speaks English, with the Dutch table title marked as Dutch', async () => {
    const expected = getChildIndicators('GM0981')!;
    const el = await mount({}, 'en');
    const section = await childrenOf(el, 'Vaals', 'Figures for Vaals');
    expect(rows(section).get('Children aged 0 to 4')).toBe(new Intl.NumberFormat('en-GB').format(expected.children0to4.value));
    expect(section.querySelector('[lang="nl"]')?.textContent).toBe('Regionale kerncijfers Nederland');
    expect(rows(section).get('Source')).toBe('CBS, Regionale kerncijfers Nederland (70072ned), reference date 1 January 2025');
    await expectNoAxeViolations();
  });
});
