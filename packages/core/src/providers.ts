import type { LocalizedText, ProviderId } from './ids.js';

/** An organisation behind the offer: a stable id and its name. */
export interface Organisation<Id extends string> {
  /** Stable id; the intake's assignment refers to it. */
  readonly id: Id;
  /** The organisation's own name (the same in every language). */
  readonly name: string;
  /** The name written out for readers who do not know it. */
  readonly fullName: LocalizedText;
}

/* @__NO_SIDE_EFFECTS__ */
function organisation<Id extends string>(id: Id, name: string, fullName: LocalizedText): Organisation<Id> {
  return Object.freeze({ id, name, fullName: Object.freeze(fullName) });
}

/** The ministry that commissioned the support: OCW. */
export const commissioner: Organisation<'ocw'> = /* @__PURE__ */ organisation('ocw', 'OCW', {
  nl: 'Ministerie van Onderwijs, Cultuur en Wetenschap (OCW)',
  en: 'Ministry of Education, Culture and Science (OCW)',
});

/** The consortium members that give the support, in the order the source names them. */
export const providers: readonly Organisation<ProviderId>[] = /* @__PURE__ */ Object.freeze([
  organisation('sardes', 'Sardes', { nl: 'Sardes', en: 'Sardes' }),
  organisation('oberon', 'Oberon', { nl: 'Oberon', en: 'Oberon' }),
  organisation('ced-groep', 'CED-Groep', { nl: 'CED-Groep', en: 'CED-Groep' }),
  organisation('dsp-groep', 'DSP-Groep', { nl: 'DSP-Groep', en: 'DSP-Groep' }),
  organisation('caop', 'CAOP', { nl: 'CAOP', en: 'CAOP' }),
]);

/**
 * The source's sentences on who gives the support and how, in Dutch (verbatim) and English.
 * `commission`: who asked whom; `expertise`: what the experts know; `tailored`: support fitted in
 * content, form and intensity; `selection`: the consortium supports a selection of municipalities.
 */
export const providerSentences = /* @__PURE__ */ Object.freeze({
  commission: Object.freeze({
    nl: 'Het ministerie van OCW heeft een consortium van Sardes, Oberon, CED-Groep, DSP-Groep en CAOP, gevraagd kleinere gemeenten te begeleiden, die behoefte hebben aan ondersteuning bij de uitvoering van het NP Onderwijs.',
    en: 'The Ministry of Education (OCW) has asked a consortium of Sardes, Oberon, CED-Groep, DSP-Groep and CAOP to guide smaller municipalities that need support with implementing NP Onderwijs.',
  }),
  expertise: Object.freeze({
    nl: 'De experts van dit consortium zijn op de hoogte van recente wetenschappelijke inzichten en hebben actuele kennis over onderwijs(achterstanden), gelijke kansen en samenwerkingsvraagstukken.',
    en: 'The experts of this consortium know recent research and have current knowledge of education (and educational disadvantage), equal opportunities and questions of cooperation.',
  }),
  tailored: Object.freeze({
    nl: 'De ondersteuning is op maat, dat wil zeggen dat deze zowel qua inhoud, vorm als intensiteit aansluit bij de vraag van de gemeente.',
    en: 'The support is tailored: in content, form and intensity it fits the question of the municipality.',
  }),
  selection: Object.freeze({
    nl: 'Een team van experts staat klaar om een selectie van gemeenten kosteloos te ondersteunen bij het maken, verder uitwerken, uitvoeren of evalueren van plannen.',
    en: 'A team of experts is ready to support a selection of municipalities free of charge in making, elaborating, executing or evaluating plans.',
  }),
}) satisfies Readonly<Record<string, LocalizedText>>;
