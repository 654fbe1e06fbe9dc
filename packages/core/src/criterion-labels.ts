import type { CriterionId, LocalizedText } from './ids.js';

/** The names of the eligibility criteria, for headings and other tools. */
export const criterionLabels: Readonly<Record<CriterionId, LocalizedText>> = /* @__PURE__ */ Object.freeze({
  size: Object.freeze({ nl: 'Aantal inwoners', en: 'Number of inhabitants' }),
  need: Object.freeze({ nl: 'Doelgroepkinderen of corona', en: 'Children in the target group or COVID-19' }),
  capacity: Object.freeze({ nl: 'Organisatiekracht', en: 'Organisational capacity' }),
  cooperation: Object.freeze({ nl: 'Samenwerking', en: 'Cooperation' }),
});
