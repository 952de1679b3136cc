/**
 * Which WARC records to read, as news-please's CC-NEWS users ask: by host (a site and its
 * subdomains) and by capture date (WARC-Date). Values are checked when given, with errors that
 * say what is accepted.
 */
export interface WarcFilter {
  /** Hosts in lower case (punycode); a record matches its host or any subdomain of it. */
  hosts?: string[];
  /** Inclusive lower bound, epoch milliseconds. */
  from?: number;
  /** Exclusive upper bound, epoch milliseconds: the end of the day, month or year given. */
  to?: number;
}

/** What a user gives to select records, as text: the CLI's options, an upload's query parameters. */
export interface WarcFilterValues {
  /** Host names, each possibly a comma-separated list ("lemonde.fr,zeit.de"). */
  hosts?: readonly string[];
  from?: string;
  to?: string;
}

/** How the bounds are named to the user in an error ("--from", or "from" for a query parameter). */
export interface BoundNames {
  from: string;
  to: string;
}

/**
 * The one reading of a filter for every way WARC files arrive (analyze, ingest --queue, serve
 * uploads): hosts normalised, bounds parsed, and refused when they leave no record to match.
 */
export function parseWarcFilter(values: WarcFilterValues, names: BoundNames = { from: "--from", to: "--to" }): WarcFilter {
  const hosts = (values.hosts ?? []).flatMap((list) => list.split(",")).filter((host) => host.trim() !== "");
  if (values.hosts && values.hosts.length > 0 && hosts.length === 0) throw new Error("give at least one host, such as lemonde.fr.");
  const from = values.from === undefined ? undefined : parseDateBound(values.from, "from");
  const to = values.to === undefined ? undefined : parseDateBound(values.to, "to");
  return checkedWarcFilter({ ...(hosts.length > 0 ? { hosts: hosts.map(parseFilterHost) } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }, names);
}

/** A filter whose parts were parsed one by one (as commander parses options), refused when its dates leave no record to match. */
export function checkedWarcFilter(filter: WarcFilter, names: BoundNames = { from: "--from", to: "--to" }): WarcFilter {
  if (filter.from !== undefined && filter.to !== undefined && filter.from >= filter.to) throw new Error(`${names.from} is after ${names.to}: no record can match; swap them.`);
  return filter;
}

/** A host given on the command line ("lemonde.fr", ".lemonde.fr", "https://www.lemonde.fr/"), normalised; throws a one-line reason when it is not one. */
export function parseFilterHost(value: string): string {
  const text = value.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//u, "").replace(/\/$/u, "").replace(/^\*?\./u, "");
  const invalid = () => new Error(`"${value}" is not a host name; give one such as lemonde.fr (its subdomains match too).`);
  if (!/^[^\s/?#@:]+$/u.test(text)) throw invalid();
  try {
    // URL gives the punycode form, as it does for the records' target URIs.
    return new URL(`http://${text}`).hostname.replace(/\.$/u, "");
  } catch {
    throw invalid();
  }
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/u;

/**
 * A bound of `--from`/`--to`: a year, month, day or UTC date-time. `--from` starts the period
 * given, `--to` ends it (2024-03 runs to the end of March), so both are inclusive.
 */
export function parseDateBound(value: string, bound: "from" | "to"): number {
  const match = DATE_PATTERN.exec(value.trim());
  const invalid = () => new Error(`"${value}" is not a date; give YYYY, YYYY-MM, YYYY-MM-DD or a date-time such as 2024-03-01T12:00:00Z.`);
  if (!match) throw invalid();
  const [, year, month, day, hour] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) throw invalid();
  if (hour) {
    const time = Date.parse(match[7] ? value.trim() : `${value.trim()}Z`);
    if (Number.isNaN(time)) throw invalid();
    // A date-time is an instant, included at either end.
    return bound === "from" ? time : time + 1;
  }
  const start = Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1);
  if (day && new Date(start).getUTCDate() !== Number(day)) throw invalid();
  if (bound === "from") return start;
  const end = new Date(start);
  if (day) end.setUTCDate(end.getUTCDate() + 1);
  else if (month) end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return end.getTime();
}

export function hostMatches(url: string, hosts: string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/\.$/u, "");
  } catch {
    return false;
  }
  return hosts.some((wanted) => host === wanted || host.endsWith(`.${wanted}`));
}

/** Whether a capture time (epoch ms, NaN when the record's date is unreadable) falls within the filter's dates. */
export function dateMatches(time: number, filter: WarcFilter): boolean {
  if (filter.from === undefined && filter.to === undefined) return true;
  if (Number.isNaN(time)) return false;
  return (filter.from === undefined || time >= filter.from) && (filter.to === undefined || time < filter.to);
}
