/**
 * Every text the widget shows itself (catalogue labels, criterion explanations and field error
 * messages come from `@npo-gemeenten/core`). Functions receive the values they interpolate.
 * @public
 */
export interface WidgetMessages {
  /** Accessible name of the whole widget (region label). */
  widgetLabel: string;
  /** Progress text, e.g. "Stap 2 van 7". */
  stepOf: (step: number, total: number) => string;
  /** Button back to the previous step. */
  back: string;
  /** Button to the next step. */
  next: string;
  /** Shown while figures or rules load. */
  loading: string;
  /** Shown when the data cannot be loaded. */
  loadError: string;

  /** Step 1: choose the municipality. */
  municipalityHeading: string;
  /** Introduction on step 1. */
  municipalityIntro: string;
  /** Label of the municipality field. */
  municipalityLabel: string;
  /** Hint under that label. */
  municipalityHint: string;
  /** Error: nothing chosen. */
  municipalityRequired: string;
  /** Error: the typed name matches no municipality. */
  municipalityNotFound: string;
  /** Live region text with the number of suggestions. */
  searchResults: (count: number) => string;
  /** Shown and announced when nothing matches. */
  noResults: string;
  /** Shown instead of `noResults` when the visitor typed a postcode: search knows names, not postcodes. */
  postcodeAdvice: string;
  /** Suffix of a suggestion found by a former name. */
  formerName: (former: string) => string;

  /** Step 2: figures. */
  figuresHeading: (name: string) => string;
  /** Label of the inhabitants figure. */
  inhabitantsLabel: string;
  /** Inhabitants with their reference date. */
  inhabitantsValue: (count: string, date: string) => string;
  /** Text for a figure that is unknown. */
  unknownFigure: string;
  /** Label of the province. */
  provinceLabel: string;
  /** Label of the share of doelgroepkinderen. */
  targetGroupLabel: string;
  /** That share with its reference date. */
  targetGroupValue: (percent: string, date: string) => string;
  /** Label of the former municipalities. */
  mergedFromLabel: string;
  /** One former municipality with its merger date. */
  mergedFromItem: (name: string, date: string) => string;
  /** Note when a former name led to its successor. */
  resolvedFromNote: (former: string, current: string) => string;
  /** Label of the sources. */
  sourceLabel: string;
  /** CBS attribution under the figures. */
  attribution: string;
  /** Heading of the children figures (context, not part of the check). */
  childrenHeading: string;
  /** That those figures do not count in the check. */
  childrenNote: string;
  /** Their source with its reference date. */
  childrenSource: (source: string, date: string) => string;

  /** Step 3: questions. */
  questionsHeading: string;
  /** Introduction on step 3. */
  questionsIntro: string;
  /** Question about the share of doelgroepkinderen. */
  targetGroupQuestion: string;
  /** Explanation of that share and the threshold. */
  targetGroupHint: string;
  /** Label of the percentage field. */
  targetGroupInputLabel: string;
  /** Checkbox "don't know" for the share. */
  targetGroupUnknown: string;
  /** Error for a percentage that is not one. */
  targetGroupInvalid: string;
  /** Label of the school-based achterstandsscore hint. */
  schoolHintLabel: string;
  /** The hint: score, national score and year. */
  schoolHintValue: (score: string, national: string, year: string) => string;
  /** Question about corona problems. */
  coronaQuestion: string;
  /** Answer: above average. */
  coronaAbove: string;
  /** Answer: not above average. */
  coronaNotAbove: string;
  /** The fusiegemeente question, asked of every municipality above the size limit plus margin. */
  mergedQuestion: string;
  /** Why it is asked, with the size limit plus margin. */
  mergedHint: (limit: string) => string;
  /** Context when the data knows no merger since 2018. */
  mergedNoneKnown: string;
  /** Context: introduction to the known mergers since 2018. */
  mergedKnownIntro: string;
  /** One former municipality: name, date of the merger, and its inhabitants (null when the data has none). */
  mergedKnownItem: (name: string, date: string, inhabitants: { count: string; date: string } | null) => string;
  /** Question about capacity. */
  capacityQuestion: string;
  /** Question about the cooperation focus. */
  cooperationQuestion: string;
  /** Hint that cooperation is no condition. */
  cooperationHint: string;
  /** Answer yes. */
  yes: string;
  /** Answer no. */
  no: string;
  /** Answer "don't know". */
  dontKnow: string;

  /** Step 4: result. */
  resultHeading: string;
  /** Title of the eligible outcome. */
  outcomeEligible: string;
  /** Title of the contact outcome. */
  outcomeContact: string;
  /** Title of the not-eligible outcome. */
  outcomeNotEligible: string;
  /** Text of the eligible outcome. */
  outcomeEligibleText: string;
  /** Text of the contact outcome. */
  outcomeContactText: string;
  /** Text of the not-eligible outcome. */
  outcomeNotEligibleText: string;
  /** Closed offer: the outcomes in the past tense (titles and texts). */
  outcomeEligibleClosed: string;
  outcomeContactClosed: string;
  outcomeNotEligibleClosed: string;
  outcomeEligibleClosedText: string;
  outcomeContactClosedText: string;
  outcomeNotEligibleClosedText: string;
  /** Closed offer, first on step 1: the end date, and that the check still works. */
  offerClosed: (endDate: string) => string;
  /** Who gives the support, with the consortium members' names. */
  providersSentence: (names: readonly string[]) => string;
  /** Lead of the contact block ("Twijfelt u?"). */
  contactLead: string;
  /** "Neem contact op met" and the name. */
  contactWith: (name: string) => string;
  /** The same without a name. */
  contactWithUs: string;
  /** Beside a criterion in doubt, with the contact's name, phone and e-mail. */
  contactDoubt: (how: string) => string;
  /** Heading above the reasons. */
  criteriaHeading: string;
  /** Badge per criterion status. */
  status: Readonly<Record<'met' | 'doubt' | 'not-met' | 'unknown' | 'info', string>>;
  /** Name per criterion. */
  criterion: Readonly<Record<'size' | 'need' | 'capacity' | 'cooperation', string>>;
  /** The policy period under the reasons, while it runs or has yet to start. */
  policyPeriod: (from: string, to: string) => string;
  /** The policy period under the reasons, once its last day has passed. */
  policyPeriodEnded: (from: string, to: string) => string;
  /** Button to the form (eligible). */
  toRequest: string;
  /** Button to the form (contact). */
  toContactRequest: string;
  /** Link text of the contact email address. */
  contactByEmail: (email: string) => string;
  /** Button to the form (not eligible). */
  askAnyway: string;

