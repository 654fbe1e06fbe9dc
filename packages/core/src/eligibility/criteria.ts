import type { Policy } from '../policy.js';
import type { LocalizedText } from '../ids.js';
import { describeSource, formatNumber, formatPercent } from './format.js';
import type { CriterionResult, EligibilityInput } from './schema.js';

const n = (value: number) => ({ nl: formatNumber(value, 'nl'), en: formatNumber(value, 'en') });

function text(nl: string, en: string): LocalizedText {
  return { nl, en };
}

/** Size: at most `maxInhabitants`; a small margin above it, or a merger with independent cores, is doubt. */
export function evaluateSize(input: EligibilityInput, policy: Policy): CriterionResult {
  const max = policy.parameters.maxInhabitants.value;
  const upper = max + policy.parameters.inhabitantsMargin.value;
  const { inhabitants, mergedWithIndependentCores: merged } = input;
  if (inhabitants === undefined) {
    return {
      id: 'size',
      status: 'unknown',
      explanation: text(
        `Het aantal inwoners is niet bekend. Het aanbod is voor gemeenten tot ongeveer ${n(max).nl} inwoners.`,
        `The number of inhabitants is not known. The offer is for municipalities of up to about ${n(max).en} inhabitants.`,
      ),
    };
  }
  const src = input.provenance?.inhabitants;
  const figure = text(
    `${n(inhabitants).nl} inwoners ${describeSource(src, 'nl', { nl: 'op', en: 'on' })}`,
    `${n(inhabitants).en} inhabitants ${describeSource(src, 'en', { nl: 'op', en: 'on' })}`,
  );
  if (inhabitants <= max) {
    return {
      id: 'size',
      status: 'met',
      explanation: text(
        `${figure.nl}: niet meer dan ${n(max).nl}, dus een kleinere gemeente.`,
        `${figure.en}: no more than ${n(max).en}, so a smaller municipality.`,
      ),
    };
  }
  if (inhabitants <= upper) {
    return {
      id: 'size',
      status: 'doubt',
      explanation: text(
        `${figure.nl}: iets meer dan ${n(max).nl} (tot en met ${n(upper).nl}). Neem contact op; dit wordt per gemeente bekeken.`,
        `${figure.en}: slightly more than ${n(max).en} (up to ${n(upper).en}). Please get in touch; this is judged case by case.`,
      ),
    };
  }
  if (merged === true) {
    return {
      id: 'size',
      status: 'doubt',
      explanation: text(
        `${figure.nl}: meer dan ${n(upper).nl}, maar een fusiegemeente met zelfstandig functionerende kernen. Neem contact op; dit wordt per gemeente bekeken.`,
        `${figure.en}: more than ${n(upper).en}, but a merged municipality with independently functioning cores. Please get in touch; this is judged case by case.`,
      ),
    };
  }
  if (merged === false) {
    return {
      id: 'size',
      status: 'not-met',
      explanation: text(
        `${figure.nl}: meer dan ${n(upper).nl} en geen fusiegemeente met zelfstandig functionerende kernen. Het aanbod is voor gemeenten tot ongeveer ${n(max).nl} inwoners.`,
        `${figure.en}: more than ${n(upper).en} and not a merged municipality with independently functioning cores. The offer is for municipalities of up to about ${n(max).en} inhabitants.`,
      ),
    };
  }
  return {
    id: 'size',
    status: 'unknown',
    explanation: text(
      `${figure.nl}: meer dan ${n(upper).nl}. Het is niet bekend of dit een fusiegemeente met zelfstandig functionerende kernen is; als dat zo is, kan ondersteuning toch mogelijk zijn.`,
      `${figure.en}: more than ${n(upper).en}. It is not known whether this is a merged municipality with independently functioning cores; if so, support may still be possible.`,
    ),
  };
}

