import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  currentPolicy,
  EligibilityInputError,
  evaluateEligibility,
  PolicyOverrideError,
  policySchema,
  reproduceDecision,
  safeEvaluateEligibility,
} from '../src/index.js';

const seedFile = new URL('../../../../shared/seed/ondersteuning-kleinere-gemeenten-np-onderwijs.txt', import.meta.url);
const seed = 'Ondersteuning kleinere gemeenten bij uitvoering NP Onderwijs';

describe('currentPolicy', () => {
  it('is a valid policy with the programme period', () => {
    expect(policySchema.safeParse(currentPolicy).success).toBe(true);
    expect(currentPolicy.id).toBe('npo-kleinere-gemeenten');
    // The period in which municipalities could spend their NPO funds (Stcrt. 2022, 27531), not the school year.
    expect([currentPolicy.validFrom, currentPolicy.validTo]).toEqual(['2021-07-01', '2025-07-31']);
    expect(currentPolicy.periodSource.document).toContain('Stcrt. 2021, 42927');
    expect(currentPolicy.periodSource.document).toContain('Stcrt. 2022, 27531');
    expect(currentPolicy.periodSource.quote).toBe('de middelen nu besteed kunnen worden van 1 juli 2021 tot en met 31 juli 2025');
  });

  it('publishes the same period without zod as offerPeriod', async () => {
    const catalogueEntry = await import('../src/catalogue-entry.js');
    expect(catalogueEntry.offerPeriod).toEqual({ validFrom: currentPolicy.validFrom, validTo: currentPolicy.validTo });
  });

  it('has a minor version above 1.0.0 since the period changed', () => {
    expect(currentPolicy.version).toBe('1.1.0');
  });

  // The seed text lives next to the repository, not in it; outside this checkout the test is skipped.
  it.skipIf(!existsSync(seedFile))('quotes a seed sentence for every parameter', () => {
    const text = readFileSync(seedFile, 'utf8').normalize();
    for (const parameter of Object.values(currentPolicy.parameters)) {
      expect(parameter.source.document).toBe(seed);
      expect(text).toContain(parameter.source.quote);
    }
  });

  it('reports the period with every result and does not fail on dates', () => {
    const result = evaluateEligibility({ inhabitants: 100 });
    expect(result.policy).toEqual({ id: 'npo-kleinere-gemeenten', version: '1.1.0', validFrom: '2021-07-01', validTo: '2025-07-31' });
  });
});

