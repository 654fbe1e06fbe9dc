/** The fields of a CBS OData v3 `DataProperties` entry this package uses. */
export interface DataProperty {
  readonly ID: number;
  readonly ParentID: number | null;
  readonly Type: string;
  readonly Key: string;
  readonly Title: string;
}

/** Raised when a table lacks a field the package needs. */
export class MissingFieldError extends Error {
  override readonly name = 'MissingFieldError';
}

/** Key of the topic titled `title` (e.g. 'Inwonertal'), wherever it sits. */
export function topicKey(properties: readonly DataProperty[], title: string, tableId: string): string {
  const found = properties.filter((p) => p.Type === 'Topic' && p.Title === title);
  if (found.length !== 1 || !found[0]) {
    throw new MissingFieldError(
      `${tableId}: expected exactly one field titled "${title}" in DataProperties, found ${found.length}.`,
    );
  }
  return found[0].Key;
}

/** Key of the topic titled `title` (e.g. 'Code') inside the topic group titled `group` (e.g. 'Provincies'). */
export function groupTopicKey(
  properties: readonly DataProperty[],
  group: string,
  title: string,
  tableId: string,
): string {
  const groups = properties.filter((p) => p.Type === 'TopicGroup' && p.Title === group);
  if (groups.length !== 1 || !groups[0]) {
    throw new MissingFieldError(`${tableId}: expected one group titled "${group}" in DataProperties, found ${groups.length}.`);
  }
  const groupId = groups[0].ID;
  const found = properties.filter((p) => p.Type === 'Topic' && p.ParentID === groupId && p.Title === title);
  if (found.length !== 1 || !found[0]) {
    throw new MissingFieldError(`${tableId}: group "${group}" has no field titled "${title}".`);
  }
  return found[0].Key;
}

/** Reads the DataProperties CSV that cbsodataR writes (same columns as the OData JSON). */
export function propertiesFromCsvRows(rows: ReadonlyArray<Readonly<Record<string, string>>>): DataProperty[] {
  return rows.map((row) => ({
    ID: Number(row.ID),
    ParentID: row.ParentID === '' || row.ParentID === undefined ? null : Number(row.ParentID),
    Type: row.Type ?? '',
    Key: row.Key ?? '',
    Title: row.Title ?? '',
  }));
}
