const dayMs = 86_400_000;

/** Monday of the ISO week of a UTC day (`YYYY-MM-DD`), as a time in milliseconds. */
function mondayOf(day: string): number {
  const time = Date.parse(`${day}T00:00:00.000Z`);
  const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday 0 .. Sunday 6
  return time - weekday * dayMs;
}

/** The ISO week (`2025-W07`) that starts on this Monday: the year is the year of its Thursday. */
function weekName(monday: number): string {
  const thursday = new Date(monday + 3 * dayMs);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * dayMs)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** At most this many weeks (ten years) are filled in, counting back from the last. */
const maxWeeks = 520;

/**
 * Counts per day folded into ISO weeks, oldest first, every week from `from` (or the first day
 * counted) to `to` (or the last day counted) present, with 0 where nothing was counted.
 */
export function perIsoWeek(
  perDay: readonly { day: string; count: number }[],
  range: { from?: string; to?: string } = {},
): { week: string; weekStart: string; count: number }[] {
  const first = range.from ?? perDay[0]?.day;
  const last = range.to ?? perDay.at(-1)?.day;
  if (first === undefined || last === undefined || first > last) return [];
  const end = mondayOf(last);
  const start = Math.max(mondayOf(first), end - (maxWeeks - 1) * 7 * dayMs);
  const counts = new Map<number, number>();
  for (const { day, count } of perDay) counts.set(mondayOf(day), (counts.get(mondayOf(day)) ?? 0) + count);
  const weeks = [];
  for (let monday = start; monday <= end; monday += 7 * dayMs) {
    weeks.push({ week: weekName(monday), weekStart: new Date(monday).toISOString().slice(0, 10), count: counts.get(monday) ?? 0 });
  }
  return weeks;
}
