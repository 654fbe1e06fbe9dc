import { html, type TemplateResult } from 'lit';
import { ViewElement } from '../view-props.js';

export class NpoDashboard extends ViewElement {
  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t.dashboardHeading}</h1>`;
  }
}
customElements.define('npo-dashboard', NpoDashboard);
