import type {
  LocalizedText,
  PartnerKind,
  PlanPhase,
  PreferredForm,
  PreferredIntensity,
  SupportType,
  TrajectoryState,
} from './ids.js';

/** One catalogue entry: a stable id with a label and a description in Dutch and English. */
export interface CatalogueEntry<Id extends string> {
  /** Stable id, as in the matching id list (and zod enum). */
  readonly id: Id;
  /** Short label for lists and buttons. */
  readonly label: LocalizedText;
  /** One-sentence explanation, worded after the source text. */
  readonly description: LocalizedText;
}

// Marked free of side effects so bundlers drop the texts when only the validation code is imported.
/* @__NO_SIDE_EFFECTS__ */
function entry<Id extends string>(id: Id, label: LocalizedText, description: LocalizedText): CatalogueEntry<Id> {
  return Object.freeze({ id, label: Object.freeze(label), description: Object.freeze(description) });
}

/** The support types (ondersteuningsvormen), worded after the source text. */
export const supportTypes: readonly CatalogueEntry<SupportType>[] = /* @__PURE__ */ Object.freeze([
  entry(
    'local-structure',
    { nl: 'Lokale overlegstructuur', en: 'Local consultation structure' },
    {
      nl: 'Het neerzetten van een lokale overlegstructuur of het in de steigers zetten van lokale coalities.',
      en: 'Setting up a local consultation structure or getting local coalitions off the ground.',
    },
  ),
  entry(
    'measures-package',
    { nl: 'Pakket maatregelen', en: 'Package of measures' },
    {
      nl: 'Het ontwikkelen van een pakket aan maatregelen om de achterstanden van leerlingen in te lopen.',
      en: 'Developing a package of measures to help pupils catch up on delays.',
    },
  ),
  entry(
    'shared-ambition',
    { nl: 'Gezamenlijke ambitie', en: 'Shared ambition' },
    {
      nl: 'Het onderzoeken van de gezamenlijke ambitie en oplossingen bieden voor knelpunten in de samenwerking.',
      en: 'Exploring the shared ambition and resolving bottlenecks in cooperation.',
    },
  ),
  entry(
    'education-agenda',
    { nl: 'Lokale of regionale agenda', en: 'Local or regional agenda' },
    {
      nl: 'De ontwikkeling van een lokale of regionale (educatieve/jeugd) agenda, eventueel in verbinding met het samenwerkingsverband passend onderwijs of andere overlegstructuren.',
      en: 'Developing a local or regional (education/youth) agenda, possibly linked with the special-needs education partnership or other consultation structures.',
    },
  ),
  entry(
    'thematic-workgroups',
    { nl: 'Werkgroepen op thema', en: 'Thematic working groups' },
    {
      nl: 'Het begeleiden van werkgroepen op inhoudelijke thema’s, zoals zomerscholen, leesbevordering van 0 tot 23 jaar, participatie of het versterken van overgangsmomenten.',
      en: 'Guiding working groups on themes such as summer schools, reading promotion for ages 0 to 23, participation or strengthening transitions.',
    },
  ),
  entry(
    'process-and-catch-up',
    { nl: 'Proces en inlopen van vertragingen', en: 'Process and catching up' },
    {
      nl: 'Het leggen van de verbinding tussen procesmatige aspecten, waaronder samenwerking, en het inlopen van coronagerelateerde leer- en ontwikkelvertragingen.',
      en: 'Linking process aspects, including cooperation, with catching up on learning and development delays related to COVID-19.',
    },
  ),
  entry(
    'other',
    { nl: 'Iets anders', en: 'Something else' },
    {
      nl: 'Ondersteuning bij iets anders dan hierboven; beschrijf waarbij. De lijst hierboven geeft voorbeelden, geen grens.',
      en: 'Support with something other than the above; describe what. The list above gives examples, not a limit.',
    },
  ),
]);

