import type { ReferenceYear } from './years.js';

/** What kind of source a figure comes from. */
export type SourceKind = 'table' | 'publication' | 'compilation' | 'import';

/** Where a figure comes from, with its licence and the attribution to show beside it. */
export interface SourceRef {
  /**
   * `table`: a StatLine table; `publication`: a CBS publication without a table; `compilation`: a list compiled
   * from public CBS publications (the herindelingen); `import`: a file loaded with the import command.
   */
  readonly kind: SourceKind;
  /** StatLine table id, e.g. `85755NED`; `null` for sources without one. */
  readonly tableId: string | null;
  /** True when the table id is not written in the file the figures were taken from but read off its content. */
  readonly tableIdInferred: boolean;
  /** Title of the table or publication; for an import, the citation given with it. */
  readonly title: string;
  /** Publisher (`CBS` for the package's own figures; for an import, as stated by whoever imported it). */
  readonly publisher: string;
  /** Licence of the figures, e.g. `CC BY 4.0`; `null` when not known. */
  readonly licence: string | null;
  /** Show this beside the figure, e.g. `Bron: CBS`. */
  readonly attribution: string;
}

/** A province (provincie) with its CBS code, e.g. `{ code: 'PV27', name: 'Noord-Holland' }`. */
export interface Province {
  /** CBS code, `PV20`-`PV31`. */
  readonly code: string;
  /** Name as CBS writes it ("Fryslân"). */
  readonly name: string;
}

/** How a former municipality ended. */
export type MergerKind = 'merger' | 'addition' | 'split';

/** A former municipality that (partly) went into this one. */
export interface FormerMunicipality {
  /** CBS code of the former municipality, e.g. `GM0756`. */
  readonly code: string;
  /** Name of the former municipality. */
  readonly name: string;
  /**
   * Inhabitants of the whole former municipality on the last 1 January before the change, or `null` where
   * the package has no CBS figure (mergers of 2018 and 2019). For a split this is the whole former
   * municipality, of which only a part joined.
   */
  readonly inhabitants: number | null;
  /** Reference date of `inhabitants` (`YYYY-MM-DD`), `null` when unknown. */
  readonly inhabitantsReferenceDate: string | null;
  /** Table of `inhabitants`, `null` when unknown. */
  readonly inhabitantsSource: SourceRef | null;
  /** Date the change took effect (`YYYY-MM-DD`). */
  readonly date: string;
  /** Merger into a new municipality, addition to an existing one, or split. */
  readonly kind: MergerKind;
  /** Where the herindeling comes from: the compiled list of herindelingen. */
  readonly source: SourceRef;
}

/** Share of doelgroepkinderen (percent, 0-100) as loaded from a file by the import command. */
export interface TargetGroupShare {
  /** Percent, 0-100. */
  readonly value: number;
  /** Peildatum of the figure (`YYYY-MM-DD`). */
  readonly referenceDate: string;
  /** The citation given with the import (`title`), with the publisher and licence stated at import time. */
  readonly source: SourceRef;
}

/** How a split municipality was resolved: to the successor that took its seat, by law. */
export interface SplitSeat {
  /** Seat (town hall's place) of the former municipality, e.g. `Haaren`. */
  readonly seat: string;
  /** CBS code of the successor the seat went to (in the boundaries right after the split). */
  readonly code: string;
  /** Name of that successor. */
  readonly name: string;
  /** The law of the split, e.g. `Wet van 8 juli 2020, houdende splitsing van de gemeente Haaren (Stb. 2020, 260)`. */
  readonly law: string;
  /** Where the law is published. */
  readonly url: string;
}

