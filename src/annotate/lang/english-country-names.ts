/**
 * Countries' English common names ("Egypt", "Syria"), for a language whose press quotes English
 * posts and sources as they were written ("#Egypt", "Free Libya"): alias → ISO 3166 alpha-2.
 * From world-countries, as the gazetteer's own names are.
 */
import { createRequire } from "node:module";
import type { Countries } from "world-countries";

const require = createRequire(import.meta.url);
// The package's ESM entry imports JSON without an import attribute, which Node 20 refuses.
const countries = require("world-countries") as Countries;

export const ENGLISH_COUNTRY_NAMES: Readonly<Record<string, string>> = Object.fromEntries(countries.map((country) => [country.name.common, country.cca2]));
