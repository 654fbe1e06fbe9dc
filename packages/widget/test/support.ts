import axe from 'axe-core';
import { page, userEvent } from 'vitest/browser';
import { expect, vi } from 'vitest';
import '../src/index.js';
import type { NpoGemeentecheck } from '../src/index.js';

export type Widget = NpoGemeentecheck;

/** Where the request-flow tests send requests; `mockFetch` answers, so nothing leaves the browser. */
export const endpoint = 'https://intake.example.org/api/requests';

/**
 * Puts the element on a page with a main landmark and h1, as a host page would. The offer's period is
 * over, so a test of the request flow says `offer-status="open"`: it is set unless the test sets
 * `offer-status` or `today` itself.
 */
export async function mount(attributes: Record<string, string> = {}, lang = 'nl'): Promise<Widget> {
  if (!('offer-status' in attributes) && !('today' in attributes)) attributes = { 'offer-status': 'open', ...attributes };
  document.body.innerHTML = '';
  document.documentElement.lang = lang;
  const main = document.createElement('main');
  const h1 = document.createElement('h1');
  h1.textContent = lang === 'en' ? 'Support for municipalities' : 'Ondersteuning voor gemeenten';
  main.append(h1);
  const el = document.createElement('npo-gemeentecheck');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  main.append(el);
  document.body.append(main);
  await el.ready;
  return el;
}

export function shadow(el: Widget): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}

export function q<T extends Element = HTMLElement>(el: Widget, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`Not found in the widget: ${selector}`);
  return found;
}

export function heading(el: Widget): string {
  return q(el, 'h2').textContent?.trim() ?? '';
}

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function press(keys: string): Promise<void> {
  await userEvent.keyboard(keys);
}

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
export async function tabTo(match: (el: Element) => boolean, backwards = false, max = 80): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const active = deepActive();
    if (i > 0 && active && match(active)) return active;
    await press(backwards ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
  }
  throw new Error('Tab never reached the wanted element');
}

export const byId = (id: string) => (e: Element) => e.id === id;
export const byText = (text: string | RegExp) => (e: Element) =>
  typeof text === 'string' ? e.textContent?.trim() === text : text.test(e.textContent ?? '');

/** Waits until the step heading has the focus (each step moves focus to its heading). */
export async function expectHeadingFocused(el: Widget, text: string | RegExp): Promise<void> {
  await vi.waitFor(() => {
    const active = deepActive();
    expect(active?.tagName).toBe('H2');
    if (typeof text === 'string') expect(active?.textContent?.trim()).toBe(text);
    else expect(active?.textContent ?? '').toMatch(text);
  });
  await el.updateComplete;
}

/** Runs axe-core on the page and fails with the rule ids and targets of any violation. */
export async function expectNoAxeViolations(): Promise<void> {
  const results = await axe.run(document.body, { resultTypes: ['violations'] });
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  expect(summary).toEqual([]);
}

declare const __SCREENSHOT_DIR__: string;

/**
 * Saves a PNG of the element (into docs/images with `npm run screenshots`, else into temp/); the viewport grows
 * so a tall step is not cut off.
 */
export async function screenshot(el: Widget, name: string, width = 900): Promise<void> {
  await el.updateComplete;
  const box = el.getBoundingClientRect();
  const height = Math.max(1000, Math.ceil(box.bottom + window.scrollY + 40));
  await page.viewport(width, height);
  window.scrollTo(0, 0);
  await page.screenshot({ element: el, path: `${__SCREENSHOT_DIR__}/widget-${name}.png` });
  await page.viewport(900, 1000);
}

export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

export type Reply = Response | 'network-error' | ((call: RecordedCall) => Response | 'network-error');

/**
 * Replaces fetch for the test: replies in order (the last one repeats) and records every call,
 * so a test can check URL, headers and body of each attempt.
 */
export function mockFetch(...replies: Reply[]): { calls: RecordedCall[]; restore: () => void } {
  const original = globalThis.fetch;
  const calls: RecordedCall[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    const call: RecordedCall = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers,
      body: JSON.parse(String(init?.body ?? 'null')) as Record<string, unknown>,
    };
    calls.push(call);
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)];
    const value = typeof reply === 'function' ? reply(call) : reply;
    if (value === 'network-error' || value === undefined) throw new TypeError('Failed to fetch');
    return value.clone();
  }) as typeof fetch;
  return { calls, restore: () => void (globalThis.fetch = original) };
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Collects the events the widget fires. */
export function recordEvents(target: EventTarget): Array<{ type: string; detail: unknown; composed: boolean; bubbles: boolean }> {
  const events: Array<{ type: string; detail: unknown; composed: boolean; bubbles: boolean }> = [];
  for (const type of ['npo-result', 'npo-submitted', 'npo-submit-error']) {
    target.addEventListener(type, (e) => {
      events.push({ type, detail: (e as CustomEvent).detail, composed: e.composed, bubbles: e.bubbles });
    });
  }
  return events;
}