  /** Step 5: request form. */
  formHeading: string;
  /** Introduction on step 5. */
  formIntro: string;
  /** Note on required fields. */
  requiredNote: string;
  /** Marker of an optional field. */
  optional: string;
  /** Legend of the contact fields. */
  contactLegend: string;
  /** Label of the name field. */
  nameLabel: string;
  /** Label of the job title field. */
  roleLabel: string;
  /** Hint for the job title. */
  roleHint: string;
  /** Label of the email field. */
  emailLabel: string;
  /** Label of the phone field. */
  phoneLabel: string;
  /** Legend of the support types. */
  supportTypesLegend: string;
  /** Legend of the plan phases. */
  supportTypeOtherLabel: string;
  planPhasesLegend: string;
  planPhasesHint: string;
  /** Label of the question field. */
  questionLabel: string;
  /** Hint for the question. */
  questionHint: string;
  /** Legend of the partners. */
  partnersLegend: string;
  /** Hint for the partners. */
  partnersHint: string;
  /** Label of the other partners field. */
  partnersOtherLabel: string;
  /** Legend of the preferred form of support (on site, online, ...). */
  preferredFormLegend: string;
  /** Legend of the preferred intensity of support (one conversation, ...). */
  preferredIntensityLegend: string;
  /** Label of the start date. */
  preferredStartLabel: string;
  /** Hint for the start date: an example date in the future, as day, month and year. */
  preferredStartHint: (day: number, month: number, year: number) => string;
  /** Label of the day field of a date. */
  dayLabel: string;
  /** Label of the month field of a date. */
  monthLabel: string;
  /** Label of the year field of a date. */
  yearLabel: string;
  /** Error: the start date is incomplete or no real date. */
  preferredStartInvalid: string;
  /** Label of the consent checkbox. */
  consentLabel: string;
  /** Link text to the privacy statement. */
  privacyLink: string;
  /** Label of the hidden trap field. */
  honeypotLabel: string;
  /** Submit button with an endpoint. */
  submit: string;
  /** Submit button and link without an endpoint. */
  submitMail: string;
  /** Text beside the prefilled email link. */
  mailHint: string;
  /** Button text and announcement while sending. */
  submitting: string;
  /** Heading of the error summary. */
  errorSummaryHeading: string;
  /** Text above the list of errors. */
  errorSummaryIntro: string;
  /** Sending failed: no connection or timeout. */
  submitErrorNetwork: string;
  /** Sending failed: server fault. */
  submitErrorServer: string;
  /** Sending refused by the endpoint. */
  submitErrorRejected: string;
  /** The endpoint is busy (HTTP 429) for longer than the widget waits by itself; `wait` is worded by `waitTime`. */
  submitErrorBusy: (wait: string) => string;
  /** A wait in seconds, worded ("30 seconden", "2 minuten"). */
  waitTime: (seconds: number) => string;
  /** Button that sends again with the same request key. */
  retry: string;
  /** Link to the prefilled email after a failed send. */
  mailInstead: string;
  /** Note that answers are kept in the browser. */
  draftKept: string;
  /** Announcement that a draft was restored. */
  draftRestored: string;

  /** Step 6: check your answers before sending. */
  checkHeading: string;
  /** Introduction of the check step. */
  checkIntro: string;
  /** Link beside each answer on the check step; followed by the answer's label for screen readers. */
  change: string;
  /** Label of the outcome of the check in the summary. */
  outcomeLabel: string;

  /** Step 7: confirmation. */
  doneHeading: string;
  /** Confirmation text. */
  doneText: string;
  /** Label of the reference. */
  referenceLabel: string;
  /** Advice to keep the reference. */
  doneNext: string;
  /** Button to start again. */
  startOver: string;
  /** Heading of the summary of what was sent, on the confirmation. */
  sentSummaryHeading: string;
  /** Button that prints the confirmation with the summary. */
  print: string;

  /** Mail fallback. */
  mailSubject: (municipality: string) => string;
  /** First line of the prefilled email. */
  mailIntro: string;
}

/**
 * Partial overrides for {@link WidgetMessages}, plus labels for catalogue ids (support types,
 * plan phases, partner kinds) and field error texts by error code.
 * @public
 */
export type WidgetMessageOverrides = Partial<Omit<WidgetMessages, 'status' | 'criterion'>> & {
  status?: Partial<WidgetMessages['status']>;
  criterion?: Partial<WidgetMessages['criterion']>;
  /** Label per catalogue id, e.g. `{ 'local-structure': '...' }`. */
  catalogue?: Readonly<Record<string, string>>;
  /** Field error text per error code, e.g. `{ invalid_format: '...' }`. */
  fieldErrors?: Readonly<Record<string, string>>;
};
