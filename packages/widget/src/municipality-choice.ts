import type { ReactiveControllerHost } from 'lit';
import { ComboboxController } from './controllers/combobox.js';
import { loadChildFigures, loadSchoolHint } from './domain.js';
import type { ChildFigures, DataModule, Municipality, SchoolHint, SearchHit } from './domain-types.js';

/** What the municipality choice needs from its host. */
export interface MunicipalityOptions {
  /** The loaded data; null while it loads. */
  data(): DataModule | null;
  /** Called after the visitor chose a municipality (not after a preselection or a restore). */
  onChoose(): void;
  /** Text for the live region after the list of matches changes. */
  announce(count: number): void;
}

/** Something loaded for one municipality, by its code. */
interface Loaded<T> {
  code: string;
  value: T;
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
  private hint: Loaded<SchoolHint | null> | undefined;
  private children: Loaded<ChildFigures | null> | undefined;

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
    return this.valueFor(this.hint) ?? null;
  }

  /** The children figures of the chosen municipality: undefined while they load, null when unknown. */
  get childFigures(): ChildFigures | null | undefined {
    return this.valueFor(this.children);
  }

  choose(municipality: Municipality, formerName: string | null, byVisitor = true): void {
    this.selected = municipality;
    if (municipality.targetGroupShare === null) this.loadFor(municipality, this.hint, loadSchoolHint, (hint) => (this.hint = hint));
    this.loadFor(municipality, this.children, loadChildFigures, (children) => (this.children = children));
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

  /** What was loaded, if it was loaded for the chosen municipality. */
  private valueFor<T>(loaded: Loaded<T> | undefined): T | undefined {
    return this.selected && loaded?.code === this.selected.code ? loaded.value : undefined;
  }

  /** Loads something for `m` unless it is in already; a late answer for a municipality no longer chosen is dropped. */
  private loadFor<T>(m: Municipality, current: Loaded<T> | undefined, load: (code: string) => Promise<T>, keep: (loaded: Loaded<T>) => void): void {
    if (current?.code === m.code) return;
    void load(m.code).then((value) => {
      if (this.selected?.code !== m.code) return;
      keep({ code: m.code, value });
      this.host.requestUpdate();
    });
  }
}
