import type { Policy } from '../policy.js';
import type { LocalizedText } from '../ids.js';
import { formatDate, formatNumber, formatPercent, publisherOf } from './format.js';
import type { CriterionResult, EligibilityInput, FigureSource } from './schema.js';

// Explanations are whole, neutral sentences about "de gemeente": staff and other tools read them too,
// so they never address the visitor and never refer to a question (a caller may not have asked it).

// Both languages of a figure at once, kept per value (frozen: every check shares them).
const numbers = new Map<number, LocalizedText>();
const percents = new Map<number, LocalizedText>();
function localized(cache: Map<number, LocalizedText>, value: number, format: (value: number, lang: 'nl' | 'en') => string): LocalizedText {
  let texts = cache.get(value);
  if (texts === undefined) {
    if (cache.size >= 4096) cache.clear();
    cache.set(value, (texts = Object.freeze({ nl: format(value, 'nl'), en: format(value, 'en') })));
  }
  return texts;
}
const n = (value: number): LocalizedText => localized(numbers, value, formatNumber);
const pct = (value: number): LocalizedText => localized(percents, value, formatPercent);

function text(nl: string, en: string): LocalizedText {
  return { nl, en };
}

function join(...parts: LocalizedText[]): LocalizedText {
  // A plain loop: this runs for every criterion of every check.
  let nl = parts[0]?.nl ?? '';
  let en = parts[0]?.en ?? '';
  for (let i = 1; i < parts.length; i++) {
    nl += ` ${parts[i]!.nl}`;
    en += ` ${parts[i]!.en}`;
  }
  return text(nl, en);
}

function result(id: CriterionResult['id'], status: CriterionResult['status'], explanation: LocalizedText, source?: FigureSource): CriterionResult {
  return source === undefined ? { id, status, explanation } : { id, status, explanation, source };
}

function inhabitantsSentence(inhabitants: number, source: FigureSource | undefined): LocalizedText {
  if (source === undefined) {
    return text(
      `De gemeente heeft ${n(inhabitants).nl} inwoners (door de gebruiker ingevuld).`,
      `The municipality has ${n(inhabitants).en} inhabitants (entered by the user).`,
    );
  }
  const publisher = publisherOf(source);
  return text(
    `De gemeente had op ${formatDate(source.referenceDate, 'nl')} ${n(inhabitants).nl} inwoners (bron: ${publisher}).`,
    `The municipality had ${n(inhabitants).en} inhabitants on ${formatDate(source.referenceDate, 'en')} (source: ${publisher}).`,
  );
}

function shareSentence(share: number, source: FigureSource | undefined): LocalizedText {
  if (source === undefined) {
    return text(
      `Het percentage doelgroepkinderen is ${pct(share).nl} (door de gebruiker ingevuld).`,
      `The share of children in the target group (doelgroepkinderen) is ${pct(share).en} (entered by the user).`,
    );
  }
  const publisher = publisherOf(source);
  return text(
    `Het percentage doelgroepkinderen was op ${formatDate(source.referenceDate, 'nl')} ${pct(share).nl} (bron: ${publisher}).`,
    `The share of children in the target group (doelgroepkinderen) was ${pct(share).en} on ${formatDate(source.referenceDate, 'en')} (source: ${publisher}).`,
  );
}

const MERGER = text(
  'fusiegemeente met kernen die elk zelfstandig functioneren',
  'merged municipality (fusiegemeente) whose cores each function independently',
);

/** Size: at most `maxInhabitants`; a small margin above it, or a merger with independent cores, is doubt. */
export function evaluateSize(input: EligibilityInput, policy: Policy): CriterionResult {
  const max = n(policy.parameters.maxInhabitants.value);
  const upperValue = policy.parameters.maxInhabitants.value + policy.parameters.inhabitantsMargin.value;
  const upper = n(upperValue);
  const offer = text(
    `Het aanbod is voor gemeenten tot ongeveer ${max.nl} inwoners.`,
    `The offer is for municipalities of up to about ${max.en} inhabitants.`,
  );
  const { inhabitants, mergedWithIndependentCores: merged } = input;
  if (inhabitants === undefined || inhabitants === null) {
    return result('size', 'unknown', join(text('Het aantal inwoners is niet bekend.', 'The number of inhabitants is not known.'), offer));
  }
  const source = input.provenance?.inhabitants ?? undefined;
  const figure = inhabitantsSentence(inhabitants, source);
  if (inhabitants <= policy.parameters.maxInhabitants.value) {
    return result('size', 'met', join(figure, text(`Dat is niet meer dan ${max.nl}.`, `That is no more than ${max.en}.`)), source);
  }
  const caseByCase = text('Dit wordt per gemeente bekeken.', 'This is judged case by case.');
  if (inhabitants <= upperValue) {
    return result(
      'size',
      'doubt',
      join(
        figure,
        text(
          `Dat is iets meer dan ${max.nl} (tot en met ${upper.nl}).`,
          `That is slightly more than ${max.en} (up to ${upper.en}).`,
        ),
        caseByCase,
      ),
      source,
    );
  }
  const above = text(`Dat is meer dan ${upper.nl}.`, `That is more than ${upper.en}.`);
  if (merged === true) {
    return result(
      'size',
      'doubt',
      join(figure, above, text(`De gemeente is een ${MERGER.nl}.`, `The municipality is a ${MERGER.en}.`), caseByCase),
      source,
    );
  }
  if (merged === false) {
    return result(
      'size',
      'not-met',
      join(figure, above, text(`De gemeente is geen ${MERGER.nl}.`, `The municipality is not a ${MERGER.en}.`), offer),
      source,
    );
  }
  return result(
    'size',
    'unknown',
    join(
      figure,
      above,
      text(
        `Het is niet bekend of de gemeente een ${MERGER.nl} is. Als dat zo is, komt de gemeente mogelijk toch in aanmerking.`,
        `It is not known whether the municipality is a ${MERGER.en}. If it is, the municipality may qualify all the same.`,
      ),
    ),
    source,
  );
}