/** Chooses a municipality through the combobox (typing then picking the first hit), without a mouse. */
export async function chooseByKeyboard(el: Widget, text: string): Promise<void> {
  await tabTo(byId('municipality-input'));
  await press(text);
  // Generous: on a busy machine the list may take more than the default second to open.
  await vi.waitFor(() => expect(q(el, '#municipality-input').getAttribute('aria-expanded')).toBe('true'), { timeout: 10_000 });
  await press('{ArrowDown}');
  await press('{Enter}');
  await el.updateComplete;
}

/** Fills the request form by keyboard: typing, Space on checkboxes and radios. */
export async function fillFormByKeyboard(el: Widget): Promise<void> {
  await tabTo(byId('f-name'));
  await press('Anna de Vries');
  await tabTo(byId('f-role'));
  await press('Beleidsmedewerker onderwijs');
  await tabTo(byId('f-email'));
  await press('anna@example.org');
  await tabTo(byId('f-supportTypes-0'));
  await press(' ');
  // Two plan phases: the request takes one or more.
  await tabTo(byId('f-planPhases-0'));
  await press(' ');
  await tabTo(byId('f-planPhases-1'));
  await press(' ');
  await tabTo(byId('f-question'));
  await press('Wij willen een lokale coalitie opzetten met scholen en kinderopvang.');
  await tabTo(byId('f-partners-0'));
  await press(' ');
  await tabTo(byId('f-privacyConsent'));
  await press(' ');
  await el.updateComplete;
}

/** Sets a form control as typing or clicking would (input event), without the keyboard walk. */
export function set(el: Widget, selector: string, value: string | boolean): void {
  const input = q<HTMLInputElement>(el, selector);
  if (typeof value === 'boolean') input.checked = value;
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Clicks a button and, when given, waits for the next step's heading. */
export async function click(el: Widget, text: string, nextHeading?: string): Promise<void> {
  const button = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`No button ${text}`);
  button.click();
  await el.updateComplete;
  if (nextHeading) await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe(nextHeading));
}

/** Chooses the first suggestion for `name` and goes on to its figures, with pointer-like events. */
export async function toFigures(el: Widget, name = 'Vaals', heading = `Cijfers van ${name}`, next = 'Volgende'): Promise<void> {
  set(el, '#municipality-input', name);
  await el.updateComplete;
  q(el, '#municipality-option-0').click();
  await click(el, next, heading);
}

/** Walks to the outcome for Vaals with pointer-like events. */
export async function toResult(el: Widget): Promise<void> {
  await toFigures(el);
  await click(el, 'Volgende', 'Nog een paar vragen');
  set(el, '#capacity-yes', true);
  set(el, '#coronaImpact-above-average', true);
  await click(el, 'Volgende', 'Uitkomst');
}

/** Walks to the request form for Vaals with pointer-like events. */
export async function toForm(el: Widget): Promise<void> {
  await toResult(el);
  await click(el, 'Aanvraag doen', 'Uw aanvraag');
}

export async function fillForm(el: Widget): Promise<void> {
  set(el, '#f-name', 'Anna de Vries');
  set(el, '#f-role', 'Beleidsmedewerker');
  set(el, '#f-email', 'anna@example.org');
  set(el, '#f-supportTypes-1', true);
  set(el, '#f-planPhases-2', true);
  set(el, '#f-question', 'Hoe richten wij een zomerschool in met de schoolbesturen?');
  set(el, '#f-privacyConsent', true);
  await el.updateComplete;
}

/** Clicks the main button of the current step (any language) and waits until `ready` finds something. */
async function next(el: Widget, ready: string): Promise<void> {
  q<HTMLButtonElement>(el, '.actions button.primary').click();
  await vi.waitFor(() => expect(shadow(el).querySelector(ready)).not.toBeNull());
  await el.updateComplete;
}

/** Walks to the request form for Vaals in whatever language the widget shows. */
export async function toFormInAnyLanguage(el: Widget): Promise<void> {
  set(el, '#municipality-input', 'Vaals');
  await el.updateComplete;
  q(el, '#municipality-option-0').click();
  await next(el, 'dl.figures');
  await next(el, '#capacity-yes');
  set(el, '#capacity-yes', true);
  set(el, '#coronaImpact-above-average', true);
  await next(el, '.outcome');
  await next(el, '#f-name');
}

/** The submit button of the request form or of the check step, in any language. */
export const submitButton = (el: Widget): HTMLButtonElement => q<HTMLButtonElement>(el, 'form button[type="submit"]');

/** Submits the request form, waits for the check of the answers, and sends from there (any language). */
export async function send(el: Widget): Promise<void> {
  submitButton(el).click();
  await vi.waitFor(() => expect(shadow(el).querySelector('dl.summary')).not.toBeNull());
  await el.updateComplete;
  submitButton(el).click();
}
