import { commands } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { dataChunk, entryFile, pageHints } from '../scripts/bundle-files.mjs';
import { nl } from '../src/messages/nl.js';

// The built self-contained file on a host page, in real Chromium: the first step must need one
// request, and preload hints in the host page must change nothing but timing.
describe('loading the self-contained file', () => {
  for (const hints of pageHints) {
    it(`renders the first step from the entry file alone and then works (${hints})`, async () => {
      const report = await commands.openLoadingPage(hints);
      expect(report.problems).toEqual([]);
      // Every script but the entry was held back until the first step was in the DOM.
      expect(report.renderedFromEntryAlone).toBe(true);
      // Before the first render: the entry and the data chunk, which is asked for (by the element
      // when it connects, or by the host's preload hint) but never waited for.
      expect([...new Set(report.scriptsBeforeFirstRender)].sort()).toEqual([dataChunk, entryFile].sort());
      // A preload and the element's own import share one request.
      expect(report.scriptRequests[entryFile]).toBe(1);
      expect(report.scriptRequests[dataChunk]).toBe(1);
      expect(report.whileLoading).toBe(nl.loading);
      expect(report.firstSuggestion).toMatch(/^Vaals/);
      expect(report.chosenHeading).toMatch(/Vaals/);
    });
  }
});
