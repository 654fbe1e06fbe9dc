import { css, unsafeCSS } from 'lit';
import { themeDeclarations } from './gemeentecheck.tokens.js';

/**
 * Styles built only from the private `--_npo-*` properties of gemeentecheck.tokens.ts, so an NL
 * Design System theme on the page applies. Defaults follow the Rijkshuisstijl look; the host's
 * font is inherited.
 */
export const styles = css`
  :host {
    ${unsafeCSS(themeDeclarations)}

    display: block;
    font-family: var(--_npo-font-family);
    font-size: var(--_npo-font-size);
    line-height: var(--_npo-line-height);
    color: var(--_npo-color-text);
    max-width: var(--_npo-max-width);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .container {
    background: var(--_npo-color-background);
    border: var(--_npo-border-width) solid var(--_npo-color-border);
    border-radius: var(--_npo-radius);
    padding: var(--_npo-space);
  }
  .progress {
    margin: 0 0 calc(var(--_npo-space) / 4);
    color: var(--_npo-color-muted);
    font-size: 0.875em;
  }
  h2 {
    margin: 0 0 var(--_npo-space);
    font-size: var(--_npo-heading-font-size);
    line-height: 1.25;
    color: var(--_npo-heading-color);
    font-family: var(--_npo-heading-font-family);
    font-weight: var(--_npo-heading-font-weight);
  }
  h3 {
    margin: var(--_npo-space) 0 calc(var(--_npo-space) / 2);
    font-size: var(--_npo-subheading-font-size);
  }
  p {
    margin: 0 0 var(--_npo-space);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--_npo-focus-width) solid var(--_npo-color-focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_npo-link-color);
    text-decoration: underline;
  }
  a:hover {
    color: var(--_npo-link-hover-color);
    text-decoration-thickness: 2px;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: var(--_npo-focus-width) solid var(--_npo-color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_npo-color-focus-inverse);
  }
  .field {
    margin: 0 0 var(--_npo-space);
  }
  label,
  legend {
    display: block;
    font-weight: var(--_npo-label-font-weight);
    color: var(--_npo-label-color);
    margin-bottom: calc(var(--_npo-space) / 4);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_npo-space);
    min-width: 0;
  }
  .hint {
    display: block;
    color: var(--_npo-color-muted);
    margin: 0 0 calc(var(--_npo-space) / 4);
  }
  .error-text {
    display: block;
    color: var(--_npo-error-text-color);
    font-weight: 700;
    margin: 0 0 calc(var(--_npo-space) / 4);
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input:not([type]),
  textarea {
    font: inherit;
    color: var(--_npo-color-text);
    background: var(--_npo-input-background);
    border: var(--_npo-input-border-width) solid var(--_npo-color-border);
    border-radius: var(--_npo-input-radius);
    padding: var(--_npo-input-padding-block) var(--_npo-input-padding-inline);
    width: 100%;
    max-width: 100%;
  }
  input.short {
    max-width: 10em;
  }
  .date-parts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_npo-space) / 2) var(--_npo-space);
  }
  .date-part label {
    font-weight: 400;
  }
  .date-part input {
    width: 3.5em;
  }
  .date-part.year input {
    width: 5em;
  }
  textarea {
    min-height: 8em;
    resize: vertical;
  }
  /* As specific as the input rules above, and after them: an invalid field's border turns red. */
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_npo-color-error);
  }
  .has-error {
    border-left: 4px solid var(--_npo-color-error);
    padding-left: calc(var(--_npo-space) / 2);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin: 0 0 calc(var(--_npo-space) / 2);
  }
  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_npo-choice-color);
  }
  .choice label {
    font-weight: 400;
    color: var(--_npo-color-text);
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_npo-space) / 2);
    margin-top: var(--_npo-space);
  }
  button,
  .button {
    font: inherit;
    font-weight: var(--_npo-button-font-weight);
    display: inline-block;
    cursor: pointer;
    border-radius: var(--_npo-radius);
    padding: var(--_npo-button-padding-block) var(--_npo-button-padding-inline);
    border: 2px solid var(--_npo-link-color);
    background: var(--_npo-color-background);
    color: var(--_npo-link-color);
    text-decoration: none;
    min-height: var(--_npo-target-size);
  }
  button.primary,
  .button.primary {
    background: var(--_npo-color-primary);
    color: var(--_npo-color-primary-text);
  }
  button:hover,
  .button:hover {
    border-color: var(--_npo-link-hover-color);
  }
  button.primary:hover,
  .button.primary:hover {
    background: var(--_npo-color-primary-hover);
    color: var(--_npo-color-primary-text);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .combobox {
    position: relative;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0;
    border: var(--_npo-input-border-width) solid var(--_npo-color-border);
    border-top: 0;
    border-radius: 0 0 var(--_npo-input-radius) var(--_npo-input-radius);
    background: var(--_npo-input-background);
    max-height: 16em;
    overflow-y: auto;
  }
  [role='option'] {
    padding: var(--_npo-input-padding-block) var(--_npo-input-padding-inline);
    cursor: pointer;
    border-bottom: 1px solid var(--_npo-color-surface);
  }
  [role='option'] .secondary {
    display: block;
    color: var(--_npo-color-muted);
    font-size: 0.875em;
  }
  [role='option']:hover,
  [role='option'].active {
    background: var(--_npo-color-option-active);
    outline: 2px solid var(--_npo-color-focus);
    outline-offset: -2px;
  }
  .no-results {
    padding: var(--_npo-input-padding-block) var(--_npo-input-padding-inline);
    color: var(--_npo-color-muted);
    margin: 0;
  }
  dl.figures {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em var(--_npo-space);
    margin: 0 0 var(--_npo-space);
  }
  dl.figures dt {
    font-weight: 700;
  }
  dl.figures dd {
    margin: 0;
  }
  dl.figures ul {
    margin: 0;
    padding-left: 1.2em;
  }
  @media (max-width: 30em) {
    dl.figures {
      grid-template-columns: minmax(0, 1fr);
    }
    dl.figures dd {
      margin-bottom: 0.5em;
    }
  }
  dl.summary {
    margin: 0 0 var(--_npo-space);
    border-top: 1px solid var(--_npo-color-border);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) max-content;
    gap: 0.25em var(--_npo-space);
    padding: 0.5em 0;
    border-bottom: 1px solid var(--_npo-color-border);
  }
  .summary-row dt {
    font-weight: 700;
  }
  .summary-row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .summary-row dd:not(.summary-change) {
    white-space: pre-line;
  }
  @media (max-width: 30em) {
    .summary-row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media print {
    .progress,
    .actions,
    .summary-change,
    .trap {
      display: none;
    }
    .container {
      border: 0;
      padding: 0;
    }
  }
  .note,
  .source {
    color: var(--_npo-color-muted);
    font-size: 0.875em;
  }
  .panel {
    background: var(--_npo-color-surface);
    border-left: 4px solid var(--_npo-color-primary);
    padding: calc(var(--_npo-space) / 2) var(--_npo-space);
    margin: 0 0 var(--_npo-space);
  }
  .outcome {
    border-left: 6px solid var(--_npo-color-primary);
    padding: calc(var(--_npo-space) / 2) var(--_npo-space);
    margin: 0 0 var(--_npo-space);
    background: var(--_npo-color-surface);
  }
  .outcome.eligible {
    border-left-color: var(--_npo-color-success);
  }
  .outcome.contact {
    border-left-color: var(--_npo-color-warning);
  }
  .outcome.not-eligible {
    border-left-color: var(--_npo-color-error);
  }
  .outcome p:last-child {
    margin-bottom: 0;
  }
  ul.criteria {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_npo-space);
  }
  ul.criteria li {
    border-bottom: 1px solid var(--_npo-color-surface);
    padding: 0.5em 0;
  }
  .criterion-name {
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    font-size: 0.875em;
    font-weight: 700;
    border: 1px solid currentColor;
    border-radius: var(--_npo-radius);
    padding: 0 0.4em;
    margin-left: 0.4em;
  }
  .error-summary {
    border: 4px solid var(--_npo-color-error);
    padding: var(--_npo-space);
    margin: 0 0 var(--_npo-space);
  }
  .error-summary h3 {
    margin-top: 0;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .error-summary a {
    color: var(--_npo-error-text-color);
    font-weight: 700;
  }
  .alert {
    border-left: 6px solid var(--_npo-color-error);
    background: var(--_npo-color-surface);
    padding: calc(var(--_npo-space) / 2) var(--_npo-space);
    margin: 0 0 var(--_npo-space);
  }
  .reference {
    font-size: 1.5em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .trap {
    position: absolute;
    left: -10000px;
    top: auto;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  @media (prefers-reduced-motion: no-preference) {
    button,
    .button,
    [role='option'] {
      transition:
        background-color 0.15s ease,
        border-color 0.15s ease;
    }
  }
  @media (forced-colors: active) {
    .container,
    .error-summary,
    .outcome,
    .panel,
    .alert,
    [role='listbox'] {
      border-color: CanvasText;
    }
    button,
    .button,
    button.primary,
    .button.primary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .outcome,
    .has-error,
    .panel {
      border-left-color: CanvasText;
    }
    [role='option'].active,
    [role='option']:hover {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    [role='option'].active .secondary {
      color: HighlightText;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    textarea:focus-visible,
    [tabindex='-1']:focus-visible {
      outline-color: Highlight;
    }
  }
`;
