import type { ReactiveControllerHost } from 'lit';
import { ComboboxController } from './controllers/combobox.js';
import { loadChildIndicators, loadSchoolHint } from './domain.js';
import type { ChildIndicators, DataModule, Municipality, SchoolHint, SearchHit } from './domain-types.js';

/** What the municipality choice needs from its host. */
export interface MunicipalityOptions {
  /** The loaded data; null while it loads. */
  data(): DataModule | null;
  /** Called after the visitor chose a municipality (not after a preselection or a restore). */
  onChoose(): void;
  /** Text for the live region after the list of matches changes. */
  announce(count: number): void;
}

/** The former name a lookup resolved from, when a code or name of a merged municipality was given. */
const resolvedName = (m: Municipality): string | null => (m as { resolvedFrom?: { name: string } }).resolvedFrom?.name ?? null;

/**
 * The chosen municipality (step 1): the search combobox, the choice itself with the former name
 * it was found by, the error of the step, the children figures shown beside its figures, and the
 * school hint loaded for municipalities whose share of doelgroepkinderen is unknown.
 */
export class MunicipalityChoice {
  selected: Municipality | null = null;
  formerName: string | null = null;
  error: string | null = null;
  readonly combobox: ComboboxController<SearchHit>;
  private hint: SchoolHint | null = null;
  private hintFor: string | null = null;
  private indicators: ChildIndicators | null = null;
  private indicatorsFor: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: MunicipalityOptions,
  ) {
    this.combobox = new ComboboxController<SearchHit>(host, {
      idPrefix: 'municipality',
      search: (query) => options.data()?.searchMunicipalities(query, { limit: 10 }) ?? [],
      onSelect: (hit) => this.choose(hit.municipality, hit.formerName ?? null),
      onEdit: () => {
        this.selected = null;
        this.formerName = null;
        this.error = null;
      },
      announce: options.announce,
    });
  }

  /** The school hint for the chosen municipality, once loaded. */
  get schoolHint(): SchoolHint | null {
    return this.selected && this.hintFor === this.selected.code ? this.hint : null;
  }

  /** The children figures of the chosen municipality: undefined while they load, null when unknown. */
  get childIndicators(): ChildIndicators | null | undefined {
    return this.selected && this.indicatorsFor === this.selected.code ? this.indicators : undefined;
  }

  choose(municipality: Municipality, formerName: string | null, byVisitor = true): void {
    this.selected = municipality;
    this.loadHint(municipality);
    this.loadIndicators(municipality);
    this.formerName = formerName;
    this.error = null;
    this.combobox.setQuery(municipality.name);
    if (byVisitor) this.options.onChoose();
  }

  /** Chooses by code or name for the host (the `municipality` attribute): starts no draft. */
  preselect(codeOrName: string): void {
    const found = this.options.data()?.getMunicipality(codeOrName);
    if (found) this.choose(found, resolvedName(found), false);
  }

  /** Chooses the municipality of a restored draft (the former name it was found by is not kept). */
  restore(code: string): void {
    const found = this.options.data()?.getMunicipality(code);
    if (found) this.choose(found, this.formerName, false);
  }

  /**
   * On submit of step 1: takes the typed text when no option was picked. False (with the error
   * set) when no municipality is chosen.
   */
  confirm(notFound: string, required: string): boolean {
    const query = this.combobox.query.trim();
    const data = this.options.data();
    if (!this.selected && query && data) {
      const found = data.getMunicipality(query);
      if (found) this.choose(found, resolvedName(found));
    }
    if (this.selected) return true;
    this.error = query ? notFound : required;
    return false;
  }

  clear(): void {
    this.selected = null;
    this.formerName = null;
    this.combobox.setQuery('');
  }

  private loadHint(m: Municipality): void {
    if (m.targetGroupShare !== null || this.hintFor === m.code) return;
    void loadSchoolHint(m.code).then((hint) => {
      this.hint = hint;
      this.hintFor = m.code;
      this.host.requestUpdate();
    });
  }

  private loadIndicators(m: Municipality): void {
    if (this.indicatorsFor === m.code) return;
    void loadChildIndicators(m.code).then((indicators) => {
      // A late answer for a municipality no longer chosen must not stand in for the current one.
      if (this.selected?.code !== m.code) return;
      this.indicators = indicators;
      this.indicatorsFor = m.code;
      this.host.requestUpdate();
    });
  }
}
