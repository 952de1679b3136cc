/**
 * The publication day a URL states, as htmldate reads it (its COMPLETE_URL rule): a year, a
 * month and a day in that order, with or without separators ("/2024/03/03/", "-20240118-",
 * "2024-04-08"), and the month written as an English word ("/2019/nov/18/"), as The Guardian,
 * PolitiFact and other CMSs file articles. Year-month-only paths ("/2023/08/") give no day and
 * are left out, as htmldate leaves them to a last resort. Only years from 1995 to next year
 * count: the rest are ids.
 */

export interface UrlDate {
  date: string;
  /**
   * True when the date fills whole path segments ("/2019/11/19/", "/2019-11-19/"), as CMSs file
   * articles; false inside a slug ("…-testimony-2019-11-19/"), which may be the day of the event.
   */
  ownSegments: boolean;
}

/** English month words as URLs spell them, three letters or whole, lower case ("nov", "november"): the month is their position. */
const URL_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
/**
 * "2024/03/03", "2024-3-3" (one separator, repeated), "20240118" (no separator, two digits each)
 * or "2019/nov/18" (a month word between separators).
 */
const URL_DATE = new RegExp(`(?<!\\d)(\\d{4})(?:([/_-])(\\d{1,2})\\2(\\d{1,2})|(\\d{2})(\\d{2})|([/_-])(${MONTH_WORD})\\7(\\d{1,2}))(?!\\d)`, "giu");
const FIRST_WEB_NEWS_YEAR = 1995;

export function dateFromUrl(url: string, today: Date = new Date()): UrlDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const match of path.matchAll(URL_DATE)) {
    const month = match[8] ? URL_MONTHS.indexOf(match[8].slice(0, 3).toLowerCase()) + 1 : Number(match[3] ?? match[5]);
    const [year, day] = [Number(match[1]), Number(match[4] ?? match[6] ?? match[9])];
    if (year < FIRST_WEB_NEWS_YEAR || year > today.getUTCFullYear() + 1) continue;
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue;
    const before = path[match.index - 1];
    const after = path[match.index + match[0].length];
    return {
      date: `${match[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      ownSegments: before === "/" && (after === "/" || after === undefined),
    };
  }
  return null;
}
