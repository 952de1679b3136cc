/**
 * `--filter-host`, `--from` and `--to`: which WARC records to read, for every command WARC files
 * go through (`analyze` here, `ingest --queue` for workers). Each value is checked as it is
 * parsed, so commander names the option in its error.
 */
import { type Command, InvalidArgumentError } from "commander";
import { RecoupeError } from "../core/errors.js";
import { checkedWarcFilter, parseDateBound, parseWarcFilter, type WarcFilter } from "../ingest/warc/warc-filter.js";

export interface WarcFilterFlags {
  filterHost?: string[];
  from?: number;
  to?: number;
}

export function addWarcFilterOptions(command: Command): Command {
  return (
    command
      // Not variadic (<host...>): that would swallow the inputs written after it.
      .option("--filter-host <hosts>", "WARC inputs: only records of these hosts and their subdomains (lemonde.fr matches www.lemonde.fr); comma-separated, or repeat the option", collectHosts)
      .option("--from <date>", "WARC inputs: only records captured (WARC-Date) on or after this date (YYYY, YYYY-MM, YYYY-MM-DD or a UTC date-time)", (value: string) => invalidArgument(() => parseDateBound(value, "from")))
      .option("--to <date>", "WARC inputs: only records captured on or before this date (2024-03 includes all of March)", (value: string) => invalidArgument(() => parseDateBound(value, "to")))
  );
}

/** The filter the flags give (empty when none was given); a usage error when its dates leave no record to match. */
export function warcFilterOf(flags: WarcFilterFlags): WarcFilter {
  try {
    return checkedWarcFilter({ ...(flags.filterHost ? { hosts: flags.filterHost } : {}), ...(flags.from !== undefined ? { from: flags.from } : {}), ...(flags.to !== undefined ? { to: flags.to } : {}) });
  } catch (error) {
    throw new RecoupeError("usage", (error as Error).message);
  }
}

function collectHosts(value: string, previous: string[] = []): string[] {
  return [...previous, ...invalidArgument(() => parseWarcFilter({ hosts: [value] }).hosts ?? [])];
}

/** The parsers' reasons, as commander reports bad option values. */
function invalidArgument<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}
