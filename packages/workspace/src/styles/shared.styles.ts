import { css } from 'lit';

/** What every view shares: headings, buttons, fields, tables, messages, focus and reflow. */
export const shared = css`
  :host {
    display: block;
    color: var(--ws-color-text);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 var(--ws-space-3);
  }
  h1 {
    font-size: 1.75rem;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  p {
    margin: 0 0 var(--ws-space-3);
  }
  a {
    color: var(--ws-color-link);
  }
  :focus-visible {
    outline: 3px solid var(--ws-color-focus);
    outline-offset: 2px;
  }
  .card {
    background: var(--ws-color-surface);
    border: 1px solid var(--ws-color-border);
    border-radius: var(--ws-radius);
    padding: var(--ws-space-3);
    margin-block-end: var(--ws-space-4);
    min-width: 0;
  }
  button,
  .button {
    font: inherit;
    display: inline-block;
    padding: var(--ws-space-2) var(--ws-space-3);
    border: 2px solid var(--ws-color-primary);
    border-radius: var(--ws-radius);
    background: var(--ws-color-primary);
    color: var(--ws-color-primary-text);
    cursor: pointer;
    text-decoration: none;
    line-height: 1.25;
  }
  button.secondary,
  .button.secondary {
    background: var(--ws-color-surface);
    color: var(--ws-color-primary);
  }
  button.danger {
    background: var(--ws-color-error);
    border-color: var(--ws-color-error);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  label {
    display: block;
    font-weight: 600;
  }
  .hint {
    display: block;
    color: var(--ws-color-muted);
    font-size: var(--ws-font-small);
    font-weight: normal;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--ws-color-surface);
    border: 1px solid var(--ws-color-muted);
    border-radius: var(--ws-radius);
    padding: var(--ws-space-2);
    max-width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 5rem;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--ws-color-error);
  }
  .field {
    margin-block-end: var(--ws-space-3);
  }
  .field-error {
    color: var(--ws-color-error);
    font-weight: 600;
    margin: var(--ws-space-1) 0;
  }
  .message {
    border-inline-start: 4px solid var(--ws-color-primary);
    background: var(--ws-color-surface);
    padding: var(--ws-space-2) var(--ws-space-3);
    margin-block-end: var(--ws-space-3);
  }
  .message.error {
    border-color: var(--ws-color-error);
    background: var(--ws-color-error-surface);
  }
  .message.ok {
    border-color: var(--ws-color-ok);
    background: var(--ws-color-ok-surface);
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: var(--ws-color-surface);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--ws-space-2);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--ws-space-2);
    border-block-end: 1px solid var(--ws-color-border);
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: var(--ws-space-1) var(--ws-space-3);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (max-width: 40rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: var(--ws-space-2);
    }
  }
  @media (forced-colors: active) {
    button,
    .button {
      border: 2px solid ButtonText;
    }
    .message {
      border: 1px solid CanvasText;
    }
  }
`;
