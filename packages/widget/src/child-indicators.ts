// The one function of the child indicators the widget calls. Its chunk is built from this module, and
// a chunk keeps every export of the module it is built from: naming only this function leaves the
// rest of `@npo-gemeenten/data/indicators` (the national figures) out.
import { childIndicatorIds, getChildIndicators } from '@npo-gemeenten/data/indicators';

/** The children figures of a municipality, in the data package's order; null when it has none. */
export function childFigures(code: string) {
  const found = getChildIndicators(code);
  return found && childIndicatorIds.map((id) => found[id]);
}