const CORONA = {
  'above-average': text('De corona-problematiek is bovengemiddeld.', 'COVID-19-related problems are above average.'),
  'not-above-average': text('De corona-problematiek is niet bovengemiddeld.', 'COVID-19-related problems are not above average.'),
  unknown: text(
    'Het is niet bekend of de corona-problematiek bovengemiddeld is.',
    'It is not known whether COVID-19-related problems are above average.',
  ),
} as const;

/** Need: share of target-group children strictly above the threshold, or above-average corona problems. */
export function evaluateNeed(input: EligibilityInput, policy: Policy): CriterionResult {
  const threshold = policy.parameters.targetGroupShareThreshold.value;
  const t = pct(threshold);
  const share = input.targetGroupShare ?? undefined;
  const corona = input.coronaImpact ?? 'unknown';
  const source = share === undefined ? undefined : (input.provenance?.targetGroupShare ?? undefined);

  if (share === undefined) {
    if (corona === 'above-average') return result('need', 'met', CORONA['above-average']);
    return result(
      'need',
      'doubt',
      join(
        text('Het percentage doelgroepkinderen is niet bekend.', 'The share of children in the target group (doelgroepkinderen) is not known.'),
        CORONA[corona],
        text(
          `De gemeente komt in aanmerking bij meer dan ${t.nl} doelgroepkinderen of een bovengemiddelde corona-problematiek.`,
          `A municipality qualifies with more than ${t.en} children in the target group or above-average COVID-19-related problems.`,
        ),
      ),
    );
  }
  const figure = shareSentence(share, source);
  if (share > threshold) {
    return result('need', 'met', join(figure, text(`Dat is meer dan ${t.nl}.`, `That is more than ${t.en}.`)), source);
  }
  const notAbove = text(`Dat is niet meer dan ${t.nl}.`, `That is no more than ${t.en}.`);
  if (corona === 'above-average') {
    return result(
      'need',
      'met',
      join(
        figure,
        text(
          `Dat is niet meer dan ${t.nl}, maar de corona-problematiek is bovengemiddeld.`,
          `That is no more than ${t.en}, but COVID-19-related problems are above average.`,
        ),
      ),
      source,
    );
  }
  if (corona === 'not-above-average') return result('need', 'not-met', join(figure, notAbove, CORONA[corona]), source);
  return result(
    'need',
    'doubt',
    join(
      figure,
      notAbove,
      CORONA.unknown,
      text('Als dat zo is, komt de gemeente toch in aanmerking.', 'If they are, the municipality qualifies all the same.'),
    ),
    source,
  );
}

/** Capacity: implementing NP Onderwijs asks more than the present organisational capacity. */
export function evaluateCapacity(input: EligibilityInput): CriterionResult {
  switch (input.capacityShortfall) {
    case 'yes':
      return result(
        'capacity',
        'met',
        text(
          'De uitvoering van het NP Onderwijs vraagt meer dan de gemeente op dit moment aan organisatiekracht heeft.',
          'Implementing NP Onderwijs asks more than the municipality currently has in organisational capacity.',
        ),
      );
    case 'no':
      return result(
        'capacity',
        'not-met',
        text(
          'De uitvoering van het NP Onderwijs vraagt niet meer dan de gemeente op dit moment aan organisatiekracht heeft. Het aanbod is voor gemeenten waarvoor dat wel zo is.',
          'Implementing NP Onderwijs does not ask more than the municipality currently has in organisational capacity. The offer is for municipalities for which it does.',
        ),
      );
    default:
      return result(
        'capacity',
        'doubt',
        text(
          'Het is niet bekend of de uitvoering van het NP Onderwijs meer vraagt dan de gemeente op dit moment aan organisatiekracht heeft.',
          'It is not known whether implementing NP Onderwijs asks more than the municipality currently has in organisational capacity.',
        ),
      );
  }
}

/** Cooperation: informational only, never a gate. */
export function evaluateCooperation(input: EligibilityInput): CriterionResult {
  const base = text(
    'Het aanbod legt de nadruk op, maar is niet beperkt tot, samenwerking tussen gemeente, kinderopvang, onderwijs en andere maatschappelijke partners.',
    'The offer stresses, but is not limited to, cooperation between municipality, childcare, education and other community partners.',
  );
  if (input.cooperationFocus === true) return result('cooperation', 'info', join(base, text('De vraag gaat over samenwerking.', 'The question is about cooperation.')));
  if (input.cooperationFocus === false) {
    return result(
      'cooperation',
      'info',
      join(base, text('De vraag gaat niet vooral over samenwerking; ook zo’n vraag past in het aanbod.', 'The question is not mainly about cooperation; such a question fits the offer too.')),
    );
  }
  return result('cooperation', 'info', base);
}
