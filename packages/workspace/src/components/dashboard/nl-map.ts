import type { Language } from '@npo-gemeenten/core/catalogue';
import { html, LitElement, nothing, type PropertyDeclarations, svg, type TemplateResult } from 'lit';
import { formatCount } from '../../format.js';
import { type WorkspaceMessages, messagesFor } from '../../messages/index.js';
import { tokens } from '../../styles/tokens.js';
import { classOf, countClasses } from './classes.js';
import { mapGeometry, type MapShape, neighbour } from './map-geometry.js';
import { styles } from './nl-map.styles.js';

const arrows: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * `<npo-nl-map>`: every municipality of 2025 coloured by its number of requests, those of at most
 * 40,000 inhabitants outlined, province borders dashed. Each municipality is a link to the list filtered
 * on it; the map is one stop in the tab order, and arrow keys move to the neighbouring municipality.
 * Hover and focus show a tooltip.
 */
export class NpoNlMap extends LitElement {
  static override styles = [tokens, styles];
  static override properties: PropertyDeclarations = {
    counts: { attribute: false },
    small: { attribute: false },
    inhabitants: { attribute: false },
    language: { attribute: false },
    t: { attribute: false },
    hrefFor: { attribute: false },
    current: { state: true },
    showTip: { state: true },
  };

  /** Requests per municipality code. */
  declare counts: ReadonlyMap<string, number>;
  /** Codes of the municipalities of at most 40,000 inhabitants. */
  declare small: ReadonlySet<string>;
  /** Inhabitants per code, for the tooltip. */
  declare inhabitants: ReadonlyMap<string, number>;
  declare language: Language;
  declare t: WorkspaceMessages;
  /** The address of the list filtered on a municipality. */
  declare hrefFor: (code: string) => string;
  /** The municipality with the tab stop, the tooltip and the highlight. */
  declare current: string | null;
  declare showTip: boolean;
  private tipAt: { x: number; y: number } | null = null;

  constructor() {
    super();
    this.counts = new Map();
    this.small = new Set();
    this.inhabitants = new Map();
    this.language = 'nl';
    this.t = messagesFor('nl');
    this.hrefFor = () => '#';
    this.current = null;
    this.showTip = false;
  }

  private label(shape: MapShape): string {
    return this.t.mapTooltip(shape.name, this.counts.get(shape.code) ?? 0);
  }

  private shapeOf(target: EventTarget | null): MapShape | undefined {
    const link = (target as Element | null)?.closest?.('a.municipality');
    const code = link?.getAttribute('data-code');
    return code ? mapGeometry().municipalities.find((s) => s.code === code) : undefined;
  }

  private point(shape: MapShape, event?: PointerEvent): void {
    const wrap = this.renderRoot.querySelector('.wrap')?.getBoundingClientRect();
    const svgBox = this.renderRoot.querySelector('svg')?.getBoundingClientRect();
    if (!wrap || !svgBox) return;
    const { width } = mapGeometry();
    const scale = svgBox.width / width;
    this.tipAt = event
      ? { x: event.clientX - wrap.left, y: event.clientY - wrap.top }
      : { x: svgBox.left - wrap.left + shape.centre[0] * scale, y: svgBox.top - wrap.top + shape.centre[1] * scale };
    this.current = shape.code;
    this.showTip = true;
    this.requestUpdate();
  }

  private onPointer(event: PointerEvent): void {
    const shape = this.shapeOf(event.target);
    if (shape) this.point(shape, event);
  }

  private onFocus(event: FocusEvent): void {
    const shape = this.shapeOf(event.target);
    if (shape) this.point(shape);
  }

  private hide(): void {
    this.showTip = false;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      this.showTip = false;
      return;
    }
    const direction = arrows[event.key];
    const from = this.shapeOf(event.target);
    if (!direction || !from) return;
    event.preventDefault();
    const next = neighbour(mapGeometry().municipalities, from, direction);
    if (!next) return;
    this.current = next.code;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGAElement>(`a[data-code="${next.code}"]`)?.focus());
  }

  protected override updated(): void {
    // The tooltip's place is set through the CSS object model: the page's CSP allows no style attributes.
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip && this.tipAt) tip.style.transform = `translate(${Math.round(this.tipAt.x + 12)}px, ${Math.round(this.tipAt.y + 12)}px)`;
  }

  private legend(classes: ReturnType<typeof countClasses>): TemplateResult {
    const t = this.t;
    const swatch = (content: TemplateResult) => html`<svg viewBox="0 0 24 16" aria-hidden="true">${content}</svg>`;
    return html`<ul class="legend" aria-label=${t.mapLegend}>
      <li>${swatch(svg`<rect class="bin-0" x="1" y="1" width="22" height="14"></rect>`)} ${t.mapLegendNone}</li>
      ${classes.map((c) => html`<li>${swatch(svg`<rect class="bin-${c.index}" x="1" y="1" width="22" height="14"></rect>`)} ${t.mapLegendRange(c.from, c.to)}</li>`)}
      <li>${swatch(svg`<path class="small" d="M2 2H22V14H2Z"></path>`)} ${t.mapSmall}</li>
      <li>${swatch(svg`<path class="province" d="M1 8H23"></path>`)} ${t.mapProvinceBorder}</li>
    </ul>`;
  }

  protected override render(): TemplateResult {
    const geometry = mapGeometry();
    const max = Math.max(0, ...this.counts.values());
    const classes = countClasses(max);
    const current = geometry.municipalities.find((s) => s.code === this.current) ?? geometry.municipalities[0];
    return html`
      <div class="wrap" @pointerleave=${this.hide}>
        <svg
          viewBox="0 0 ${geometry.width} ${geometry.height}"
          role="group"
          aria-label=${this.t.mapLabel}
          @pointerover=${this.onPointer}
          @pointermove=${this.onPointer}
          @focusin=${this.onFocus}
          @focusout=${this.hide}
          @keydown=${this.onKey}
        >
          <g>
            ${geometry.municipalities.map(
              (shape) => svg`<a class="municipality" href=${this.hrefFor(shape.code)} data-code=${shape.code}
                tabindex=${shape === current ? '0' : '-1'} aria-label=${this.label(shape)}>
                <path class="bin-${classOf(this.counts.get(shape.code) ?? 0, classes)}" d=${shape.d}></path></a>`,
            )}
          </g>
          <g class="small" aria-hidden="true">
            ${geometry.municipalities.filter((s) => this.small.has(s.code)).map((s) => svg`<path d=${s.d}></path>`)}
          </g>
          <g class="provinces" aria-hidden="true">${geometry.provinces.map((s) => svg`<path d=${s.d}></path>`)}</g>
          ${this.showTip && current ? svg`<path class="highlight" aria-hidden="true" d=${current.d}></path>` : nothing}
        </svg>
        <div class="tooltip" aria-hidden="true" ?hidden=${!this.showTip || !current}>
          ${current ? this.label(current) : ''}
          ${current && this.inhabitants.get(current.code) !== undefined
            ? html`<br />${this.t.mapInhabitants(formatCount(this.inhabitants.get(current.code)!, this.language))}`
            : nothing}
        </div>
      </div>
      ${this.legend(classes)}
    `;
  }
}

customElements.define('npo-nl-map', NpoNlMap);
