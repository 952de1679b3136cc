/**
 * TIMEX3 values as a reader says them, in French or English: "2021-11-24" → "24 novembre 2021",
 * "2021-W48" → "semaine du 29 novembre 2021", "199" → "les années 1990", "2021-11-24TMO" →
 * "24 novembre 2021 (matin)". Month and weekday names come from ICU (Intl), not a word list.
 */
export type ReportLanguage = "fr" | "en";

const PARTS_OF_DAY: Record<string, Record<ReportLanguage, string>> = {
  MO: { fr: "matin", en: "morning" },
  AF: { fr: "après-midi", en: "afternoon" },
  EV: { fr: "soir", en: "evening" },
  NI: { fr: "nuit", en: "night" },
};

const FORMS = { day: { day: "numeric", month: "long", year: "numeric" }, month: { month: "long", year: "numeric" } } as const satisfies Record<string, Intl.DateTimeFormatOptions>;
/** One formatter per language and form, kept: building one costs far more than formatting with it, and a page dates hundreds of articles. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(language: ReportLanguage, form: keyof typeof FORMS): Intl.DateTimeFormat {
  const key = `${language} ${form}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(language === "fr" ? "fr-FR" : "en-GB", { ...FORMS[form], timeZone: "UTC" })));
  return formatter;
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** The Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): Date {
  const januaryFourth = utc(year, 1, 4);
  const monday = new Date(januaryFourth.getTime() - ((januaryFourth.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(monday.getTime() + (week - 1) * 7 * 86_400_000);
}

/** A TIMEX3 date value in words; a value it cannot read is returned as it is. */
export function readableDate(value: string, language: ReportLanguage): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2})|T(MO|AF|EV|NI))?/u.exec(value);
  if (day) {
    const text = format(language, "day").format(utc(Number(day[1]), Number(day[2]), Number(day[3])));
    if (day[4]) return language === "fr" ? `${text} à ${day[4].replace(":", " h ")}` : `${text} at ${day[4]}`;
    if (day[5]) return `${text} (${PARTS_OF_DAY[day[5]]![language]})`;
    return text;
  }
  const week = /^(\d{4})-W(\d{2})$/u.exec(value);
  if (week) {
    const monday = format(language, "day").format(isoWeekMonday(Number(week[1]), Number(week[2])));
    return language === "fr" ? `semaine du ${monday}` : `week of ${monday}`;
  }
  const month = /^(\d{4})-(\d{2})$/u.exec(value);
  if (month) return format(language, "month").format(utc(Number(month[1]), Number(month[2]), 1));
  if (/^\d{4}$/u.test(value)) return value;
  const decade = /^(\d{3})$/u.exec(value);
  if (decade) return language === "fr" ? `les années ${decade[1]}0` : `the ${decade[1]}0s`;
  const century = /^(\d{2})$/u.exec(value);
  if (century) {
    const ordinal = Number(century[1]) + 1;
    return language === "fr" ? `le ${ordinal}e siècle` : `the ${ordinal}${ordinal % 10 === 1 && ordinal !== 11 ? "st" : ordinal % 10 === 2 && ordinal !== 12 ? "nd" : ordinal % 10 === 3 && ordinal !== 13 ? "rd" : "th"} century`;
  }
  return value;
}
