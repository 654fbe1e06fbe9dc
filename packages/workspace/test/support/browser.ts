// Chromium (Debian's, through playwright-core) on the workspace, with the example pages' checks:
// console errors, CSP violations, every URL asked for, axe-core.
import type { Browser, Page } from 'playwright-core';
import * as support from '@npo-gemeenten/example-test-support/browser';
import type { RunningIntake } from './intake.js';

/** The focused element, looking into shadow roots. */
export interface Active {
  id: string;
  tag: string;
  text: string;
}

export const deepActive = (tab: Page): Promise<Active> => support.deepActive(tab);
/** Presses Tab until the focused element matches, as a keyboard user would. */
export const tabTo = (tab: Page, match: (active: Active) => boolean, max?: number): Promise<Active> => support.tabTo(tab, match, max);
/** axe-core's WCAG 2.1 A and AA violations on the open page, as "rule: targets". */
export const axeViolations = (tab: Page): Promise<string[]> => support.axeViolations(tab);

export interface Tab {
  tab: Page;
  problems: string[];
  requests: string[];
  violations(): Promise<string[]>;
  close(): Promise<void>;
}

export function startBrowser(): Promise<Browser> {
  return support.launch() as Promise<Browser>;
}

export function newTab(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Tab> {
  return support.openTab(browser, viewport) as Promise<Tab>;
}

/** Signs in through the form, as a person would: type the token, press Enter. */
export async function signIn(tab: Page, intake: RunningIntake, token: string, path = ''): Promise<void> {
  await tab.goto(`${intake.workspace}${path}`);
  const field = tab.getByLabel(/Persoonlijk token|Personal token/);
  await field.fill(token);
  await field.press('Enter');
  await tab.getByRole('button', { name: /Uitloggen|Sign out/ }).waitFor();
}

/** Requests to any address but the intake's own origin. */
export function foreign(requests: string[], intake: RunningIntake): string[] {
  return requests.filter((url) => !url.startsWith(`${intake.origin}/`) && !url.startsWith(`blob:${intake.origin}/`));
}