describe('policy override', () => {
  const host = {
    id: 'regio-aanbod',
    version: '2.1.0',
    validFrom: '2026-01-01',
    validTo: null,
    periodSource: { document: 'Regeling regio', quote: 'Het aanbod loopt vanaf 1 januari 2026.' },
    parameters: {
      maxInhabitants: { value: 60000, source: { document: 'Regeling regio', quote: 'Gemeenten tot 60.000 inwoners.' } },
      targetGroupShareThreshold: { value: 8, source: { document: 'Regeling regio', quote: 'Meer dan 8% doelgroepkinderen.' } },
    },
  };

  it('changes figures and is recorded', () => {
    const result = evaluateEligibility({ inhabitants: 55000, targetGroupShare: 9, capacityShortfall: 'yes' }, { policy: host });
    expect(result.outcome).toBe('eligible');
    expect(result.policy).toEqual({ id: 'regio-aanbod', version: '2.1.0', validFrom: '2026-01-01', validTo: null });
    expect(result.record.policy).toEqual({ id: 'regio-aanbod', version: '2.1.0' });
    // The margin was not overridden and stays at 4,000.
    expect(evaluateEligibility({ inhabitants: 64000 }, { policy: host }).criteria[0]?.status).toBe('doubt');
    expect(evaluateEligibility({ inhabitants: 64001, mergedWithIndependentCores: false }, { policy: host }).criteria[0]?.status).toBe('not-met');
  });

  it.each([
    ['missing version', { id: 'x' }, 'version', 'required'],
    ['bad version', { id: 'x', version: 'v2' }, 'version', 'invalid-version'],
    ['negative maximum', { id: 'x', version: '1.0.0', parameters: { maxInhabitants: { value: -1, source: { document: 'd', quote: 'q' } } } }, 'parameters.maxInhabitants.value', 'too-small'],
    ['threshold over 100', { id: 'x', version: '1.0.0', parameters: { targetGroupShareThreshold: { value: 101, source: { document: 'd', quote: 'q' } } } }, 'parameters.targetGroupShareThreshold.value', 'too-large'],
    ['parameter without source', { id: 'x', version: '1.0.0', parameters: { inhabitantsMargin: { value: 10 } } }, 'parameters.inhabitantsMargin.source', 'required'],
    ['unknown parameter', { id: 'x', version: '1.0.0', parameters: { maxAge: 3 } }, 'parameters.maxAge', 'unknown-field'],
    ['end before start', { id: 'x', version: '1.0.0', validFrom: '2026-01-01', validTo: '2025-12-31', periodSource: { document: 'd', quote: 'q' } }, 'validTo', 'invalid-period'],
    ['impossible date', { id: 'x', version: '1.0.0', validFrom: '2025-02-29' }, 'validFrom', 'invalid-date'],
    ['new end date without its source', { id: 'x', version: '1.0.0', validTo: '2026-07-31' }, 'periodSource', 'period-source-required'],
    ['new start date without its source', { id: 'x', version: '1.0.0', validFrom: '2025-08-01' }, 'periodSource', 'period-source-required'],
  ])('rejects %s with a clear error', (_name, override, path, code) => {
    let caught: unknown;
    try {
      evaluateEligibility({}, { policy: override as never });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PolicyOverrideError);
    const issues = (caught as PolicyOverrideError).issues;
    expect(issues).toContainEqual(expect.objectContaining({ path, code }));
    for (const issue of issues) {
      expect(issue.message.nl).not.toMatch(/\{\w+\}/);
      expect(issue.message.en).not.toMatch(/\{\w+\}/);
    }
    const safe = safeEvaluateEligibility({}, { policy: override as never });
    expect(safe.success).toBe(false);
    if (!safe.success) {
      expect(safe.errors.some((e) => e.path === `policy.${path}` && e.code === code)).toBe(true);
      for (const error of safe.errors) expect(`${error.message.nl} ${error.message.en}`).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('input errors', () => {
  it.each([
    [{ inhabitants: -1 }, 'inhabitants', 'too-small'],
    [{ inhabitants: 1.5 }, 'inhabitants', 'not-integer'],
    [{ inhabitants: '31419' }, 'inhabitants', 'invalid-type'],
    [{ targetGroupShare: 100.1 }, 'targetGroupShare', 'too-large'],
    [{ coronaImpact: 'high' }, 'coronaImpact', 'invalid-option'],
    [{ mergedWithIndependentCores: 'yes' }, 'mergedWithIndependentCores', 'invalid-option'],
    [{ capacityShortfall: 'maybe' }, 'capacityShortfall', 'invalid-option'],
    [{ population: 3 }, 'population', 'unknown-field'],
    [{ provenance: { inhabitants: { referenceDate: '2024-13-01', source: 'CBS' } } }, 'provenance.inhabitants.referenceDate', 'invalid-date'],
    [{ provenance: { inhabitants: { referenceDate: '2024-01-01', source: '  ' } } }, 'provenance.inhabitants.source', 'required'],
  ])('throws EligibilityInputError for %j', (input, path, code) => {
    expect(() => evaluateEligibility(input as never)).toThrow(EligibilityInputError);
    try {
      evaluateEligibility(input as never);
    } catch (error) {
      expect((error as EligibilityInputError).issues).toContainEqual(expect.objectContaining({ path, code }));
    }
    const safe = safeEvaluateEligibility(input);
    expect(safe.success).toBe(false);
  });

  it('reports a non-object as a root error', () => {
    const safe = safeEvaluateEligibility(42);
    expect(safe).toMatchObject({ success: false, errors: [{ path: '' }] });
  });
});

describe('null is unknown', () => {
  it('accepts null for every optional input, the same as a missing key', () => {
    const withNulls = {
      inhabitants: null,
      targetGroupShare: null,
      coronaImpact: null,
      mergedWithIndependentCores: null,
      capacityShortfall: null,
      cooperationFocus: null,
      provenance: null,
    };
    const result = evaluateEligibility(withNulls);
    expect(result).toEqual(evaluateEligibility({}));
    expect(result.record.answers).toEqual({});
  });

  it('accepts null inside the provenance and keeps the known parts', () => {
    const cbs = { referenceDate: '2025-01-01', source: 'CBS, Bevolking op 1 januari', tableId: '03759ned' };
    const result = evaluateEligibility({ inhabitants: 9000, targetGroupShare: null, provenance: { inhabitants: cbs, targetGroupShare: null } });
    expect(result.record.answers).toEqual({ inhabitants: 9000, provenance: { inhabitants: cbs } });
    expect(result.criteria[0]?.source).toEqual(cbs);
  });
});

describe('decision record', () => {
  it('records policy, answers, snapshot and outcome', () => {
    const input = { inhabitants: 30000, targetGroupShare: 11, capacityShortfall: 'yes' } as const;
    const result = evaluateEligibility(input, { dataSnapshot: 'cbs-2025-01' });
    expect(result.record).toEqual({
      policy: { id: 'npo-kleinere-gemeenten', version: '1.1.0' },
      answers: input,
      dataSnapshot: 'cbs-2025-01',
      outcome: 'eligible',
    });
    expect(evaluateEligibility(input).record.dataSnapshot).toBeNull();
  });

  it('reproduces a decision, also through JSON', () => {
    const result = evaluateEligibility({ inhabitants: 43000, coronaImpact: 'above-average', capacityShortfall: 'yes' });
    const stored = JSON.parse(JSON.stringify(result.record));
    const again = reproduceDecision(stored);
    expect(again.matches).toBe(true);
    expect(again.result).toEqual(result);
  });

  it('says when a tampered record no longer matches', () => {
    const { record } = evaluateEligibility({ inhabitants: 43000 });
    expect(reproduceDecision({ ...record, outcome: 'eligible' }).matches).toBe(false);
    const other = reproduceDecision({ ...record, policy: { id: 'npo-kleinere-gemeenten', version: '0.9.0' } });
    expect(other.samePolicy).toBe(false);
    expect(other.matches).toBe(false);
  });

  it('reproduces a decision made under a host policy when given that policy', () => {
    const policy = { id: 'host', version: '1.0.0', parameters: { maxInhabitants: { value: 100, source: { document: 'd', quote: 'q' } } } };
    const { record } = evaluateEligibility({ inhabitants: 50, targetGroupShare: 50, capacityShortfall: 'yes' }, { policy });
    expect(reproduceDecision(record, { policy }).matches).toBe(true);
    expect(reproduceDecision(record).samePolicy).toBe(false);
  });
});
