import { css } from 'lit';

/**
 * Styles built only from the documented custom properties. Defaults follow the NL Design
 * System's Rijkshuisstijl look; the host's font is inherited.
 */
export const styles = css`
  :host {
    --npo-color-primary: #01689b;
    --npo-color-primary-hover: #154273;
    --npo-color-primary-text: #ffffff;
    --npo-color-text: #1a1a1a;
    --npo-color-muted: #4f4f4f;
    --npo-color-background: #ffffff;
    --npo-color-surface: #f3f3f3;
    --npo-color-border: #696969;
    --npo-color-error: #c4271b;
    --npo-color-success: #2f7a0a;
    --npo-color-warning: #8a5300;
    --npo-color-focus: #000000;
    --npo-color-focus-inverse: #ffffff;
    --npo-color-option-active: #e5f0f9;
    --npo-font-family: inherit;
    --npo-font-size: 1rem;
    --npo-line-height: 1.5;
    --npo-radius: 0.25rem;
    --npo-space: 1rem;
    --npo-max-width: 42rem;
    --npo-border-width: 1px;
    --npo-focus-width: 3px;

    display: block;
    font-family: var(--npo-font-family);
    font-size: var(--npo-font-size);
    line-height: var(--npo-line-height);
    color: var(--npo-color-text);
    max-width: var(--npo-max-width);
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
    background: var(--npo-color-background);
    border: var(--npo-border-width) solid var(--npo-color-border);
    border-radius: var(--npo-radius);
    padding: var(--npo-space);
  }
  .progress {
    margin: 0 0 calc(var(--npo-space) / 4);
    color: var(--npo-color-muted);
    font-size: 0.875em;
  }
  h2 {
    margin: 0 0 var(--npo-space);
    font-size: 1.5em;
    line-height: 1.25;
  }
  h3 {
    margin: var(--npo-space) 0 calc(var(--npo-space) / 2);
    font-size: 1.15em;
  }
  p {
    margin: 0 0 var(--npo-space);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--npo-focus-width) solid var(--npo-color-focus);
    outline-offset: 2px;
  }
  a {
    color: var(--npo-color-primary);
    text-decoration: underline;
  }
  a:hover {
    color: var(--npo-color-primary-hover);
    text-decoration-thickness: 2px;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: var(--npo-focus-width) solid var(--npo-color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--npo-color-focus-inverse);
  }
  .field {
    margin: 0 0 var(--npo-space);
  }
  label,
  legend {
    display: block;
    font-weight: 700;
    margin-bottom: calc(var(--npo-space) / 4);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--npo-space);
    min-width: 0;
  }
  .hint {
    display: block;
    color: var(--npo-color-muted);
    margin: 0 0 calc(var(--npo-space) / 4);
  }
  .error-text {
    display: block;
    color: var(--npo-color-error);
    font-weight: 700;
    margin: 0 0 calc(var(--npo-space) / 4);
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='date'],
  input:not([type]),
  textarea {
    font: inherit;
    color: var(--npo-color-text);
    background: var(--npo-color-background);
    border: 2px solid var(--npo-color-border);
    border-radius: var(--npo-radius);
    padding: 0.4em 0.6em;
    width: 100%;
    max-width: 100%;
  }
  input.short {
    max-width: 10em;
  }
  textarea {
    min-height: 8em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--npo-color-error);
  }
  .has-error {
    border-left: 4px solid var(--npo-color-error);
    padding-left: calc(var(--npo-space) / 2);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin: 0 0 calc(var(--npo-space) / 2);
  }
  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--npo-color-primary);
  }
  .choice label {
    font-weight: 400;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--npo-space) / 2);
    margin-top: var(--npo-space);
  }
  button,
  .button {
    font: inherit;
    font-weight: 700;
    display: inline-block;
    cursor: pointer;
    border-radius: var(--npo-radius);
    padding: 0.5em 1.1em;
    border: 2px solid var(--npo-color-primary);
    background: var(--npo-color-background);
    color: var(--npo-color-primary);
    text-decoration: none;
    min-height: 44px;
  }
  button.primary,
  .button.primary {
    background: var(--npo-color-primary);
    color: var(--npo-color-primary-text);
  }
  button:hover,
  .button:hover {
    border-color: var(--npo-color-primary-hover);
  }
  button.primary:hover,
  .button.primary:hover {
    background: var(--npo-color-primary-hover);
    color: var(--npo-color-primary-text);
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
    border: 2px solid var(--npo-color-border);
    border-top: 0;
    border-radius: 0 0 var(--npo-radius) var(--npo-radius);
    background: var(--npo-color-background);
    max-height: 16em;
    overflow-y: auto;
  }
  [role='option'] {
    padding: 0.4em 0.6em;
    cursor: pointer;
    border-bottom: 1px solid var(--npo-color-surface);
  }
  [role='option'] .secondary {
    display: block;
    color: var(--npo-color-muted);
    font-size: 0.875em;
  }
  [role='option']:hover,
  [role='option'].active {
    background: var(--npo-color-option-active);
    outline: 2px solid var(--npo-color-focus);
    outline-offset: -2px;
  }
  .no-results {
    padding: 0.4em 0.6em;
    color: var(--npo-color-muted);
    margin: 0;
  }
  dl.figures {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em var(--npo-space);
    margin: 0 0 var(--npo-space);
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
  .note,
  .source {
    color: var(--npo-color-muted);
    font-size: 0.875em;
  }
  .panel {
    background: var(--npo-color-surface);
    border-left: 4px solid var(--npo-color-primary);
    padding: calc(var(--npo-space) / 2) var(--npo-space);
    margin: 0 0 var(--npo-space);
  }
  .outcome {
    border-left: 6px solid var(--npo-color-primary);
    padding: calc(var(--npo-space) / 2) var(--npo-space);
    margin: 0 0 var(--npo-space);
    background: var(--npo-color-surface);
  }
  .outcome.eligible {
    border-left-color: var(--npo-color-success);
  }
  .outcome.contact {
    border-left-color: var(--npo-color-warning);
  }
  .outcome.not-eligible {
    border-left-color: var(--npo-color-error);
  }
  .outcome p:last-child {
    margin-bottom: 0;
  }
  ul.criteria {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--npo-space);
  }
  ul.criteria li {
    border-bottom: 1px solid var(--npo-color-surface);
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
    border-radius: var(--npo-radius);
    padding: 0 0.4em;
    margin-left: 0.4em;
  }
  .error-summary {
    border: 4px solid var(--npo-color-error);
    padding: var(--npo-space);
    margin: 0 0 var(--npo-space);
  }
  .error-summary h3 {
    margin-top: 0;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .error-summary a {
    color: var(--npo-color-error);
    font-weight: 700;
  }
  .alert {
    border-left: 6px solid var(--npo-color-error);
    background: var(--npo-color-surface);
    padding: calc(var(--npo-space) / 2) var(--npo-space);
    margin: 0 0 var(--npo-space);
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
