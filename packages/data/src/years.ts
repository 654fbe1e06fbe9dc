/** Reference years the package holds, each complete (every municipality, national total equal to CBS's). */
export const referenceYears = [2020, 2021, 2022, 2023, 2024, 2025] as const;

/** A reference year the package holds. */
export type ReferenceYear = (typeof referenceYears)[number];

/** The latest complete reference year, used when no year is given. */
export const latestYear = 2025 satisfies ReferenceYear;