/** Need: share of target-group children strictly above the threshold, or above-average corona problems. */
export function evaluateNeed(input: EligibilityInput, policy: Policy): CriterionResult {
  const threshold = policy.parameters.targetGroupShareThreshold.value;
  const { targetGroupShare: share, coronaImpact: corona } = input;
  const t = { nl: formatPercent(threshold, 'nl'), en: formatPercent(threshold, 'en') };
  const src = input.provenance?.targetGroupShare;
  const figure =
    share === undefined
      ? undefined
      : text(
          `${formatPercent(share, 'nl')} doelgroepkinderen ${describeSource(src, 'nl', { nl: 'op', en: 'on' })}`,
          `${formatPercent(share, 'en')} target-group children ${describeSource(src, 'en', { nl: 'op', en: 'on' })}`,
        );
  const coronaText = {
    'above-average': text('de corona-problematiek is bovengemiddeld', 'corona-related problems are above average'),
    'not-above-average': text('de corona-problematiek is niet bovengemiddeld', 'corona-related problems are not above average'),
    unknown: text('het is niet bekend of de corona-problematiek bovengemiddeld is', 'it is not known whether corona-related problems are above average'),
  }[corona ?? 'unknown'];

  if (figure !== undefined && share !== undefined && share > threshold) {
    return {
      id: 'need',
      status: 'met',
      explanation: text(
        `${figure.nl}: meer dan ${t.nl}, dus bovengemiddeld.`,
        `${figure.en}: more than ${t.en}, so above average.`,
      ),
    };
  }
  if (corona === 'above-average') {
    const lead = figure === undefined ? text('', '') : text(`${figure.nl}: niet meer dan ${t.nl}, maar `, `${figure.en}: no more than ${t.en}, but `);
    return {
      id: 'need',
      status: 'met',
      explanation: text(
        figure === undefined ? 'De corona-problematiek is bovengemiddeld.' : `${lead.nl}${coronaText.nl}.`,
        figure === undefined ? 'Corona-related problems are above average.' : `${lead.en}${coronaText.en}.`,
      ),
    };
  }
  if (figure === undefined) {
    return {
      id: 'need',
      status: 'doubt',
      explanation: text(
        `Het percentage doelgroepkinderen is niet bekend en ${coronaText.nl}. Bovengemiddeld is meer dan ${t.nl}; neem contact op als u twijfelt.`,
        `The share of target-group children is not known and ${coronaText.en}. Above average means more than ${t.en}; please get in touch if in doubt.`,
      ),
    };
  }
  if (corona === 'not-above-average') {
    return {
      id: 'need',
      status: 'not-met',
      explanation: text(
        `${figure.nl}: niet meer dan ${t.nl}, en ${coronaText.nl}.`,
        `${figure.en}: no more than ${t.en}, and ${coronaText.en}.`,
      ),
    };
  }
  return {
    id: 'need',
    status: 'doubt',
    explanation: text(
      `${figure.nl}: niet meer dan ${t.nl}, maar ${coronaText.nl}. Neem contact op als de corona-problematiek bovengemiddeld kan zijn.`,
      `${figure.en}: no more than ${t.en}, but ${coronaText.en}. Please get in touch if corona-related problems may be above average.`,
    ),
  };
}

/** Capacity: implementing NP Onderwijs asks more than the present organisational capacity. */
export function evaluateCapacity(input: EligibilityInput): CriterionResult {
  switch (input.capacityShortfall) {
    case 'yes':
      return {
        id: 'capacity',
        status: 'met',
        explanation: text(
          'De uitvoering van het NP Onderwijs vraagt meer dan de gemeente op dit moment aan organisatiekracht heeft.',
          'Implementing NP Onderwijs asks more than the municipality currently has in organisational capacity.',
        ),
      };
    case 'no':
      return {
        id: 'capacity',
        status: 'not-met',
        explanation: text(
          'De gemeente heeft voldoende organisatiekracht voor de uitvoering van het NP Onderwijs; het aanbod is voor gemeenten die daar ondersteuning bij zoeken.',
          'The municipality has enough organisational capacity to implement NP Onderwijs; the offer is for municipalities that seek support with it.',
        ),
      };
    default:
      return {
        id: 'capacity',
        status: 'doubt',
        explanation: text(
          'Het is niet bekend of de uitvoering van het NP Onderwijs meer vraagt dan de huidige organisatiekracht. Neem contact op om dit te bespreken.',
          'It is not known whether implementing NP Onderwijs asks more than the present organisational capacity. Please get in touch to discuss this.',
        ),
      };
  }
}

/** Cooperation: informational only, never a gate. */
export function evaluateCooperation(input: EligibilityInput): CriterionResult {
  const base = text(
    'Het aanbod legt de nadruk op, maar is niet beperkt tot, samenwerking tussen gemeente, kinderopvang, onderwijs en andere maatschappelijke partners.',
    'The offer stresses, but is not limited to, cooperation between municipality, childcare, education and other partners.',
  );
  const extra =
    input.cooperationFocus === true
      ? text(' Uw vraag gaat over samenwerking.', ' Your question is about cooperation.')
      : input.cooperationFocus === false
        ? text(' Uw vraag gaat niet vooral over samenwerking; ook dan bent u welkom.', ' Your question is not mainly about cooperation; you are welcome all the same.')
        : text('', '');
  return { id: 'cooperation', status: 'info', explanation: text(base.nl + extra.nl, base.en + extra.en) };
}
