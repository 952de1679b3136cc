/** Days between two ISO dates of any precision, a year counting from its middle and a month from its 15th; null when either is missing or no calendar date. */
export function dayDistance(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const day = (value: string) => Date.parse(value.length === 7 ? `${value}-15` : value.length === 4 ? `${value}-07-01` : value.slice(0, 10));
  const distance = Math.abs(day(a) - day(b)) / 86_400_000;
  return Number.isNaN(distance) ? null : distance;
}
