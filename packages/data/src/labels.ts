/** A text in Dutch and English. */
export interface LocalizedLabel {
  /** Dutch. */
  readonly nl: string;
  /** English. */
  readonly en: string;
}
