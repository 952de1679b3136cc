import { InvalidArgumentError } from "commander";

export function parseLimit(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError("expected a whole number ≥ 0.");
  return parsed;
}
