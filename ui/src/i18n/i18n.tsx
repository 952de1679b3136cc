/**
 * The interface's language: the reader's choice if they made one (kept in localStorage), else
 * the first of the browser's languages the table holds, else English. Components read the
 * message table through `useI18n()`; the page's `lang` follows the choice, while text quoted
 * from a story carries the story's own `lang`.
 */
import { createContext, type ComponentChildren } from "preact";
import { useContext, useEffect, useMemo, useState } from "preact/hooks";
import { readableDate } from "../../../src/deliver/readable-date.js";
import { LOCALES, MESSAGES, type Locale, type Messages } from "./messages.js";

const STORAGE_KEY = "recoupe.locale";

/** The first of the reader's languages ("fr-CA", "en-GB", …) the interface speaks. */
export function chooseLocale(languages: readonly string[], saved: string | null): Locale {
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  for (const language of languages) {
    const base = language.toLowerCase().split("-")[0];
    if ((LOCALES as readonly string[]).includes(base ?? "")) return base as Locale;
  }
  return "en";
}

export interface I18n {
  locale: Locale;
  t: Messages;
  setLocale(locale: Locale): void;
  /** A stored date ("2021-11-24", "2021-11-24T08:00:00Z", a TIMEX3 value) in words. */
  date(value: string): string;
  /** A language code ("fr", "en") as a word in the interface's language ("French", « français »), from ICU. */
  language(code: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function savedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage refused (private mode, sandboxed frame): the browser's languages decide
  }
}

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [locale, setLocaleState] = useState<Locale>(() => chooseLocale(navigator.languages ?? [navigator.language], savedLocale()));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: MESSAGES[locale],
      setLocale(next) {
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // not kept across visits; the switch still applies now
        }
        setLocaleState(next);
      },
      // A publication timestamp reads as its day; a TIMEX3 value keeps its week, decade or part of day.
      date: (value) => readableDate(/^\d{4}-\d{2}-\d{2}T\d{2}:/u.test(value) ? value.slice(0, 10) : value, locale),
      language: languageNamer(locale),
    }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * The interface's two languages named by hand: building Intl.DisplayNames loads ICU's language
 * names, 57 ms of a 500-article story page's script for the two words it nearly always needs.
 * Any other code is named by ICU, built on first need.
 */
const OWN_NAMES: Record<Locale, Record<string, string>> = { en: { en: "English", fr: "French" }, fr: { en: "anglais", fr: "français" } };

function languageNamer(locale: Locale): (code: string) => string {
  let names: Intl.DisplayNames | null = null;
  return (code) => {
    const own = OWN_NAMES[locale][code];
    if (own) return own;
    try {
      names ??= new Intl.DisplayNames([locale], { type: "language" });
      return names.of(code) ?? code;
    } catch {
      return code; // not a well-formed language tag: shown as stored
    }
  };
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n() outside <I18nProvider>");
  return i18n;
}

/** The switch in the header: one button per language, the current one pressed. */
export function LocaleSwitch() {
  const { locale, t, setLocale } = useI18n();
  return (
    <div class="locale-switch" role="group" aria-label={t["locale.switch"]}>
      {LOCALES.map((option) => (
        <button type="button" lang={option} aria-pressed={option === locale} onClick={() => setLocale(option)}>
          {option === "fr" ? "Français" : "English"}
        </button>
      ))}
    </div>
  );
}