/** What a former code or name was resolved from. */
export interface ResolvedFrom {
  /** Code that was asked for (the former municipality). */
  readonly code: string;
  /** Name of the former municipality that was asked for. */
  readonly name: string;
  /** Date the former municipality ended (`YYYY-MM-DD`). */
  readonly date: string;
  /** How it ended; `split` means several successors. */
  readonly kind: MergerKind;
  /**
   * Every municipality of the requested year that took over (part of) the former one, in code order. A split
   * lists several; the returned municipality is the one that holds the former seat (see `seat`).
   */
  readonly successors: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  /** For a split: the seat, the successor it went to and the law that says so. */
  readonly seat?: SplitSeat;
  /** Where the herindeling comes from: the compiled list of herindelingen. */
  readonly source: SourceRef;
}

/** One municipality (gemeente) in the boundaries of one reference year. */
export interface Municipality {
  /** CBS code, `GM` plus four digits. */
  readonly code: string;
  /** Official name as CBS writes it in the classification used for this year. */
  readonly name: string;
  /** Province, from the same classification as the name. */
  readonly province: Province | null;
  /** Reference year: the municipality as it was on 1 January of this year. */
  readonly year: ReferenceYear;
  /** Inhabitants on `referenceDate`, `null` when unknown. */
  readonly inhabitants: number | null;
  /** Reference date of `inhabitants` (1 January of `year`). */
  readonly referenceDate: string;
  /** Table `inhabitants` comes from. */
  readonly source: SourceRef;
  /** Where code, name and province come from (a "Gebieden in Nederland" table) and its reference date. */
  readonly classification: { readonly referenceDate: string; readonly source: SourceRef };
  /** Municipalities this one was formed from or took in (2018 up to `referenceDate`). */
  readonly mergedFrom: readonly FormerMunicipality[];
  /** Share of doelgroepkinderen; `null` (unknown) unless a CBS file was imported. */
  readonly targetGroupShare: TargetGroupShare | null;
  /** Present when a former code or name was resolved to this municipality. */
  readonly resolvedFrom?: ResolvedFrom;
}

/**
 * How a search query matched: the whole name, its start, the start of a later word, inside the current name,
 * a CBS code, or a name within one or two typing errors.
 */
export type MatchKind = 'exact' | 'prefix' | 'word-prefix' | 'substring' | 'code' | 'typo';

/** One search result. */
export interface SearchHit {
  /** The municipality found (a successor, with `resolvedFrom`, when a former name matched). */
  readonly municipality: Municipality;
  /** The name (official, alias or former) that matched. */
  readonly matchedName: string;
  /** How the query matched `matchedName`. */
  readonly matchKind: MatchKind;
  /** Set when the query matched a former municipality that went into `municipality`. */
  readonly formerName?: string;
}

/** Options of {@link listMunicipalities}. */
export interface YearOptions {
  /** Reference year; defaults to the latest complete year. */
  readonly year?: ReferenceYear;
}

/** Options of {@link searchMunicipalities}. */
export interface SearchOptions extends YearOptions {
  /** Maximum number of hits, 1-400; default 10. */
  readonly limit?: number;
}

/** One source in {@link DatasetInfo}. */
export interface DatasetSource extends SourceRef {
  /** Reference dates (`YYYY-MM-DD`) of the figures taken from this source. */
  readonly referenceDates: readonly string[];
  /** Which figures of the package come from it. */
  readonly usedFor: string;
}

/** Provenance, licence and version of the data. */
export interface DatasetInfo {
  /** Short hash of the generated data; changes whenever a figure changes. Record it with a decision. */
  readonly snapshotId: string;
  /** Reference years held (complete years only). */
  readonly years: readonly number[];
  /** Year used when a call names none. */
  readonly latestYear: number;
  /** Licence of the figures. */
  readonly licence: 'CC BY 4.0';
  /** Text of the licence. */
  readonly licenceUrl: string;
  /** Show this wherever figures are shown. */
  readonly attribution: 'Bron: CBS';
  /** Every source of the figures. */
  readonly sources: readonly DatasetSource[];
  /** What is deliberately left out, e.g. the incomplete 2026 figures. */
  readonly notes: readonly string[];
}
