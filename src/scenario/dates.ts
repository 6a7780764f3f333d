/**
 * Calendar arithmetic on the scenario's date strings ("2022-11" or "2022-11-28"), without Date:
 * the engine must not read a clock, and months are all the game needs.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

// Rules compare the scenario's few dates thousands of times a game: each is parsed once.
const parsedMonths = new Map<string, number>();

/** Months since year 0, so dates compare and subtract as numbers. */
export function monthIndex(date: string): number {
  let index = parsedMonths.get(date);
  if (index === undefined) {
    const [year, month] = date.split('-').map(Number);
    index = (year ?? 0) * 12 + ((month ?? 1) - 1);
    parsedMonths.set(date, index);
  }
  return index;
}

/** "Nov 2022" for a month index. */
export function monthLabel(index: number): string {
  return `${MONTHS[index % 12]} ${Math.floor(index / 12)}`;
}

/** "28 Nov 2022" or "Nov 2022", for a date string. */
export function dateLabel(date: string): string {
  const day = Number(date.split('-')[2]);
  const month = monthLabel(monthIndex(date));
  return Number.isFinite(day) && day > 0 ? `${day} ${month}` : month;
}
