import { css } from 'lit';

export const styles = css`
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0 var(--ws-space-3);
  }
  .filters input,
  .filters select {
    width: 100%;
  }
  .filters fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .filters legend {
    font-weight: 600;
    font-size: 1.25rem;
    margin-block-end: var(--ws-space-2);
    padding: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ws-space-2);
    align-items: center;
    margin-block: var(--ws-space-2);
  }
  th button {
    background: none;
    border: 0;
    padding: 0;
    color: var(--ws-color-link);
    font-weight: 700;
    text-decoration: underline;
  }
  th button .direction {
    display: inline-block;
    min-width: 1em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ws-space-3);
    list-style: none;
    padding: 0;
    margin: var(--ws-space-3) 0 0;
  }
  .flag {
    font-weight: 700;
    color: var(--ws-color-error);
  }
  @media (forced-colors: active) {
    th button {
      color: LinkText;
    }
  }
`;
