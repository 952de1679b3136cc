/**
 * The shape of a language's entity lexicon (see fr/entity-lexicon.ts): the cue words no data
 * package provides. Country names, demonyms, capitals, cities and first names come from data
 * packages (see stages/entities/gazetteer.ts); this holds only the grammar around names.
 */
import type { GenericActorLexicon } from "./generic-actor-lexicon.js";

export interface EntityLexicon {
  /** Key of the language in world-countries' `translations` and `demonyms` ("fra"). */
  countryDataKey: string;
  /** Languages of gender-detection-from-name whose first-name lists apply ("fr", "en", …). */
  firstNameLists: readonly string[];
  /** Titles before a person's name ("M.", "Mme", "Dr"). */
  honorifics: readonly string[];
  /** Those of them a woman bears, and a man ("Mrs.", "Mme"; "Mr.", "M."), as written there: a surname after one joins only a full name of that gender. */
  feminineHonorifics?: readonly string[];
  masculineHonorifics?: readonly string[];
  /** Abbreviated positions a sports report writes before a player's name, as written ("RB", "QB"): a title, never a word of the name ("Owls RB Dale Morrow", "DT Sam Ortega"). */
  positionTitles?: readonly string[];
  /** The language capitalises a title before a name ("Prime Minister Costas Karamanlis"), which is then no part of the name; French writes it lowercase, and capitalised words there belong to the name. */
  capitalizedTitles?: boolean;
  /** The language capitalises no common noun inside a sentence, so a word of it capitalised there more than once and never written lowercase is a name ("the Owls", "the Hawks"); French capitalises some ("l'État"). */
  recurringCapitalsAreNames?: boolean;
  /** Nouns of function or office; before or beside a name they make it a person ("ministre", "président"). */
  roleNouns: readonly string[];
  /** Words that may precede a role noun inside a role ("premier", "vice-", "ancien"). */
  roleModifiers: readonly string[];
  /** Words that may follow a role noun inside a role ("délégué", "adjoint", "général"). */
  roleQualifiers: readonly string[];
  /** Prepositions after a role's head introducing where it is held, an institution or (in an apposition) a town ("à": "professeur à l'université", "médecin à Zurich"). */
  roleLocativePrepositions: readonly string[];
  /** How the language makes a role word plural, as [singular ending, plural ending], the first that fits applying ("général" → "généraux"): "les conseillers fédéraux X et Y". */
  pluralEndings: ReadonlyArray<readonly [string, string]>;
  /** Role nouns whose reference is relative to another person ("homologue": the counterpart). */
  relationalRoleNouns: readonly string[];
  /** Nouns that head organisation names ("ministère", "Forces", "Banque", "Group"). */
  organizationHeads: readonly string[];
  /** Lowercase nouns before an organisation's name ("la société Nexa", "la chaîne TV5"). */
  organizationCues: readonly string[];
  /** Lowercase nouns before a place's name, part of it ("synagogue Talmud Torah", "rue de Rivoli"). */
  placeCues: readonly string[];
  /** Those place nouns that name the place itself, not another place in it ("ville", "canton": "la ville de Berne" is Berne). */
  placeKindCues: readonly string[];
  /** Auxiliary verbs, after which a place noun is a participle ("a cité", "a placé"). */
  auxiliaryVerbs: readonly string[];
  /** Lowercase adjectives after a country or region that name a part of it ("romande": "la Suisse romande"). */
  placeQualifiers: readonly string[];
  /** Nouns of a place's parts and surroundings before "du"/"des"/"de la" and a name, which make it a place ("la rive nord du Danube", "la frontière des Pyrénées"). */
  placeRelationNouns: readonly string[];
  /**
   * Determiners before which a lone unknown name is most often a place: a country, region, river,
   * mountain or building ("la Prusse", "le Lötschberg", "les Dardanelles", "du Parthénon"): of the
   * one-word names the French dev sets' gold annotates after them, 9 in 10 are places.
   */
  placeDeterminers: readonly string[];
  /** Plural determiners: before a name of several words, a group, team or band's, not one person's ("les Rangers du Texas"). */
  pluralDeterminers: readonly string[];
  /** Named things of the language's culture no package lists: holidays, eras ("Ramadan", "Noël"). */
  knownMiscellaneous: readonly string[];
  /** Organisations named alone, with nothing around them to say so: news agencies in datelines ("(Havas)"). */
  knownOrganizations: readonly string[];
  /** People named alone by a surname with nothing around it to say so, well known to news ("à Kadhafi"); see well-known-names.ts. */
  knownPeople?: readonly string[];
  /** Capitalised nouns closing a place's name, as English writes them and French news quotes them ("Zuccotti Park", "Tahrir Square"). */
  placeHeadsAfter?: readonly string[];
  /** Capitalised exclamations that open no name ("Wahou", "Merci", "Dieu" of "Mon Dieu", "Ya Rabb"): one or two words each. */
  interjections?: readonly string[];
  /** Nouns before a named product, system or event ("drone", "logiciel", "missile", "accords"). */
  miscellaneousCues: readonly string[];
  /** Nouns of works whose title follows in quotation marks ("le film « … »", "l'album « … »"). */
  workCues: readonly string[];
  /** Capitalised newspaper nouns that name an organisation when they close a name ("The Hollywood Reporter", "Christian Science Monitor"), not a two-word one a first name opens ("Jane Monitor"), as written. */
  closingOrganizationHeads?: readonly string[];
  /**
   * Nouns of posts and videos ("vidéo", "billet", "tweet"): a quotation they title ("une vidéo intitulée « Tripoli, 20 février »")
   * is a caption, no work's name.
   */
  postNouns?: readonly string[];
  /** Nouns of members before "de" + a name, which make it an institution, not a place ("soldats de Nordwehr", "employés de Nexa"). */
  memberNouns: readonly string[];
  /** The bare preposition of origin or belonging ("de", "d'"), after which a lone unknown name is most often a place ("parti d'Alexandrie"). */
  originPrepositions: readonly string[];
  /** Prepositions before a place ("à", "en", "au"). */
  locativePrepositions: readonly string[];
  /** Locative prepositions that name a medium as often as a place ("sur Internet", "sur Gaza"): a lone word of the language after one is no place. */
  mediumPrepositions?: readonly string[];
  /** Particles a surname may open with after a title or honorific ("de": "le général de Gaulle", "M. de Villepin"). */
  nobiliaryParticles: readonly string[];
  /** Titles after which such a particle opens the surname rather than a complement ("général", "comte"; not "directeur de Renault"). */
  particleTitles: readonly string[];
  /** Lowercase nouns after a name that make it an organisation named after a person or a town ("the Obama administration", "the Houston team"). */
  eponymousOrganizationNouns?: readonly string[];
  /** Lowercase words that may join the words of a name ("de", "du", "ben", "al"). */
  nameConnectors: readonly string[];
  /** Determiners and possessives that open a noun phrase ("le", "son"). */
  determiners: readonly string[];
  /** Definite determiners, which refer back to someone or something named ("le", "la"). */
  definiteDeterminers: readonly string[];
  /** Determiners that introduce someone unnamed ("un", "une"). */
  indefiniteDeterminers: readonly string[];
  /** Capitalised words that open sentences and never names by themselves ("Le", "Mais"). */
  functionWords: readonly string[];
  /** Endings of demonyms of towns and regions no package lists ("ois": "les Neuchâtelois"): after a determiner such a lone word is people, not a name. */
  demonymSuffixes: readonly string[];
  /** Nouns that, with a demonym, stand for a country ("la nation marocaine", "la partie israélienne"). */
  countryDescriptionHeads: readonly string[];
  /** Nouns that, with a demonym, stand for the country's capital ("la capitale marocaine"). */
  capitalDescriptionHeads: readonly string[];
  /** Phrases for the last two countries named ("les deux pays", "les deux États"). */
  pairReferences: readonly string[];
  /** Fixed epithets of countries, by ISO 3166 alpha-2 code ("l'État hébreu" → IL). */
  countryEpithets: Readonly<Record<string, string>>;
  /** The language's names of towns where they differ from GeoNames' main name ("Londres"), by GeoNames id: generated data (scripts/build-city-names.ts). */
  cityNames: ReadonlyArray<readonly [number, string]>;
  /** Subdivisions of countries ("Vaud", "Bavière") with their country's ISO 3166-1 code: generated data (scripts/build-region-names.ts). */
  regionNames: ReadonlyArray<readonly [string, string]>;
  /** Abbreviations of the first word of place names, full form first: ["saint", "st"] makes "St-Étienne" Saint-Étienne. */
  placeAbbreviations: ReadonlyArray<readonly [string, string]>;
  /** Other names of countries, by ISO 3166-1 code, that the country data does not give ("Hollande", "Grande-Bretagne"). */
  countryAliases: Readonly<Record<string, string>>;
  /** Regions and continents no country list holds ("Afrique du Nord", "Moyen-Orient"); one written in lowercase ("monde arabe") is found so in running text. */
  regions: readonly string[];
  /** Prepositions after which a capital names a place, not the government seated there ("à Stockholm"). */
  placePrepositions: readonly string[];
  /** Nouns of an act or stance of a state; a capital as their complement stands for its state ("le veto de Moscou", not "la manifestation de Damas"). */
  stateActNouns?: readonly string[];
  /** Nouns of a relation between parties; towns named as its two sides stand for their states ("les relations entre Lisbonne et Brasília"). */
  relationNouns: readonly string[];
  /** Words that open the two sides of a relation ("entre"). */
  betweenWords: readonly string[];
  /** Words that join two coordinated names ("et"). */
  coordinators: readonly string[];
  /** Unnamed groups and institutions that act ("les manifestants", "la police"); without it the language gets no generic actors. */
  genericActors?: GenericActorLexicon;
}
