/**
 * The season convention, as data. Astronomical seasons with fixed dates (the solstices and equinoxes
 * move by a day from year to year; news does not). Both ends are inclusive. Winter starts in December
 * of its year and ends in March of the next year: "l'hiver 2024" is 2024-12-21..2025-03-19.
 * Summer's last day and autumn's first day are both 09-22, as the convention was given to us.
 */
export const SEASONS = Object.freeze({
  spring: Object.freeze({ start: '03-20', end: '06-20', endsNextYear: false }),
  summer: Object.freeze({ start: '06-21', end: '09-22', endsNextYear: false }),
  autumn: Object.freeze({ start: '09-22', end: '12-20', endsNextYear: false }),
  winter: Object.freeze({ start: '12-21', end: '03-19', endsNextYear: true }),
});

export type SeasonName = keyof typeof SEASONS;
