// The one function of the school hint the widget calls. Its chunk is built from this module, and a
// chunk keeps every export of the module it is built from: naming only this function leaves the
// data package's fuller `schoolDisadvantageHint` (counts and ready-made label) out.
export { schoolDisadvantageScore } from '@npo-gemeenten/data/school-hint';
