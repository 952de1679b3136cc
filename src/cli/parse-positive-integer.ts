/** Commander option parser for whole positive numbers (counts, seconds). */
import { InvalidArgumentError } from "commander";

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError("expected a positive whole number.");
  return number;
}
