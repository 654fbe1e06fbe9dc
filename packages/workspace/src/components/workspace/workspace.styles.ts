import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--ws-color-background);
  }
  .skip-link {
    position: absolute;
    inset-inline-start: var(--ws-space-2);
    inset-block-start: -3rem;
    background: var(--ws-color-surface);
    padding: var(--ws-space-2);
    z-index: 10;
  }
  .skip-link:focus {
    inset-block-start: var(--ws-space-2);
  }
  header {
    background: var(--ws-color-primary);
    color: var(--ws-color-primary-text);
  }
  .bar {
    max-width: var(--ws-max-width);
    margin: 0 auto;
    padding: var(--ws-space-2) var(--ws-space-3);
    display: flex;
    flex-wrap: wrap;
    gap: var(--ws-space-2) var(--ws-space-4);
    align-items: center;
  }
  .app-name {
    font-weight: 700;
    font-size: 1.1rem;
    margin: 0;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ws-space-3);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  header a {
    color: var(--ws-color-primary-text);
  }
  header a[aria-current='page'] {
    font-weight: 700;
    text-decoration-thickness: 3px;
  }
  .user {
    margin-inline-start: auto;
    display: flex;
    flex-wrap: wrap;
    gap: var(--ws-space-2);
    align-items: center;
  }
  .user p {
    margin: 0;
  }
  header button {
    background: transparent;
    border-color: var(--ws-color-primary-text);
    color: var(--ws-color-primary-text);
    padding: var(--ws-space-1) var(--ws-space-2);
  }
  header :focus-visible {
    outline-color: #fdba74;
  }
  main {
    max-width: var(--ws-max-width);
    margin: 0 auto;
    padding: var(--ws-space-4) var(--ws-space-3);
  }
  main:focus {
    outline: none;
  }
`;
