// What the later steps' chunk takes from the first file. The chunk is built on its own and may not
// import the first file, so it gets these handed over when it loads: one lit (its templates must
// be rendered by the same lit), and no helper shipped twice.
export { html, nothing } from 'lit';
export { describedBy, heading, nextButton, problem } from './basics.js';
export { formatDate, formatNumber, sourceText } from '../../../format.js';
export { datePartNames } from '../../../date-parts.js';
export { formFields } from '../../../form.js';
export { submitErrorText } from '../../../request-flow.js';
