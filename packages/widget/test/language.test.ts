import npmEntry from '../dist/index.js?raw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, q } from './support.js';

afterEach(() => {
  document.documentElement.lang = 'nl';
  sessionStorage.clear();
});

describe('language', () => {
  it('follows a change of <html lang> after the first render, both ways', async () => {
    const el = await mount({}, 'nl');
    expect(q(el, 'h2').textContent).toBe('Kies uw gemeente');
    document.documentElement.lang = 'en';
    await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe('Choose your municipality'));
    expect(q(el, '.container').getAttribute('lang')).toBe('en');
    document.documentElement.lang = 'nl-NL';
    await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe('Kies uw gemeente'));
  });

  it('takes its own lang before an ancestor, and follows the nearest ancestor that changes', async () => {
    const el = await mount({}, 'nl');
    const wrapper = el.parentElement as HTMLElement;
    wrapper.lang = 'en';
    await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe('Choose your municipality'));
    el.lang = 'nl';
    await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe('Kies uw gemeente'));
    el.removeAttribute('lang');
    await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe('Choose your municipality'));
  });

  it('shows Dutch for an unsupported language such as fy, marked on the shadow content, not on the host', async () => {
    const el = await mount({}, 'fy');
    expect(q(el, 'h2').textContent).toBe('Kies uw gemeente');
    expect(q(el, '.container').getAttribute('lang')).toBe('nl');
    expect(el.hasAttribute('lang')).toBe(false);
    // The host stays unmarked, so a later change of the page is still followed.
    document.documentElement.lang = 'en';
    await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe('Choose your municipality'));
    expect(q(el, '.container').getAttribute('lang')).toBe('en');
  });

  it('keeps English out of the npm entry: it loads only when the widget is shown in English', () => {
    expect(npmEntry).toContain('Kies uw gemeente');
    expect(npmEntry).not.toContain('Choose your municipality');
    expect(npmEntry).toMatch(/import\(["']\.\/en-[\w-]+\.js["']\)/);
  });
});
