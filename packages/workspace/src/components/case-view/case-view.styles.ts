import { css } from 'lit';

export const styles = css`
  .summary {
    color: var(--ws-color-muted);
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 0 var(--ws-space-4);
  }
  @media (max-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .differs {
    font-weight: 700;
    color: var(--ws-color-error);
  }
  tr.mismatch {
    background: var(--ws-color-warning-surface);
  }
  ol.history,
  ul.notes {
    padding-inline-start: 1.25rem;
    margin: 0 0 var(--ws-space-3);
  }
  ol.history li,
  ul.notes li {
    margin-block-end: var(--ws-space-2);
  }
  .meta {
    display: block;
    color: var(--ws-color-muted);
    font-size: var(--ws-font-small);
  }
  .note-text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  select,
  input[type='email'] {
    width: 100%;
  }
  dialog {
    max-width: min(36rem, 92vw);
    border: 2px solid var(--ws-color-text);
    border-radius: var(--ws-radius);
    padding: var(--ws-space-4);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ws-space-2);
  }
`;
