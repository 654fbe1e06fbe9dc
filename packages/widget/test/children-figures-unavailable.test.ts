import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, expectNoAxeViolations, mount, shadow, toFigures } from './support.js';

// When the children figures cannot be had (the chunk fails, or gives nothing), step 2 says they are
// unknown and the check goes on: they are context, never needed for the outcome.
vi.mock('../src/child-indicators.js', () => ({
  childFigures: () => {
    throw new Error('chunk not available');
  },
}));

afterEach(() => sessionStorage.clear());

describe('children figures that cannot be loaded', () => {
  it('are shown as unknown, and the check goes on', async () => {
    const el = await mount();
    await toFigures(el);
    await vi.waitFor(() => expect(shadow(el).querySelector('section[aria-labelledby="children-heading"]')?.textContent).toContain('Onbekend'));
    expect(shadow(el).querySelector('section[aria-labelledby="children-heading"] dl')).toBeNull();
    await expectNoAxeViolations();
    await click(el, 'Volgende', 'Nog een paar vragen');
  });
});
