// Builds the text of an explained check: the municipality's CBS figures, the outcome and one
// reason per criterion. Kept apart from check.mjs so the test can call it without a process.
import { criterionLabels, formatDate, formatNumber, safeEvaluateEligibility } from '@npo-gemeenten/core';
import { datasetInfo, getMunicipality, toEligibilityInput } from '@npo-gemeenten/data';

const outcomeLabels = {
  eligible: { nl: 'komt in aanmerking', en: 'eligible' },
  contact: { nl: 'neem contact op: twijfel of onbekend', en: 'get in touch: in doubt or unknown' },
  'not-eligible': { nl: 'komt niet in aanmerking', en: 'not eligible' },
};

const statusMarks = { met: '✓', doubt: '?', unknown: '?', 'not-met': '✗', info: 'i' };

const answerParsers = {
  corona: (v) => v,
  capacity: (v) => v,
  merged: (v) => (v === 'yes' ? true : v === 'no' ? false : v),
};

/**
 * @param {string} query municipality name or GM code
 * @param {Record<string, string | boolean | undefined>} values command-line options
 * @returns {{ ok: true, text: string, result: import('@npo-gemeenten/core').EligibilityResult } | { ok: false, error: string }}
 */
export function formatCheck(query, values) {
  const lang = values.lang === 'en' ? 'en' : 'nl';
  if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') {
    return { ok: false, error: `Onbekende taal "${values.lang}": gebruik nl of en.` };
  }
  let year;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!Number.isInteger(year)) return { ok: false, error: `--year moet een jaartal zijn, zoals 2024 (kreeg "${values.year}").` };
  }

  let municipality;
  try {
    municipality = getMunicipality(query, year === undefined ? undefined : { year });
  } catch (error) {
    return { ok: false, error: error.message };
  }
  if (!municipality) {
    return {
      ok: false,
      error:
        lang === 'en'
          ? `No municipality found for "${query}". Give its name (e.g. Renkum) or CBS code (e.g. GM0274).`
          : `Geen gemeente gevonden voor "${query}". Geef de naam (bijvoorbeeld Renkum) of de CBS-code (bijvoorbeeld GM0274).`,
    };
  }

  const input = { ...toEligibilityInput(municipality) };
  if (values.share !== undefined) {
    input.targetGroupShare = Number(values.share);
    if (input.provenance) delete input.provenance.targetGroupShare;
  }
  if (values.corona !== undefined) input.coronaImpact = answerParsers.corona(values.corona);
  if (values.capacity !== undefined) input.capacityShortfall = answerParsers.capacity(values.capacity);
  if (values.merged !== undefined) input.mergedWithIndependentCores = answerParsers.merged(values.merged);
  if (values.cooperation) input.cooperationFocus = true;

  const checked = safeEvaluateEligibility(input, { dataSnapshot: datasetInfo.snapshotId });
  if (!checked.success) {
    const lines = checked.errors.map((e) => `  ${e.path || '(invoer)'}: ${e.message[lang]}`);
    return { ok: false, error: (lang === 'en' ? 'The answers are not valid:\n' : 'De antwoorden kloppen niet:\n') + lines.join('\n') };
  }
  const result = checked.data;

  const lines = [];
  const where = municipality.province ? `, ${municipality.province.name}` : '';
  lines.push(`${municipality.name} (${municipality.code})${where}`);
  if (municipality.resolvedFrom) {
    const from = municipality.resolvedFrom;
    lines.push(
      lang === 'en'
        ? `  (${from.name} became part of ${from.successors.map((s) => s.name).join(", ")} on ${formatDate(from.date, "en")})`
        : `  (${from.name} ging op ${formatDate(from.date, "nl")} op in ${from.successors.map((s) => s.name).join(', ')})`,
    );
  }
  if (municipality.inhabitants !== null) {
    const figure = formatNumber(municipality.inhabitants, lang);
    const date = formatDate(municipality.referenceDate, lang);
    lines.push(
      lang === 'en'
        ? `  ${figure} inhabitants on ${date} (CBS, table ${municipality.source.tableId ?? 'unknown'})`
        : `  ${figure} inwoners op ${date} (CBS, tabel ${municipality.source.tableId ?? 'onbekend'})`,
    );
  } else {
    lines.push(lang === 'en' ? '  Number of inhabitants unknown' : '  Aantal inwoners onbekend');
  }
  lines.push('');
  lines.push(`${lang === 'en' ? 'Outcome' : 'Uitkomst'}: ${outcomeLabels[result.outcome][lang]}`);
  for (const criterion of result.criteria) {
    lines.push(`  ${statusMarks[criterion.status]} ${criterionLabels[criterion.id][lang]}: ${criterion.explanation[lang]}`);
  }
  lines.push('');
  lines.push(
    `${lang === 'en' ? 'Policy' : 'Beleid'}: ${result.policy.id} ${result.policy.version} (${result.policy.validFrom} - ${result.policy.validTo})`,
  );
  const today = new Date().toISOString().slice(0, 10);
  if (today > result.policy.validTo) {
    lines.push(
      lang === 'en'
        ? `Note: the programme period ended on ${formatDate(result.policy.validTo, 'en')}; ask the provider whether the offer still runs.`
        : `Let op: de programmaperiode eindigde op ${formatDate(result.policy.validTo, 'nl')}; vraag de aanbieder of het aanbod nog loopt.`,
    );
  }
  lines.push(datasetInfo.attribution);
  return { ok: true, text: lines.join('\n'), result };
}

