import { css } from 'lit';

export const styles = css`
  .wrap {
    position: relative;
    max-width: 42rem;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .municipality path {
    stroke: #ffffff;
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
  }
  .municipality:focus {
    outline: none;
  }
  .bin-0 {
    fill: var(--ws-scale-0);
  }
  .bin-1 {
    fill: var(--ws-scale-1);
  }
  .bin-2 {
    fill: var(--ws-scale-2);
  }
  .bin-3 {
    fill: var(--ws-scale-3);
  }
  .bin-4 {
    fill: var(--ws-scale-4);
  }
  .small path,
  path.small {
    fill: none;
    stroke: var(--ws-color-outline-small);
    stroke-width: 1.6;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .provinces path,
  path.province {
    fill: none;
    stroke: var(--ws-color-province);
    stroke-width: 1.2;
    stroke-dasharray: 4 2;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .highlight {
    fill: none;
    stroke: var(--ws-color-focus);
    stroke-width: 3;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .tooltip {
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: none;
    background: var(--ws-color-text);
    color: var(--ws-color-surface);
    padding: var(--ws-space-1) var(--ws-space-2);
    border-radius: var(--ws-radius);
    font-size: var(--ws-font-small);
    max-width: 16rem;
    white-space: nowrap;
  }
  .tooltip[hidden] {
    display: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ws-space-2) var(--ws-space-4);
    list-style: none;
    padding: 0;
    margin: var(--ws-space-3) 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--ws-space-2);
  }
  .legend svg {
    width: 1.5rem;
    height: 1rem;
    flex: none;
  }
  .legend rect {
    stroke: var(--ws-color-muted);
    stroke-width: 1;
  }
  .attribution {
    font-size: var(--ws-font-small);
    color: var(--ws-color-muted);
  }
  /* Forced colours: the system's palette has no scale, so the classes become shades of the text
     colour (opacity), and the outlines take other system colours. */
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .municipality path {
      stroke: Canvas;
    }
    .bin-0 {
      fill: Canvas;
    }
    .bin-1,
    .bin-2,
    .bin-3,
    .bin-4 {
      fill: CanvasText;
    }
    .bin-1 {
      fill-opacity: 0.2;
    }
    .bin-2 {
      fill-opacity: 0.45;
    }
    .bin-3 {
      fill-opacity: 0.7;
    }
    .legend rect {
      stroke: CanvasText;
    }
    .small path,
    path.small {
      stroke: Highlight;
    }
    .provinces path,
    path.province {
      stroke: LinkText;
    }
    .highlight {
      stroke: Highlight;
    }
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