/** Forms of support a municipality may prefer (the support is tailored in form). */
export const preferredForms: readonly CatalogueEntry<PreferredForm>[] = /* @__PURE__ */ Object.freeze([
  entry('on-site', { nl: 'Op locatie', en: 'On site' }, {
    nl: 'De experts komen naar de gemeente.',
    en: 'The experts come to the municipality.',
  }),
  entry('online', { nl: 'Online', en: 'Online' }, {
    nl: 'Gesprekken en bijeenkomsten via een videoverbinding.',
    en: 'Conversations and meetings by video call.',
  }),
  entry('mixed', { nl: 'Gemengd', en: 'Mixed' }, {
    nl: 'Deels op locatie en deels online.',
    en: 'Partly on site and partly online.',
  }),
  entry('no-preference', { nl: 'Geen voorkeur', en: 'No preference' }, {
    nl: 'De gemeente heeft geen voorkeur voor de vorm.',
    en: 'The municipality has no preference for the form.',
  }),
]);

/** Intensities of support a municipality may prefer (the support is tailored in intensity). */
export const preferredIntensities: readonly CatalogueEntry<PreferredIntensity>[] = /* @__PURE__ */ Object.freeze([
  entry('single-conversation', { nl: 'Eén gesprek', en: 'A single conversation' }, {
    nl: 'Eén gesprek met een expert, bijvoorbeeld om de vraag scherp te krijgen.',
    en: 'One conversation with an expert, for example to sharpen the question.',
  }),
  entry('few-sessions', { nl: 'Enkele bijeenkomsten', en: 'A few sessions' }, {
    nl: 'Een paar gesprekken of bijeenkomsten.',
    en: 'A few conversations or meetings.',
  }),
  entry('longer-trajectory', { nl: 'Een langer traject', en: 'A longer trajectory' }, {
    nl: 'Begeleiding gedurende een langere periode.',
    en: 'Guidance over a longer period.',
  }),
  entry('not-sure', { nl: 'Weet ik nog niet', en: 'Not sure yet' }, {
    nl: 'De gemeente bespreekt dit graag met de experts.',
    en: 'The municipality would like to discuss this with the experts.',
  }),
]);

/** The phases of the municipality's own NPO plan. */
export const planPhases: readonly CatalogueEntry<PlanPhase>[] = /* @__PURE__ */ Object.freeze([
  entry('make', { nl: 'Plan maken', en: 'Making the plan' }, {
    nl: 'De gemeente wil een plan maken voor de inzet van het NPO-budget.',
    en: 'The municipality wants to make a plan for spending its NPO budget.',
  }),
  entry('elaborate', { nl: 'Plan verder uitwerken', en: 'Elaborating the plan' }, {
    nl: 'Er is een plan; de gemeente wil het verder uitwerken.',
    en: 'There is a plan; the municipality wants to work it out further.',
  }),
  entry('execute', { nl: 'Plan uitvoeren', en: 'Carrying out the plan' }, {
    nl: 'Het plan is klaar; de gemeente wil hulp bij het uitvoeren.',
    en: 'The plan is ready; the municipality wants help carrying it out.',
  }),
  entry('evaluate', { nl: 'Plan evalueren', en: 'Evaluating the plan' }, {
    nl: 'De gemeente wil de aanpak en de resultaten evalueren.',
    en: 'The municipality wants to evaluate its approach and results.',
  }),
]);

