import { css } from 'lit';

export const styles = css`
  form {
    max-width: 36rem;
  }
  input {
    width: 100%;
    font-family: ui-monospace, monospace;
  }
`;
