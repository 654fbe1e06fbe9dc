import { css } from 'lit';

export const styles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: 0 var(--ws-space-4);
  }
  .wide {
    grid-column: 1 / -1;
  }
  .period {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ws-space-2) var(--ws-space-3);
    align-items: flex-end;
  }
  .period .field {
    margin: 0;
  }
  .bars {
    display: grid;
    grid-template-columns: minmax(8rem, 16rem) minmax(6rem, 1fr) max-content;
    gap: var(--ws-space-2) var(--ws-space-3);
    align-items: center;
    margin-block-end: var(--ws-space-3);
  }
  .bar-row {
    display: contents;
  }
  svg.bar {
    width: 100%;
    height: 1.25rem;
    display: block;
  }
  svg.bar rect,
  svg.columns rect {
    fill: var(--ws-color-bar);
  }
  .weeks {
    display: grid;
    grid-template-columns: 1fr 1fr;
    margin-block-end: var(--ws-space-3);
  }
  .axis-max {
    grid-column: 1 / -1;
    font-size: var(--ws-font-small);
    color: var(--ws-color-muted);
  }
  svg.columns {
    grid-column: 1 / -1;
    width: 100%;
    height: 10rem;
    display: block;
  }
  .baseline {
    stroke: var(--ws-color-muted);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .axis-first,
  .axis-last {
    font-size: var(--ws-font-small);
    color: var(--ws-color-muted);
  }
  .axis-last {
    text-align: end;
  }
  summary {
    cursor: pointer;
    color: var(--ws-color-link);
    text-decoration: underline;
  }
  @media (max-width: 30rem) {
    .bars {
      grid-template-columns: minmax(0, 1fr) max-content;
    }
    .bar-label {
      grid-column: 1 / -1;
    }
  }
  @media (forced-colors: active) {
    svg.bar rect,
    svg.columns rect {
      fill: CanvasText;
    }
    svg {
      forced-color-adjust: none;
    }
    .baseline {
      stroke: CanvasText;
    }
  }
`;