/** Kinds of local partners a request may name. */
export const partnerKinds: readonly CatalogueEntry<PartnerKind>[] = /* @__PURE__ */ Object.freeze([
  entry('municipality', { nl: 'Gemeente', en: 'Municipality' }, {
    nl: 'Andere afdelingen of teams van de gemeente.',
    en: 'Other departments or teams of the municipality.',
  }),
  entry('school-board-primary', { nl: 'Schoolbesturen primair onderwijs', en: 'Primary school boards' }, {
    nl: 'Besturen van basisscholen (po).',
    en: 'Boards of primary schools.',
  }),
  entry('school-board-secondary', { nl: 'Schoolbesturen voortgezet onderwijs', en: 'Secondary school boards' }, {
    nl: 'Besturen van middelbare scholen (vo).',
    en: 'Boards of secondary schools.',
  }),
  entry('childcare', { nl: 'Kinderopvang', en: 'Childcare' }, {
    nl: 'Kinderopvang en voorschoolse educatie.',
    en: 'Childcare and early childhood education.',
  }),
  entry('special-needs-partnership', { nl: 'Samenwerkingsverband passend onderwijs (SWV)', en: 'Special-needs education partnership (SWV)' }, {
    nl: 'Het samenwerkingsverband passend onderwijs in de regio.',
    en: 'The regional partnership for special-needs (inclusive) education.',
  }),
  entry('youth-care', { nl: 'Jeugdhulp en JGZ', en: 'Youth care and youth health care' }, {
    nl: 'Jeugdhulp en jeugdgezondheidszorg (JGZ).',
    en: 'Youth care and youth health care (JGZ).',
  }),
  entry('library', { nl: 'Bibliotheek', en: 'Library' }, {
    nl: 'De openbare bibliotheek, bijvoorbeeld voor leesbevordering.',
    en: 'The public library, for example for reading promotion.',
  }),
  entry('social-work', { nl: 'Welzijn en sociaal werk', en: 'Welfare and social work' }, {
    nl: 'Welzijnsorganisaties en sociaal werk.',
    en: 'Welfare organisations and social work.',
  }),
  entry('sport-culture', { nl: 'Sport en cultuur', en: 'Sport and culture' }, {
    nl: 'Sportverenigingen, buurtsportcoaches en culturele instellingen.',
    en: 'Sports clubs, community sports coaches and cultural institutions.',
  }),
  entry('further-education', { nl: 'Mbo en hbo', en: 'Vocational and higher education' }, {
    nl: 'Mbo-instellingen en hogescholen.',
    en: 'Secondary vocational (mbo) and higher professional (hbo) education.',
  }),
  entry('other', { nl: 'Anders', en: 'Other' }, {
    nl: 'Een andere maatschappelijke partner; beschrijf welke.',
    en: 'Another community partner; describe which.',
  }),
]);

/** States of a support trajectory at the provider. */
export const trajectoryStates: readonly CatalogueEntry<TrajectoryState>[] = /* @__PURE__ */ Object.freeze([
  entry('submitted', { nl: 'Ingediend', en: 'Submitted' }, {
    nl: 'De aanvraag is ontvangen en wacht op een eerste gesprek.',
    en: 'The request has been received and awaits a first conversation.',
  }),
  entry('intake', { nl: 'Intake', en: 'Intake' }, {
    nl: 'In een intakegesprek wordt de vraag van de gemeente verhelderd.',
    en: 'An intake conversation clarifies the municipality’s question.',
  }),
  entry('matched', { nl: 'Expert gekoppeld', en: 'Expert matched' }, {
    nl: 'Een expert uit het consortium is aan de gemeente gekoppeld.',
    en: 'An expert from the consortium has been matched with the municipality.',
  }),
  entry('in-progress', { nl: 'Ondersteuning loopt', en: 'Support in progress' }, {
    nl: 'De ondersteuning op maat is bezig.',
    en: 'The tailored support is under way.',
  }),
  entry('evaluating', { nl: 'Evaluatie', en: 'Evaluating' }, {
    nl: 'De ondersteuning wordt samen met de gemeente geëvalueerd.',
    en: 'The support is being evaluated together with the municipality.',
  }),
  entry('closed', { nl: 'Afgerond', en: 'Closed' }, {
    nl: 'De ondersteuning is afgerond.',
    en: 'The support has been completed.',
  }),
  entry('declined', { nl: 'Afgewezen', en: 'Declined' }, {
    nl: 'De aanvraag valt buiten het aanbod en is afgewezen.',
    en: 'The request falls outside the offer and has been declined.',
  }),
  entry('withdrawn', { nl: 'Ingetrokken', en: 'Withdrawn' }, {
    nl: 'De gemeente heeft de aanvraag ingetrokken.',
    en: 'The municipality has withdrawn the request.',
  }),
]);

/** All catalogues grouped, for lookups by kind. */
export const catalogue = /* @__PURE__ */ Object.freeze({
  supportTypes,
  planPhases,
  partnerKinds,
  trajectoryStates,
  preferredForms,
  preferredIntensities,
});
/** Type of {@link catalogue}. */
export type Catalogue = typeof catalogue;

/** Finds a catalogue entry by id, or `undefined`. */
export function findEntry<Id extends string>(entries: readonly CatalogueEntry<Id>[], id: string): CatalogueEntry<Id> | undefined {
  return entries.find((e) => e.id === id);
}
