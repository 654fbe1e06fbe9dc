// The one function of the child indicators the widget calls. Its chunk is built from this module, and
// a chunk keeps every export of the module it is built from: naming only this function leaves the
// rest of `@npo-gemeenten/data/indicators` (the national figures) out.
export { getChildIndicators } from '@npo-gemeenten/data/indicators';
