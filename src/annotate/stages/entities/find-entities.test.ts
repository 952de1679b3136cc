import { describe, expect, it } from "vitest";
import { frenchEntityLexicon } from "../../lang/fr/entity-lexicon.js";
import { segmentSentences } from "../sentences.js";
import { findTimeExpressions } from "../time/find-time-expressions.js";
import { findEntities } from "./find-entities.js";

function entities(text: string) {
  const sentences = segmentSentences(text, "fr");
  const times = findTimeExpressions(text, { language: "fr", published: "2024-05-15", sentences });
  return findEntities(text, frenchEntityLexicon, { language: "fr", sentences, times });
}

/** "TYPE name: mention | mention" lines, demonyms and generic actors (find-generic-actors.test.ts) left aside, for compact expectations. */
function summary(text: string): string[] {
  return entities(text)
    .filter((entity) => !entity.generic && entity.mentions.some((mention) => mention.kind !== "demonym"))
    .map((entity) => `${entity.type} ${entity.name}: ${entity.mentions.filter((mention) => mention.kind !== "demonym").map((mention) => mention.text).join(" | ")}`);
}

/** The name mentions' words, in text order of their entities. */
function nameMentions(text: string): string[] {
  return entities(text).flatMap((entity) => entity.mentions.filter((mention) => mention.kind === "name").map((mention) => mention.text));
}

/** "TYPE words" of each name mention. */
function typedNameMentions(text: string): string[] {
  return entities(text).flatMap((entity) => entity.mentions.filter((mention) => mention.kind === "name").map((mention) => `${entity.type} ${mention.text}`));
}

/** Each entity's roles by its name (people only, with `peopleOnly`). */
function rolesOf(text: string, peopleOnly = false): Record<string, string[]> {
  return Object.fromEntries(entities(text).filter((entity) => !peopleOnly || entity.type === "PER").map((entity) => [entity.name, entity.roles.map((role) => role.text)]));
}

