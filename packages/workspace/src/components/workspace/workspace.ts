import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { shared } from '../../styles/shared.styles.js';
import { LanguageController } from '../../controllers/language.js';
import { SessionController } from '../../controllers/session.js';
import { href, interceptLinks, navigate, onNavigate, type Route, routeOf } from '../../router.js';
import type { ViewElement } from '../view-props.js';
import '../sign-in/sign-in.js';
import '../request-list/request-list.js';
import '../case-view/case-view.js';
import { styles } from './workspace.styles.js';

/**
 * `<npo-workspace>`: the app's shell. It holds the session and the language, shows the header with the
 * menu, and renders the view of the current address; the dashboard loads on first visit.
 */
export class NpoWorkspace extends LitElement {
  static override styles = [tokens, shared, styles];

  private readonly i18n = new LanguageController(this);
  private readonly session = new SessionController(this);
  private route: Route = routeOf(new URL(location.href));
  private flashText: string | null = null;
  /** A flash stays for the one change of view that follows it. */
  private flashFresh = false;
  private dashboardLoaded = false;
  private stops: (() => void)[] = [];
  /** Focus moves to the new view's heading after a change of view, not on the first load. */
  private moveFocus = false;
  private firstView = true;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stops.push(
      interceptLinks(this),
      onNavigate(() => this.follow()),
    );
    this.addEventListener('npo-flash', (event) => {
      this.flashText = (event as CustomEvent<string>).detail;
      this.flashFresh = true;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.stops.splice(0)) stop();
  }

  private follow(): void {
    if (!this.flashFresh) this.flashText = null;
    this.flashFresh = false;
    this.route = routeOf(new URL(location.href));
    this.moveFocus = true;
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    const { state } = this.session;
    // Signed out: every view but the sign-in sends there, and returns after signing in.
    if (state === 'signed-out' && this.route.view !== 'sign-in') {
      const next = location.pathname + location.search;
      navigate(href('sign-in', new URLSearchParams({ next })), { replace: true });
      this.route = routeOf(new URL(location.href));
    }
    if (state === 'signed-in' && this.route.view === 'sign-in') {
      navigate(this.route.next ?? href(''), { replace: true });
      this.route = routeOf(new URL(location.href));
    }
    if (this.route.view === 'dashboard' && !this.dashboardLoaded) {
      this.dashboardLoaded = true;
      void import('../dashboard/dashboard.js');
    }
  }

  protected override async updated(changed: PropertyValues): Promise<void> {
    super.updated(changed);
    const view = this.renderRoot.querySelector<ViewElement>('.view');
    if (!view) return;
    await view.updateComplete;
    const heading = view.heading?.();
    if (heading) document.title = `${heading.textContent?.trim()} - ${this.i18n.messages.appName}`;
    if (this.session.state === 'checking') return;
    if (this.firstView) {
      // The page was just opened: the browser's own start of the tab order stays (skip link first).
      this.firstView = false;
      this.moveFocus = false;
    }
    if (this.moveFocus && heading) {
      this.moveFocus = false;
      heading.focus();
    }
  }

  private async signOut(): Promise<void> {
    this.flashText = null;
    await this.session.signOut();
  }

  private switchLanguage(): void {
    void this.i18n.use(this.i18n.language === 'nl' ? 'en' : 'nl');
  }

  /** The message above the view: a flash from the last action, or why the person is signed out. */
  private notice(): TemplateResult | typeof nothing {
    const t = this.i18n.messages;
    const text =
      this.flashText ??
      (this.route.view === 'sign-in' && this.session.reason === 'signed-out'
        ? t.signedOut
        : this.route.view === 'sign-in' && this.session.reason === 'expired'
          ? t.sessionExpired
          : null);
    return text ? html`<p class="message ok" role="status">${text}</p>` : nothing;
  }

  private view(): TemplateResult {
    const { language, messages: t } = this.i18n;
    const user = this.session.user;
    const route = this.route;
    if (this.session.state === 'checking') return html`<p role="status">${t.loading}</p>`;
    switch (route.view) {
      case 'sign-in':
        return html`<npo-sign-in class="view" .language=${language} .t=${t} .session=${this.session}></npo-sign-in>`;
      case 'list':
        return html`<npo-request-list class="view" .language=${language} .t=${t} .user=${user} .query=${route.query}></npo-request-list>`;
      case 'case':
        return html`<npo-case-view class="view" .language=${language} .t=${t} .user=${user} .requestId=${route.id}></npo-case-view>`;
      case 'dashboard':
        return html`<npo-dashboard class="view" .language=${language} .t=${t} .user=${user} .query=${route.query}></npo-dashboard>`;
      default:
        return html`<div class="view-static">
          <h1 tabindex="-1">${t.notFoundHeading}</h1>
          <p>${t.notFoundText}</p>
          <p><a href=${href('')}>${t.backToList}</a></p>
        </div>`;
    }
  }

  protected override render(): TemplateResult {
    const t = this.i18n.messages;
    const user = this.session.user;
    const view = this.route.view;
    const current = (name: Route['view']) => (view === name ? 'page' : nothing);
    return html`
      <a class="skip-link" href="#main" @click=${this.skip}>${t.skipLink}</a>
      <header>
        <div class="bar">
          <p class="app-name">${t.appName}</p>
          ${user
            ? html`<nav aria-label=${t.mainNav}>
                <ul>
                  <li><a href=${href('')} aria-current=${current('list')}>${t.navRequests}</a></li>
                  <li><a href=${href('overzicht')} aria-current=${current('dashboard')}>${t.navDashboard}</a></li>
                </ul>
              </nav>`
            : nothing}
          <div class="user">
            ${user ? html`<p>${t.signedInAs(user.name, t.roles[user.role])}</p>` : nothing}
            <button type="button" lang=${this.i18n.language === 'nl' ? 'en' : 'nl'} aria-label=${t.languageSwitchLabel} @click=${this.switchLanguage}>
              ${t.languageSwitch}
            </button>
            ${user ? html`<button type="button" @click=${this.signOut}>${t.signOut}</button>` : nothing}
          </div>
        </div>
      </header>
      <main id="main" tabindex="-1">${this.notice()} ${this.view()}</main>
    `;
  }

  /** The skip link's target is inside this shadow root, where a fragment link does not reach. */
  private skip(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }
}

customElements.define('npo-workspace', NpoWorkspace);

declare global {
  interface HTMLElementTagNameMap {
    'npo-workspace': NpoWorkspace;
  }
}
