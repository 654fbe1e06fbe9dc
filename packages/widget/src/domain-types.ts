/**
 * The types the widget uses from core and data. Only types: importing this module loads no code,
 * so any module (first load or a lazy chunk) can use it without pulling in core or data.
 */
export type DataModule = typeof import('@npo-gemeenten/data/latest');
export type Municipality = NonNullable<ReturnType<DataModule['getMunicipality']>>;
export type SearchHit = ReturnType<DataModule['searchMunicipalities']>[number];
export type SchoolHint = NonNullable<ReturnType<typeof import('@npo-gemeenten/data/school-hint').schoolDisadvantageScore>>;
/** Children by age and households with children (CBS 70072ned, 1 January 2025), as context on step 2. */
export type ChildFigures = NonNullable<ReturnType<typeof import('./child-indicators.js').childFigures>>;
export type EligibilityInput = import('@npo-gemeenten/core').EligibilityInput;
export type EligibilityResult = import('@npo-gemeenten/core').EligibilityResult;
export type DecisionRecord = EligibilityResult['record'];
/** An error with the request path it belongs to, from core or from the endpoint's 4xx body. */
export type FieldError = import('@npo-gemeenten/core').FieldError;
export type SupportRequest = import('@npo-gemeenten/core').SupportRequest;
/** The languages core and the widget speak. */
export type Language = import('@npo-gemeenten/core').Language;
/** A catalogue (support types, plan phases, partner kinds): ids with a label per language. */
export type Catalogue = ReadonlyArray<{ id: string; label: { nl: string; en: string }; description?: { nl: string; en: string } }>;
