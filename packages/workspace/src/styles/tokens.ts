import { css } from 'lit';

/**
 * The workspace's design tokens. Colours meet WCAG AA contrast on their backgrounds; the chart and map
 * scale is ColorBrewer "Blues" (one hue, light to dark), which reads the same for every kind of colour
 * blindness because it orders by lightness alone.
 */
export const tokens = css`
  :host {
    --ws-color-text: #1f2933;
    --ws-color-muted: #4b5563;
    --ws-color-background: #f3f4f6;
    --ws-color-surface: #ffffff;
    --ws-color-border: #9ca3af;
    --ws-color-primary: #154273;
    --ws-color-primary-text: #ffffff;
    --ws-color-link: #0b4f9c;
    --ws-color-focus: #c2410c;
    --ws-color-error: #b91c1c;
    --ws-color-error-surface: #fef2f2;
    --ws-color-ok: #166534;
    --ws-color-ok-surface: #f0fdf4;
    --ws-color-warning-surface: #fffbeb;
    --ws-color-bar: #2171b5;
    --ws-scale-0: #f7fbff;
    --ws-scale-1: #c6dbef;
    --ws-scale-2: #6baed6;
    --ws-scale-3: #2171b5;
    --ws-scale-4: #08306b;
    --ws-color-outline-small: #111827;
    --ws-color-province: #7c2d12;
    --ws-space-1: 0.25rem;
    --ws-space-2: 0.5rem;
    --ws-space-3: 1rem;
    --ws-space-4: 1.5rem;
    --ws-space-5: 2rem;
    --ws-radius: 4px;
    --ws-font-small: 0.875rem;
    --ws-max-width: 80rem;
  }
`;
