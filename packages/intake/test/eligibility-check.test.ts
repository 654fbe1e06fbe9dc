import { currentPolicy, evaluateEligibility } from '@npo-gemeenten/core';
import { datasetInfo, getMunicipality, toEligibilityInput } from '@npo-gemeenten/data';
import { describe, expect, it } from 'vitest';
import { bundledDataSource, checkEligibility } from '../src/eligibility-check.js';
import { validRequest } from './fixtures.js';

/** A request whose client decision was made on the bundled figures, as the widget does. */
function honestRequest(code: string) {
  const municipality = getMunicipality(code);
  if (!municipality) throw new Error(`no ${code} in the data`);
  const answers = { ...toEligibilityInput(municipality), coronaImpact: 'above-average' as const, capacityShortfall: 'yes' as const };
  const record = evaluateEligibility(answers, { dataSnapshot: datasetInfo.snapshotId }).record;
  return validRequest({ municipality: { code: municipality.code, name: municipality.name }, eligibility: record });
}

describe('checkEligibility with the bundled CBS figures', () => {
  it('confirms a decision made on the same figures', () => {
    const request = honestRequest('GM0088');
    const check = checkEligibility(request, bundledDataSource);
    expect(check).toMatchObject({ status: 'match', flagged: false, differences: [] });
    expect(check.serverDecision?.answers.inhabitants).toBe(getMunicipality('GM0088')?.inhabitants);
    expect(check.serverDecision?.dataSnapshot).toBe(datasetInfo.snapshotId);
    expect(check.serverDecision?.outcome).toBe(request.eligibility.outcome);
  });

  it('uses its own figures, not the client’s, and flags the difference in outcome and figures', () => {
    const request = honestRequest('GM0088');
    // A client claiming a large population (not eligible) for a small municipality.
    const claimed = { ...request.eligibility.answers, inhabitants: 500_000, mergedWithIndependentCores: false };
    request.eligibility = evaluateEligibility(claimed).record;
    expect(request.eligibility.outcome).toBe('not-eligible');
    const check = checkEligibility(request, bundledDataSource);
    expect(check.flagged).toBe(true);
    expect(check.status).toBe('mismatch');
    expect(check.serverDecision?.outcome).toBe('eligible');
    expect(check.differences.map((d) => d.field).sort()).toEqual(['inhabitants', 'outcome']);
  });

  it('keeps a figure the server lacks as the user’s answer and says so', () => {
    const request = honestRequest('GM0088');
    const serverHasShare = getMunicipality('GM0088')?.targetGroupShare != null;
    request.eligibility = evaluateEligibility({ ...request.eligibility.answers, targetGroupShare: 12.5 }).record;
    const check = checkEligibility(request, bundledDataSource);
    if (serverHasShare) {
      expect(check.clientFigures).toEqual([]);
    } else {
      expect(check.clientFigures).toEqual(['targetGroupShare']);
      expect(check.serverDecision?.answers.targetGroupShare).toBe(12.5);
    }
  });

  it('flags a former municipality code that resolves to its successor', () => {
    const former = getMunicipality('GM0756'); // Boxmeer, merged into Land van Cuijk on 1 January 2022
    expect(former?.code).not.toBe('GM0756');
    const request = honestRequest('GM0756');
    request.municipality = { code: 'GM0756', name: 'Boxmeer' };
    const check = checkEligibility(request, bundledDataSource);
    expect(check.flagged).toBe(true);
    expect(check.differences).toContainEqual({ field: 'municipality', client: 'GM0756', server: former?.code });
  });

  it('flags an unknown municipality without a server decision', () => {
    const request = validRequest({ municipality: { code: 'GM9998', name: 'Nergenshuizen' } });
    expect(checkEligibility(request, bundledDataSource)).toMatchObject({
      status: 'unavailable',
      flagged: true,
      serverDecision: null,
      reason: 'unknown-municipality',
    });
  });

  it('notes, without flagging, a decision made under an older version with the same outcome', () => {
    const request = honestRequest('GM0088');
    request.eligibility = { ...request.eligibility, policy: { ...request.eligibility.policy, version: '1.0.0' } };
    const check = checkEligibility(request, bundledDataSource);
    expect(check).toMatchObject({ status: 'match', flagged: false, differences: [] });
    expect(check.notices).toEqual([{ field: 'policy', client: 'npo-kleinere-gemeenten@1.0.0', server: `npo-kleinere-gemeenten@${currentPolicy.version}` }]);
  });

  it('compares versions as numbers, not as text: 0.10.0 is older than 1.1.0', () => {
    const request = honestRequest('GM0088');
    request.eligibility = { ...request.eligibility, policy: { ...request.eligibility.policy, version: '0.10.0' } };
    expect(checkEligibility(request, bundledDataSource).notices?.map((d) => d.field)).toEqual(['policy']);
  });

  it('still flags an older-version decision whose outcome differs', () => {
    const request = honestRequest('GM0088');
    request.eligibility = { ...request.eligibility, outcome: 'not-eligible', policy: { ...request.eligibility.policy, version: '1.0.0' } };
    const check = checkEligibility(request, bundledDataSource);
    expect(check.flagged).toBe(true);
    expect(check.differences.map((d) => d.field)).toEqual(['outcome']);
    expect(check.notices?.map((d) => d.field)).toEqual(['policy']);
  });

  it.each([
    ['a newer version the server does not know', { id: 'npo-kleinere-gemeenten', version: '9.0.0' }],
    ['another policy', { id: 'regio-aanbod', version: '1.0.0' }],
  ])('flags a decision made under %s', (_name, policy) => {
    const request = honestRequest('GM0088');
    request.eligibility = { ...request.eligibility, policy };
    const check = checkEligibility(request, bundledDataSource);
    expect(check.flagged).toBe(true);
    expect(check.differences.map((d) => d.field)).toEqual(['policy']);
  });
});
