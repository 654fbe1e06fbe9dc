import { commands } from 'vitest/browser';
import { describe, expect, it } from 'vitest';

describe('strict CSP page (default-src self)', () => {
  for (const lang of ['nl', 'en']) {
    it(`loads the self-contained file, renders and submits without a violation (${lang})`, async () => {
      const report = await commands.openCspPage(lang);
      expect(report.violations).toEqual([]);
      expect(report.consoleErrors).toEqual([]);
      expect(report.firstHeading).toBe(lang === 'en' ? 'Choose your municipality' : 'Kies uw gemeente');
      expect(report.restoredName).toBe('Anna de Vries');
      expect(report.reference).toBe('NPO-CSP-0001');
      // Nothing but the page's own origin: no third-party request, data came as a lazy chunk.
      expect(report.requestedUrls.filter((u) => !u.startsWith(report.origin))).toEqual([]);
      expect(report.requestedUrls.some((u) => u.endsWith('/dist/chunks/npo-gemeentecheck.data.js'))).toBe(true);
      expect(report.requestedUrls.some((u) => u.endsWith('/dist/chunks/school-hint.js'))).toBe(true);
      expect(report.schoolHint).toMatch(lang === 'en' ? /per 100 pupils/ : /per 100 leerlingen/);
      expect(report.requestedUrls.some((u) => /\/dist\/chunks\/en-.*\.js$/.test(u))).toBe(lang === 'en');
      expect(report.received).toHaveLength(1);
      expect(report.received[0]?.idempotencyKey).toBe((report.received[0]?.body as { clientRequestId: string }).clientRequestId);
    });
  }
});
