/**
 * The detectors of time expressions, in priority order (on equal spans the earlier wins).
 * Each is a pattern built from the language lexicon and a resolver that turns a match into
 * a TIMEX3 value against the publication date: a project-written cascade, because
 * chrono-node's French parser misses month–year dates, "fin mars dernier", decades and
 * durations and misreads "25 - 11 - 2021" (../shared/notes/dependencies.md §1).
 */
import { bareMonth, dayMonth, decade, monthDay, monthYear, numericDate, relativeMonth, season, year } from "./absolute-detectors.js";
import { clock, countedFromNow, partOfDay, reference, relativeDay, relativePeriod, weekday, weekend } from "./relative-detectors.js";
import { duration, periodNoun, recurrence } from "./duration-detectors.js";
import type { Detector } from "./detector.js";

export type { Candidate, Detector, DetectorContext } from "./detector.js";

/** In priority order: on equal spans the earlier detector wins. */
export const detectors: readonly Detector[] = [numericDate, dayMonth, monthDay, monthYear, relativeMonth, decade, countedFromNow, relativePeriod, relativeDay, weekday, weekend, season, recurrence, year, duration, periodNoun, bareMonth, partOfDay, clock, reference];

/** Detectors whose day is the day last mentioned in the text, not the publication day. */
export const ANCHORED_ON_LAST_DAY: ReadonlySet<string> = new Set(["clock", "part-of-day"]);