describe("findEntities", () => {
  it("types names by honorific, first name, gazetteer, organisation head and product cue, with exact offsets", () => {
    // "Lisbonne" is not in GeoNames' names (it says "Lisbon"): "à" makes it a place.
    const text = "M. Karel Novak a quitté Prague pour vivre à Lisbonne. La Banque centrale européenne a financé le drone Sentinel.";
    const found = entities(text);
    const byName = (name: string) => found.find((entity) => entity.name === name)!;
    expect(byName("Karel Novak").type).toBe("PER");
    const mention = byName("Karel Novak").mentions[0]!;
    expect(text.slice(mention.start, mention.end)).toBe("M. Karel Novak");
    expect(byName("Prague").type).toBe("LOC");
    expect(byName("Lisbonne").type).toBe("LOC");
    expect(byName("Banque centrale européenne").type).toBe("ORG");
    expect(byName("Sentinel").type).toBe("MISC");
  });

  it("joins a surname and an honorific form to the full name given earlier", () => {
    expect(summary("Ingrid Solberg est arrivée mardi. Mme Solberg a salué la presse, puis Solberg est repartie.")).toEqual([
      "PER Ingrid Solberg: Ingrid Solberg | Mme Solberg | Solberg",
    ]);
  });

  it("does not take capitalised sentence openers, lone common words or a month for names", () => {
    expect(summary("Cependant, rien n'a changé. Pourtant la Réforme avance. En mars, la sonde a photographié Mars.")).toEqual(["MISC Mars: Mars"]);
    expect(summary("Le ministre a démissionné. Le porte-parole n'a rien dit.")).toEqual([]);
  });

  it("keeps a country's name inside an organisation's name out of the country", () => {
    expect(summary("Maroc Telecom a publié ses résultats.")).toEqual(["ORG Maroc Telecom: Maroc Telecom"]);
  });

  it("reads an outlet by its head, even glued in camel case, and a person whose surname is a country's English name as the person", () => {
    expect(typedNameMentions("La vidéo a été diffusée par UgaritNews puis reprise par Global Voices et par AlHurra TV.")).toEqual(["ORG UgaritNews", "ORG Global Voices", "ORG AlHurra TV"]);
    expect(typedNameMentions("Hier soir, Michael Jordan a salué le public.")).toEqual(["PER Michael Jordan"]);
  });

  it("gives a person the role beside their name, with the role's country from its demonym", () => {
    const found = entities("La ministre française des Armées Lucie Verdier a rencontré son homologue allemand.");
    const person = found.find((entity) => entity.name === "Lucie Verdier")!;
    expect(person.roles.map((role) => role.text)).toEqual(["ministre française des Armées"]);
    const france = found.find((entity) => entity.id === person.roles[0]!.affiliation)!;
    expect(france.name).toBe("France");
    expect(france.mentions.map((mention) => mention.kind)).toContain("demonym");
  });

  it("links a role standing alone to the one person who holds it, but not an indefinite one", () => {
    expect(summary("Le ministre de l'Intérieur Paul Agostini est arrivé. Le ministre de l'Intérieur a parlé. Un ministre de l'Intérieur étranger l'écoutait.")).toEqual([
      "PER Paul Agostini: Le ministre de l'Intérieur | Paul Agostini | Le ministre de l'Intérieur",
    ]);
  });

  it("resolves epithets, demonym descriptions and the official form of a country's name", () => {
    expect(summary("L'État hébreu a répondu. Le Danemark et le royaume chérifien ont parlé ; la nation marocaine attend. La capitale marocaine était calme.")).toEqual([
      "LOC Israël: L'État hébreu",
      "LOC Danemark: Danemark",
      "LOC Maroc: le royaume chérifien | la nation marocaine",
      "LOC Rabat: La capitale marocaine",
    ]);
    expect(summary("La Norvège a voté. Le royaume a ensuite publié le texte.")).toEqual(["LOC Norvège: Norvège | Le royaume"]);
    expect(summary("Les méthodes en vigueur outre-Rhin inquiètent outre-Manche.")).toEqual(["LOC Allemagne: outre-Rhin", "LOC Royaume-Uni: outre-Manche"]);
  });

  it("marks a capital used as the subject for its state, and not a capital used as a place", () => {
    const found = entities("La Suède a protesté. Stockholm a rappelé son ambassadeur, réuni à Stockholm.");
    const capital = found.find((entity) => entity.name === "Stockholm")!;
    const sweden = found.find((entity) => entity.name === "Suède")!;
    expect(capital.mentions.map((mention) => mention.metonymFor ?? null)).toEqual([sweden.id, null]);
  });

  it("does not take capitalised demonyms (people) for names", () => {
    expect(summary("Les Norvégiens ont voté.")).toEqual([]);
  });

  it("reads a lone unknown name after 'de' as a place, unless members of it precede, and a town that is also a first name as the town", () => {
    expect(summary("Le navire est parti d'Alexandrie mardi.")).toEqual(["LOC Alexandrie: Alexandrie"]);
    expect(summary("Trois soldats de Tsahal sont arrivés mardi.").map((line) => line.split(" ")[0])).not.toContain("LOC");
    expect(summary("La réunion s'est tenue à Berne, puis Zurich a accueilli les délégués.")).toContain("LOC Zurich: Zurich");
  });

  it("marks towns named as the two sides of a relation between states for their states, capitals or not", () => {
    const metonyms = (text: string) => {
      const found = entities(text);
      const nameOf = (id: string | undefined) => found.find((entity) => entity.id === id)?.name ?? null;
      return found.flatMap((entity) => entity.mentions.filter((mention) => mention.kind === "name" && entity.placeKind === "city").map((mention) => `${mention.text} → ${nameOf(mention.metonymFor)}`));
    };
    expect(metonyms("La Turquie et la Grèce discutent. Les relations diplomatiques entre Istanbul et Athens restent tendues.")).toEqual(["Istanbul → Turquie", "Athens → Grèce"]);
    expect(metonyms("Le Pakistan et la Turquie veulent renforcer les liens entre Karachi et Ankara.")).toEqual(["Karachi → Pakistan", "Ankara → Turquie"]);
    // Not a relation, or one state on both sides: the towns are places.
    expect(metonyms("La Turquie et le Pakistan discutent. Le vol entre Istanbul et Karachi a duré six heures.")).toEqual(["Istanbul → null", "Karachi → null"]);
    expect(metonyms("La France a des liens entre Lyon et Marseille.")).toEqual(["Lyon → null", "Marseille → null"]);
  });

  it("reads 'les deux pays' as the last two countries named, and as no one before two are", () => {
    const referencesOf = (text: string) =>
      entities(text)
        .filter((entity) => entity.mentions.some((mention) => mention.kind === "reference"))
        .map((entity) => entity.name)
        .sort();
    expect(referencesOf("La Suède a reçu le ministre. La Norvège et le Danemark ont signé un accord ; les deux pays coopéreront.")).toEqual(["Danemark", "Norvège"]);
    expect(referencesOf("La Norvège a signé un accord ; les deux pays coopéreront.")).toEqual([]);
  });

  it("knows towns by their French names, which GeoNames' main name is not ('Londres', 'Pékin'), the bigger town owning a shared one", () => {
    const found = entities("Le ministre a quitté Londres pour Pékin. La Russie se tait, mais Moscou a démenti. Il fera étape à Vienne.");
    const byName = (name: string) => found.find((entity) => entity.name === name);
    expect(byName("Londres")).toMatchObject({ type: "LOC", placeKind: "city", countryCode: "GB", geonameId: 2643743 });
    expect(byName("Pékin")).toMatchObject({ countryCode: "CN" });
    expect(byName("Vienne")).toMatchObject({ countryCode: "AT" });
    expect(byName("Russie")).toBeDefined();
    expect(byName("Moscou")!.mentions[0]!.metonymFor).toBe(byName("Russie")!.id);
  });

  it("knows countries' subdivisions by their French names, with their country", () => {
    const found = entities("Il a grandi dans le canton de Vaud, a étudié en Bavière puis s'est installé en Californie.");
    const byName = (name: string) => found.find((entity) => entity.name === name);
    expect(byName("Vaud")).toMatchObject({ type: "LOC", placeKind: "region", countryCode: "CH" });
    expect(byName("Bavière")).toMatchObject({ type: "LOC", placeKind: "region", countryCode: "DE" });
    expect(byName("Californie")).toMatchObject({ type: "LOC", placeKind: "region", countryCode: "US" });
  });

  it("ends a name where text without line breaks runs a heading or byline into the next words", () => {
    expect(nameMentions("Un cyclone en Birmanie PARIS, 15 (Havas). — On mande de Londres")).toEqual(["Birmanie", "PARIS", "Havas", "Londres"]);
    expect(nameMentions("CLARA MARC Guy Bovet reçoit chez lui.")).toEqual(["CLARA MARC", "Guy Bovet"]);
    expect(nameMentions("Cyclisme Olano impressionne et prend la tête.")).toEqual(["Olano"]);
    expect(nameMentions("Deux compositeurs, SUTERMEISTER ET BECK, sont joués.")).toEqual(["SUTERMEISTER", "BECK"]);
    // A Roman numeral is no shouted heading.
    expect(nameMentions("Depuis l'avènement de Louis XIII, la cour vit à Paris.")).toEqual(["Louis XIII", "Paris"]);
    // An honorific opens the next name; a capitalised possessive or elision opens the next sentence.
    expect(nameMentions("Défilé Courrèges Mademoiselle Chanel régna.")).toEqual(["Courrèges", "Mademoiselle Chanel"]);
    expect(nameMentions("Combats dans le Banat Nos troupes avancent en Autriche J'ai vu.")).toEqual(["Banat", "Autriche"]);
    // An acronym before a name is part of it.
    expect(nameMentions("Les clients de BNP Paribas ont protesté.")).toEqual(["BNP Paribas"]);
  });

  it("does not take a short unknown word opening a sentence for a name, unless it is capitalised elsewhere", () => {
    expect(summary("Les plans sont prêts. Lo coût sera élevé. Ii a été voté.")).toEqual([]);
    expect(summary("Wu a parlé. Le ministre Wu est reparti.")).toEqual(["PER Wu: Wu | Wu"]);
  });

  it("takes a hyphenated name capitalised after its hyphen for a name, even when its first part is a word ('Mac-Mahon')", () => {
    expect(summary("Le maréchal Mac-Mahon se retire ; le Porte-parole se tait.")).toEqual(["PER Mac-Mahon: Mac-Mahon"]);
  });

  it("does not take a word of the language opening a sentence for a name, even one that is a first name somewhere", () => {
    for (const text of ["Une question de mode ? — Rien, c'est une question de goût.", "Eh bien ! le fonctionnaire est parti.", "Avis aux lecteurs : le journal paraîtra lundi."]) {
      expect(entities(text).filter((entity) => entity.type === "PER")).toEqual([]);
    }
  });

  it("makes one place of a place noun and the name after it: another place ('lac de Genève'), the same one ('ville de Berne'), or a part of it ('Suisse romande')", () => {
    expect(summary("Nous pêchons dans le lac de Genève, puis à Genève.")).toEqual(["LOC lac de Genève: lac de Genève", "LOC Genève: Genève"]);
    expect(summary("Le budget de la ville de Berne augmente, et Berne s'en réjouit.")).toEqual(["LOC Berne: ville de Berne | Berne"]);
    expect(summary("La Suisse romande a voté, pas la Suisse entière.")).toEqual(["LOC Suisse romande: Suisse romande", "LOC Suisse: Suisse"]);
    expect(entities("Les vignes du canton de Vaud.")[0]).toMatchObject({ name: "Vaud", placeKind: "region", countryCode: "CH" });
  });

  it("reads appositions of occupation and office as roles, with the town the office is in kept as a place", () => {
    expect(rolesOf("Anne Roux, maire de Lille, a dit non.")).toEqual({ "Anne Roux": ["maire de Lille"], Lille: [] });
    expect(rolesOf("Jan Kraft, médecin à Zurich, a parlé.")).toEqual({ "Jan Kraft": ["médecin à Zurich"], Zurich: [] });
    expect(rolesOf("M. Paul Ador, conseiller fédéral, reconnaît les services.")).toEqual({ "Paul Ador": ["conseiller fédéral"] });
    expect(rolesOf("Karel Novak, professeur au séminaire de Berne, est venu.")).toMatchObject({ "Karel Novak": ["professeur au séminaire de Berne"] });
    // A name no gazetteer knows closes the apposition's complement, and stays a name of its own.
    expect(rolesOf("Anna Lund, directrice de Nexacorp, a dit non.")).toEqual({ "Anna Lund": ["directrice de Nexacorp"], Nexacorp: [] });
    expect(rolesOf("M. Karl Dorn, directeur du Chemin de fer du Val-Brévin, a parlé.", true)).toEqual({ "Karl Dorn": ["directeur du Chemin de fer du Val-Brévin"] });
    // A capitalised portfolio word is still no name.
    expect(rolesOf("Anna Lund, ministre des Affaires sociales, a dit non.")).toEqual({ "Anna Lund": ["ministre des Affaires sociales"] });
    // Before a name, a town after "à" is the scene, not the office; the verb "a" is no preposition.
    expect(rolesOf("Le ministre à Zurich a reçu Anna Lund.")).toEqual({ Zurich: [], "Anna Lund": [] });
    expect(rolesOf("Le ministre a signé l'accord avec Anna Lund.")).toEqual({ "Anna Lund": [] });
  });

  it("reads plural, compound and coordinated roles, a role after an age, and a nationality before a full name", () => {
    expect(rolesOf("Les conseillers fédéraux Adolf Ogi et Flavio Cotti sont venus ; Jean Meyer et Otto Roth, questeurs, aussi.", true)).toEqual({
      "Adolf Ogi": ["conseillers fédéraux"],
      "Flavio Cotti": [],
      "Jean Meyer": [],
      "Otto Roth": ["questeurs"],
    });
    expect(rolesOf("Alfred Perroset, secrétaire-adjoint, et le lieutenant-général Galizyn.", true)).toEqual({ "Alfred Perroset": ["secrétaire-adjoint"], Galizyn: ["lieutenant-général"] });
    expect(rolesOf("Le compositeur et bassiste Hakim Benali a joué avec Adrian Kern, l'excellent pianiste.", true)).toEqual({
      "Hakim Benali": ["compositeur et bassiste"],
      "Adrian Kern": ["excellent pianiste"],
    });
    expect(rolesOf("Hier, M. Max Vogel, 46 ans, médecin, a été arrêté.", true)).toEqual({ "Max Vogel": ["médecin"] });
    const peschel = entities("Il devance l'Allemand Uwe Peschel.").find((entity) => entity.name === "Uwe Peschel")!;
    expect(peschel.roles.map((role) => [role.text, peschel.type])).toEqual([["Allemand", "PER"]]);
    expect(rolesOf("Le général en chef Radetzky reçoit M. Paul Roth, conseiller d'Etat, et M. Henri Bolli, ancien conseiller aux Etats.", true)).toEqual({
      Radetzky: ["général en chef"],
      "Paul Roth": ["conseiller d'Etat"],
      "Henri Bolli": ["ancien conseiller aux Etats"],
    });
    expect(rolesOf("M. Jan Magne, le fils du ministre, a parlé.", true)).toEqual({ "Jan Magne": ["fils du ministre"] });
    expect(rolesOf("L'ingénieur rural, M. Otto Wey, a fait le plan.", true)).toEqual({ "Otto Wey": ["ingénieur rural"] });
    // A town that is no first name ends before a full name: the role's scene, not part of the name.
    expect(summary("Le ministre à Oslo Karel Novak a signé.")).toEqual(["LOC Oslo: Oslo", "PER Karel Novak: Karel Novak"]);
    // A person's title before a known holiday is no person ("le père Noël").
    expect(entities("Le père Noël arrive.").map((entity) => entity.type)).toEqual(["MISC"]);
    // A plural role is no description of the one minister named before.
    const ministers = entities("Le ministre des Affaires étrangères Karel Novak est arrivé. Les ministres des Affaires étrangères se sont réunis.");
    expect(ministers.find((entity) => entity.name === "Karel Novak")!.mentions.map((mention) => mention.text)).toEqual(["Le ministre des Affaires étrangères", "Karel Novak"]);
  });

  it("does not take a full name after a product cue and a preposition for a product", () => {
    expect(summary("Le ministre a signé l'accord avec Anna Lund.")).toEqual(["PER Anna Lund: Anna Lund"]);
    expect(summary("Le logiciel espion Orkan a été vendu.")).toEqual(["MISC Orkan: Orkan"]);
    // A cue in the sentence before is no cue: "guerre. Moltke" is a man.
    expect(entities("Il parla de la guerre. Moltke répondit.").map((entity) => `${entity.type} ${entity.name}`)).toEqual(["PER Moltke"]);
  });

  it("takes a title right before a name for a person's, whatever town bears the name, and a particle after a title as the surname's", () => {
    expect(summary("Le discours du président Wilson a plu.")).toEqual(["PER Wilson: Wilson"]);
    expect(summary("On apprit que le général de Gaulle allait revenir, puis M. de Villepin.")).toEqual(["PER de Gaulle: de Gaulle", "PER de Villepin: M. de Villepin"]);
    // An office's complement is not a surname: "de Renault" is the company.
    expect(summary("Le directeur de Renault a parlé.")).toEqual(["ORG Renault: Renault"]);
    expect(summary("Le directeur général de Renault a parlé.")).toEqual(["ORG Renault: Renault"]);
    // "comté" (a county) is a place noun, "comte" (a count) a title.
    expect(summary("Il vit dans le comté de Kerry, chez le comte Leudaste.")).toEqual(["LOC comté de Kerry: comté de Kerry", "PER Leudaste: Leudaste"]);
  });

  it("reads a dispatch's dateline as its town, and lets a preposition type a name that only the default typed elsewhere", () => {
    expect(summary("Un accident mortel Rorschach, 15 septembre. Un homme est tombé.")[0]).toBe("LOC Rorschach: Rorschach");
    expect(summary("Liestal, 7 (ATS). L'assemblée a voté.")[0]).toBe("LOC Liestal: Liestal");
    // An age is no date.
    expect(summary("Novak, 62 ans, a parlé.").filter((line) => line.startsWith("LOC"))).toEqual([]);
    expect(summary("Les troupes ont pris Bazias, Kovi et Semlin. Des armes ont été trouvées à Semlin.")).toContain("LOC Semlin: Semlin | Semlin");
    // Without its comma, at a sentence's start and right before a date.
    expect(summary("ALLEMAGNE. Rastadt 21 août. La députation est partie.")).toContain("LOC Rastadt: Rastadt");
    expect(summary("Durand 21 ans plus tard a parlé.")).toEqual(["PER Durand: Durand"]);
  });

  it("reads a name right after a whole role phrase as its holder, not after a complement or a place's noun", () => {
    expect(typedNameMentions("Le pasteur évangélique Lincoln a prêché.")).toEqual(["PER Lincoln"]);
    expect(rolesOf("Le lieutenant-général prince Orlovin est arrivé.")).toEqual({ Orlovin: ["lieutenant-général prince"] });
    // The name after a complement is the complement's: a band, a quarter.
    expect(typedNameMentions("Il joue avec le chanteur du groupe Lincoln depuis.")).toEqual(["ORG Lincoln"]);
    expect(typedNameMentions("Il a vu le commissaire de police du quartier Saint-Jean hier.")).toEqual(["LOC quartier Saint-Jean"]);
  });

  it("reads initials standing as their own sentence as the writer's signature, and an honorific chained before another", () => {
    expect(typedNameMentions("La réforme attendra encore longtemps. G. P.")).toEqual(["PER G. P."]);
    expect(typedNameMentions("La réforme attendra. J. B. (A suivre.)")).toEqual(["PER J. B."]);
    // Glued, they are an abbreviation.
    expect(typedNameMentions("Il a pris la route. U.S. Route 18 est longue.").filter((line) => line.startsWith("PER"))).toEqual([]);
    // Initials opening a full name are the name's.
    expect(typedNameMentions("La réforme attendra. J. B. Roth a parlé.")).toEqual(["PER J. B. Roth"]);
    expect(typedNameMentions("Il y avait M. le Dr Fritz Kessel, et le Dr Roth.")).toEqual(["PER M. le Dr Fritz Kessel", "PER Dr Roth"]);
    expect(typedNameMentions("Cette semaine, Sa Majesté Gustave VII a ouvert la session.")).toEqual(["PER Majesté Gustave VII"]);
    // A particle after an initial opens the surname.
    expect(typedNameMentions("Ont voté : F. de Rabourg et S. de Vlamerck.")).toEqual(["PER F. de Rabourg", "PER S. de Vlamerck"]);
    // A word ranked in a results list is a competitor's surname; the same word elsewhere is the word.
    expect(typedNameMentions("Classement : 126. Paradis à 16'22 \". 137. Bonheur (Ital).")).toEqual(["PER Paradis", "PER Bonheur", "LOC Ital"]);
    expect(typedNameMentions("Il a vu le paradis. Paradis perdu, dit-il.")).toEqual([]);
  });

  it("cuts a place said twice (a heading, then its dateline) and OCR's lone capital after a shouted place", () => {
    expect(typedNameMentions("Le procès de Berne Berne, 15 septembre. Il a dit non.")).toEqual(["LOC Berne", "LOC Berne"]);
    expect(typedNameMentions("ESPAGNE. MADRID I juin. Le chef est parti.")).toContain("LOC MADRID");
    // A name that says a word twice, and a letter in a car's model, stay whole.
    expect(typedNameMentions("Il écoute Duran Duran.")).toEqual(["PER Duran Duran"]);
  });

  it("keeps 'de l'' between two capitalised parts of a name, not an elided article before a verb", () => {
    expect(typedNameMentions("Hier, les Usines de l'Aluminium de Chippis ont fermé.")).toEqual(["ORG Usines de l'Aluminium de Chippis"]);
    expect(typedNameMentions("Le Conseil fédéral l'avait dit.")).toEqual(["ORG Conseil fédéral"]);
  });

  it("reads capitalised titles without a name as no name, and glued hyphenated words as words", () => {
    expect(typedNameMentions("Il a négocié avec le Premier Consul, puis avec le Premier Ministre.")).toEqual([]);
    // Without a determiner, words of the language can be a person's name.
    expect(typedNameMentions("Les idées d'Auguste Comte ont compté.")).toEqual(["PER Auguste Comte"]);
    // OCR split a surname: the lowercase rest, no word, ends it; a word after a name does not.
    expect(typedNameMentions("Il parle de M. Dis raeli, avec Walter ttehberg.")).toEqual(["PER M. Dis raeli", "PER Walter ttehberg"]);
    expect(typedNameMentions("Il parle de M. Roth demain.")).toEqual(["PER M. Roth"]);
    // OCR lost the hyphen of "celle-ci".
    expect(typedNameMentions("La frontière s'ouvrira. Celleci se fera en trois étapes, et Celleci durera.")).toEqual([]);
  });

  it("reads a lone unknown name after a determiner as a place, people taking none", () => {
    expect(typedNameMentions("Les troupes ont franchi le Korvasch et longé les Vérandelles jusqu'au Mont-Brévin.")).toEqual(["LOC Korvasch", "LOC Vérandelles", "LOC Mont-Brévin"]);
    expect(typedNameMentions("Les troupes ont vu Korvasch hier.")).toEqual(["PER Korvasch"]);
  });

  it("types the names no evidence types by the list they stand in", () => {
    expect(typedNameMentions("Les troupes sont entrées à Moldava, Brazias, Kovi, Pancevo et Mitrovitza.")).toEqual(["LOC Moldava", "LOC Brazias", "LOC Kovi", "LOC Pancevo", "LOC Mitrovitza"]);
    // One member known for a place, in a list of three.
    expect(typedNameMentions("Groupe A (Frauenfeld, Wienfelden, Bischofsrell) : Autriche.")).toContain("LOC Bischofsrell");
    // A mixed list decides nothing, and two members are no pattern.
    expect(typedNameMentions("Il a vu Anna Lund, Berne et Kovi.")).toContain("PER Kovi");
    expect(typedNameMentions("Il a vu Kervagnou et Berne.")).toContain("PER Kervagnou");
  });

  it("reads a town whose name is a word as the town in a list of places, abbreviated saints, and other names of countries", () => {
    expect(summary("Des cercles à Lyon, St-Etienne, Toulouse, Bordeaux et Limoges.")).toEqual(["LOC Lyon: Lyon", "LOC St-Etienne: St-Etienne", "LOC Toulouse: Toulouse", "LOC Bordeaux: Bordeaux", "LOC Limoges: Limoges"]);
    // Alone, the word is the word.
    expect(summary("Il a bu un Bordeaux rouge.")).toEqual([]);
    expect(entities("La Grande-Bretagne et la Hollande ont signé.").map((entity) => [entity.name, entity.countryCode])).toEqual([["Royaume-Uni", "GB"], ["Pays-Bas", "NL"]]);
  });

  it("reads a name after a noun of a place's parts or surroundings as a place ('la rive nord du Danube')", () => {
    expect(summary("Les troupes tiennent la rive nord du Vardar et la frontière des Karavanke, au pied de la Jalovec.")).toEqual([
      "LOC Vardar: Vardar",
      "LOC Karavanke: Karavanke",
      "LOC Jalovec: Jalovec",
    ]);
  });

  it("reads a small town's name as the town when nothing else types it, never over a person's evidence", () => {
    const found = entities("Une famille habitant Moudon a trouvé le colis ; M. Romont l'a rapporté à Payerne.");
    expect(found.map((entity) => [entity.type, entity.name, entity.countryCode])).toEqual([
      ["LOC", "Moudon", "CH"],
      ["PER", "Romont", null],
      ["LOC", "Payerne", "CH"],
    ]);
  });

  it("reads a title in quotation marks after the noun of its work as one name, and a quotation without one as no name", () => {
    expect(summary("Il a vu le film « Le Siècle de Louis XIV » et le roman intitulé « Vol de nuit » à Lyon.")).toEqual([
      "MISC Le Siècle de Louis XIV: Le Siècle de Louis XIV",
      "MISC Vol de nuit: Vol de nuit",
      "LOC Lyon: Lyon",
    ]);
    expect(summary("« Nous partirons demain », a dit Karel Novak.")).toEqual(["PER Karel Novak: Karel Novak"]);
    expect(summary("On joua son Deuxième Concerto, puis la cantate « Lauda Sion ».")).toEqual(["MISC Deuxième Concerto: Deuxième Concerto", "MISC Lauda Sion: Lauda Sion"]);
  });

  it("reads a quotation holding nothing but a name as a title, unless an organisation's or place's noun or a plural determiner comes before", () => {
    expect(typedNameMentions("On mande de Tokio au « Daily Courier » que le traité est signé, selon l'« Echo de Varenne ».")).toEqual([
      "LOC Tokio",
      "MISC Daily Courier",
      "MISC Echo de Varenne",
    ]);
    const kept = typedNameMentions("Il a rejoint le groupe « Nexwave » et les « Verts de Brévillers ».");
    expect(kept.map((line) => line.split(" ").slice(1).join(" "))).toEqual(["Nexwave", "Verts de Brévillers"]);
    expect(kept.filter((line) => line.startsWith("MISC"))).toEqual([]);
    // Words after the name make it speech or a phrase, not a title.
    expect(typedNameMentions("Il a dit « Anna Lund viendra demain ».")).toEqual(["PER Anna Lund"]);
    // A title capitalised the French way, its article and first noun only; not speech opening with a place or a title.
    expect(typedNameMentions("On l'a vue dans « La Nuit des morts-vivants » puis dans « Le Trône de fer ».")).toEqual(["MISC La Nuit des morts-vivants", "MISC Le Trône de fer"]);
    expect(typedNameMentions("Il a dit : « La France ne cédera pas » et « Le Président viendra ».").filter((line) => line.startsWith("MISC"))).toEqual([]);
  });

  it("does not take a regional demonym after a determiner for a name", () => {
    expect(summary("À 66 ans, ce Neuchâtelois a une belle carrière ; les Brémois applaudissent.")).toEqual([]);
    // Nor a compound ending on a demonym.
    expect(typedNameMentions("Le bétail que les Austro-Allemands ont emporté, et un Nord-Coréen.")).toEqual([]);
  });

  it("reads an abbreviated honorific whose period OCR misread ('M, Kellogg'), not a spelled-out one before a comma", () => {
    expect(summary("Le prix est attribué à M, Frank Kellogg et à MM ; Otto Roth.")).toEqual(["PER Frank Kellogg: M, Frank Kellogg", "PER Otto Roth: MM ; Otto Roth"]);
    expect(summary("Les sujets de Dona Maria saluent l'escadre de don Miguel.")).toEqual(["PER Maria: Dona Maria", "PER Miguel: Miguel"]);
  });

  it("keeps initials and a capitalised elision inside a person's name", () => {
    expect(summary("Il remplace M. F. Honegger ; chez J. J. Burgdorfer on en parle.")).toEqual(["PER F. Honegger: M. F. Honegger", "PER J. J. Burgdorfer: J. J. Burgdorfer"]);
    expect(summary("Le conseil comprendra MM. Emile L'Eplattenier et Otto Dardel.")).toEqual(["PER Emile L'Eplattenier: MM. Emile L'Eplattenier", "PER Otto Dardel: Otto Dardel"]);
  });

  it("types institutions by their head noun, an adjective following ('Académie française', 'Chambres fédérales')", () => {
    expect(summary("L'Académie française a décidé ; les Chambres fédérales ont suivi.")).toEqual(["ORG Académie française: Académie française", "ORG Chambres fédérales: Chambres fédérales"]);
  });

  it("reads an organisation's name on in lowercase, adjectives and 'de …' complements after its head", () => {
    expect(summary("La Société suisse des imprimeurs a écrit à l'Union des entreprises suisses de transport.")).toEqual([
      "ORG Société suisse des imprimeurs: Société suisse des imprimeurs",
      "ORG Union des entreprises suisses de transport: Union des entreprises suisses de transport",
    ]);
    expect(summary("Les Forces de défense nationales ont tiré sur le Parti de la liberté.")).toEqual([
      "ORG Forces de défense nationales: Forces de défense nationales",
      "ORG Parti de la liberté: Parti de la liberté",
    ]);
    expect(summary("L'Action nationale a rejoint l'Entente cordiale.")).toEqual(["ORG Action nationale: Action nationale", "ORG Entente cordiale: Entente cordiale"]);
    expect(summary("Il quitte le Stade de Reims pour le FC Lugano.")).toEqual(["ORG Stade de Reims: Stade de Reims", "ORG FC Lugano: FC Lugano"]);
    expect(summary("Élu à la Royal Society, il signe chez Columbia Records.")).toEqual(["ORG Royal Society: Royal Society", "ORG Columbia Records: Columbia Records"]);
    // The world's biggest companies are known by name, a town's name stays the town's.
    expect(summary("Le moteur, conçu par Volkswagen, a été vendu à Exxon, puis à Orange.")).toEqual(["ORG Volkswagen: Volkswagen", "ORG Exxon: Exxon", "LOC Orange: Orange"]);
    // Articles are no first names, and a particle keeps a team's name whole before a town that is one ("Cleveland").
    expect(summary("Il rejoint les Cavaliers de Cleveland.")).toEqual(["ORG Cavaliers de Cleveland: Cavaliers de Cleveland"]);
    // After a plural determiner, a name of several words is a team's or a band's, not a person's.
    expect(entities("Il a joué aux Pistons de Détroit puis chez les Rangers du Texas, fan des Rolling Stones.").filter((entity) => entity.mentions.some((mention) => mention.kind === "name")).map((entity) => `${entity.type} ${entity.name}`)).toEqual([
      "ORG Pistons de Détroit",
      "ORG Rangers du Texas",
      "ORG Rolling Stones",
    ]);
    // A determiner ends the name: "de la ville" is the sentence's.
    expect(summary("Le Conseil communal de la ville a voté.")).toEqual(["ORG Conseil communal: Conseil communal"]);
  });

  it("cuts a lowercase word glued to a name by a hyphen, keeping particles between capitalised parts", () => {
    expect(nameMentions("Non, la France-affirme Karel Novak-n'a pas d'idée.")).toEqual(["France", "Karel Novak"]);
    expect(nameMentions("Il a vécu à Aix-en-Provence, à Saint-Pierre-et-Miquelon et à Neuilly-sur-Seine.")).toEqual(["Aix-en-Provence", "Saint-Pierre-et-Miquelon", "Neuilly-sur-Seine"]);
  });

  it("cuts two places joined by a hyphen, not a place's own compound name or a compound first name", () => {
    expect(typedNameMentions("La finale France-Brésil se joue après l'étape Lyon-Grenoble.")).toEqual(["LOC France", "LOC Brésil", "LOC Lyon", "LOC Grenoble"]);
    expect(typedNameMentions("La Bosnie-Herzégovine accueille Marie-France Dupont.")).toEqual(["LOC Bosnie-Herzégovine", "PER Marie-France Dupont"]);
    // A first name that is no place opens a compound name; a town and another name make one surname.
    expect(typedNameMentions("Anne-France Roth vit en Nouvelle-Angleterre avec Samuel Baud-Bovy.")).toEqual(["PER Anne-France Roth", "LOC Nouvelle-Angleterre", "PER Samuel Baud-Bovy"]);
  });

  it("keeps a capitalised article inside a surname after a first name or a particle ('Marine Le Pen', 'Jean de La Fontaine')", () => {
    expect(summary("Marine Le Pen a cité Jean de La Fontaine ; la Marine nationale a défilé.")).toEqual([
      "PER Marine Le Pen: Marine Le Pen",
      "PER Jean de La Fontaine: Jean de La Fontaine",
      "ORG Marine nationale: Marine nationale",
    ]);
  });

  it("reads a name in parentheses after a person's as where they are from, a country's abbreviation as the country", () => {
    const found = entities("Ont voté : Anna Lindqvist (Brévillers), Jonas Berg (Esp) et Pedro Alves (UDC).");
    const typeOf = (name: string) => found.find((entity) => entity.name === name)?.type;
    expect(typeOf("Brévillers")).toBe("LOC");
    const countryWritten = (abbreviation: string) => found.find((entity) => entity.mentions.some((mention) => mention.text === abbreviation))?.countryCode;
    expect(countryWritten("Esp")).toBe("ES");
    // A party's acronym is no place, even one an official name has the initials of ("Union des Comores").
    expect(typeOf("UDC")).toBe("ORG");
    // Not after a person: a dateline's agency, which is also a word of the language.
    expect(summary("PARIS, 15 (Havas). Le traité est signé.")).toEqual(["LOC PARIS: PARIS", "ORG Havas: Havas"]);
    // Results going on inside the parentheses, and an abbreviation that is also a word of the language ("dan").
    const results = entities('1. Jonas Berg (Ital, bonif. 12 "). 2. Karl Moller (Dan) à 47 ".');
    expect(results.filter((entity) => entity.type === "LOC").map((entity) => entity.countryCode)).toEqual(["IT", "DK"]);
  });

  it("ends a name before the verb of a post's introduction that the word list lacks ('X tweete :')", () => {
    expect(nameMentions("Le blogueur Abir Kopty tweete :\n\nNous écrivons une lettre.")).toEqual(["Abir Kopty"]);
    expect(nameMentions("Hamedemofidi blogue :\n\nUn officier est entré.")).toContain("Hamedemofidi");
    // OCR's split surname, ended by a comma, still joins the name.
    expect(nameMentions("Il a vu M. Walter ttehberg, hier.")).toEqual(["M. Walter ttehberg"]);
  });

  it("reads no exclamation as a name, and the name after one as usual", () => {
    expect(typedNameMentions("Merci la Tunisie pour votre exemple. YA RABB! (Mon Dieu !) Hmmm, oui. Wahou – une photo. Que Dieu veille sur Tripoli.")).toEqual([
      "LOC Tunisie",
      "LOC Tripoli",
    ]);
  });

  it("types the organisations and people world news names alone, over a town's name and a preposition", () => {
    expect(typedNameMentions("Le Hamas accuse Al-Qaida. C'est qu'Obama parle. On le reproche à Assad. Elle est bénévole pour la Croix Rouge.")).toEqual([
      "ORG Hamas",
      "ORG Al-Qaida",
      "PER Obama",
      "PER Assad",
      "ORG Croix Rouge",
    ]);
  });

  it("cuts an outlet's name from its journalist's, who holds the role before both", () => {
    expect(summary("Le reporter de CNN Ivan Watson est à Antalya. L'éditeur du site Foreign Policy Blake Hounshell commente.")).toEqual([
      "ORG CNN: CNN",
      "PER Ivan Watson: Ivan Watson",
      "LOC Antalya: Antalya",
      "PER Blake Hounshell: L'éditeur du site | Blake Hounshell",
      "ORG Foreign Policy: Foreign Policy",
    ]);
    // A full name whose first words are first names or particles stays whole.
    expect(nameMentions("Saif Al Islam Al Kadhafi a parlé.")).toEqual(["Saif Al Islam Al Kadhafi"]);
  });

  it("reads an organisation cue across its noun complement ('la chaîne de télévision X')", () => {
    expect(typedNameMentions("La chaîne de télévision Addounia ment. La télé Orient News aussi.")).toEqual(["ORG Addounia", "ORG Orient News"]);
  });

  it("names a known organisation with its lowercase words, and an organ of it with it", () => {
    expect(typedNameMentions("Les Nations unies ont voté. Le Conseil de sécurité des Nations unies a adopté les sanctions. Le veto au CS de l'ONU.")).toEqual([
      "ORG Nations unies",
      "ORG Conseil de sécurité des Nations unies",
      "ORG CS de l'ONU",
    ]);
  });

  it("keeps a capitalised title word that is also a first name in the name ('le journaliste Sultan Al Qassemi')", () => {
    expect(nameMentions("Il a été traduit par le journaliste Sultan Al Qassemi.")).toEqual(["Sultan Al Qassemi"]);
  });

  it("types a name with a place's noun closing it in English or opening it capitalised as a place, not a person named so", () => {
    expect(typedNameMentions("Ils ont quitté Zuccotti Park. La manif reprend au milieu du Souk Arabi. Grace Park chante.")).toEqual([
      "LOC Zuccotti Park",
      "LOC Souk Arabi",
      "PER Grace Park",
    ]);
  });

  it("joins a lone name typed by no evidence to the place named with its noun", () => {
    expect(summary("Les manifestants de la place Tahrir chantent. Tahrir est pleine.")).toEqual(["LOC place Tahrir: place Tahrir | Tahrir"]);
  });

  it("goes on with a lowercase Arabic particle glued to the next part of a name", () => {
    expect(nameMentions("Le président Bachar al-Assad a parlé. Omar el-Béchir est arrivé au pouvoir.")).toEqual(["Bachar al-Assad", "Omar el-Béchir"]);
  });

  it("reads an English name French news quotes with its lowercase words, and a centre's name as an organisation's", () => {
    expect(typedNameMentions('Une traduction par Alive in Egypt. Elle dirige le centre "Access to Knowledge for Development Center".')).toEqual([
      "ORG Alive in Egypt",
      "ORG Access to Knowledge for Development Center",
    ]);
  });

  it("finds no name inside a web address", () => {
    expect(nameMentions("Un portrait de Nabil Karam http://t.co/LKmEHDj et yfrog.com/Gz25tQ à Paris.")).toEqual(["Nabil Karam", "Paris"]);
  });

  it("types a town's name after a medium's noun as the medium", () => {
    expect(typedNameMentions("Les victimes ont été identifiées par l'agence de presse Ma'an. Des étudiants de Ma'an manifestent.")).toEqual(["ORG Ma'an", "LOC Ma'an"]);
  });

  it("types a name after a group's noun and a platform's name as an organisation", () => {
    expect(typedNameMentions("Photo du groupe Facebook syrien Syrian Days of Rage. Le compte Free Homs tweete chaque jour.")).toEqual(["ORG Facebook", "ORG Syrian Days of Rage", "ORG Free Homs"]);
  });

  it("reads the name after a side prefix, without it", () => {
    expect(typedNameMentions("Les manifestants Pro-Saleh défilent, les militants anti-Kadhafi aussi.")).toEqual(["PER Saleh", "PER Kadhafi"]);
  });

  it("reads a video's or a post's quoted title as its caption, no name, and a novel's as a work", () => {
    expect(typedNameMentions("La vidéo suivante est intitulée « Avec vous au marché du vendredi ». Il a lu le roman intitulé « Le Carnet d'or ».")).toEqual(["MISC Le Carnet d'or"]);
  });

  it("types a campaign's quoted name as a named event, and a video game's quoted title as a work", () => {
    expect(typedNameMentions("Elle anime la campagne « Homs est dans nos coeurs » depuis mai. Il joue au jeu vidéo « Lost Odyssey ».")).toEqual(["MISC Homs est dans nos coeurs", "MISC Lost Odyssey"]);
  });

  it("types a page's name in capitals ending on a medium's head as an organisation", () => {
    expect(typedNameMentions("Une vidéo mise en ligne par TUNISIEINFOS montre des tirs. La NASA a publié les images.")).toEqual(["ORG TUNISIEINFOS", "ORG NASA"]);
  });

  it("reads a word after a plus or an equals sign as opening a phrase of its own", () => {
    expect(nameMentions("Syrie + Révolution + Sang – Pétrole = Veto")).toEqual(["Syrie"]);
  });

  it("joins a lone first name the fallbacks would read as a place to the person named in full", () => {
    const text = "Les Égyptiens ont cherché Nabil Haddad partout. Voici des déclarations de Nabil Haddad.\nNabil: Ils voulaient des noms.\nUne déclaration de Nabil : non. Les mots de Nabil : oui. L'émotion de Nabil est grande.";
    expect(summary(text)).toContainEqual("PER Nabil Haddad: Nabil Haddad | Nabil Haddad | Nabil | Nabil | Nabil | Nabil");
  });

  it("reads a caption's noun and its « de » before a name apart from it, and a town closed by the noun of its kind as the town", () => {
    expect(typedNameMentions("Quinze personnes ont péri.\nBombardement de Gaza Ville par les chasseurs. Un raid sur Gaza-Ville a tué deux hommes. Le match Lyon-Grenoble est reporté.")).toEqual([
      "LOC Gaza Ville",
      "LOC Gaza-Ville",
      "LOC Lyon",
      "LOC Grenoble",
    ]);
  });
});

