import { describe, expect, it } from "vitest";
import { annotateArticle } from "../../annotate-article.js";
import { makeArticle } from "../../../../test/make-article.js";
import { uncheckedPrefixChars } from "../../../core/word-patterns.js";
import { englishEventLexicon } from "../../lang/en/event-lexicon.js";
import { frenchEventLexicon } from "../../lang/fr/event-lexicon.js";
import { frenchTimeLexicon } from "../../lang/fr/time-lexicon.js";
import { tenseOf } from "../time/detector.js";
import { findEvents } from "./find-events.js";

function events(text: string) {
  const { article } = makeArticle(text, { published: "2024-05-15" });
  const annotated = annotateArticle({ ...article, language: "fr" });
  const nameOf = (id: string | null) => annotated.annotations.entities.find((entity) => entity.id === id)?.name ?? null;
  return annotated.annotations.events.map((event) => ({
    what: `${event.category}/${event.mode}`,
    trigger: event.trigger.text,
    actors: event.actors.map(nameOf),
    targets: event.targets.map(nameOf),
    date: event.date,
    place: nameOf(event.place),
  }));
}

describe("findEvents", () => {
  it("looks for triggers by prefixes whose folding is checked (core/word-patterns.ts)", () => {
    for (const lexicon of [frenchEventLexicon, englishEventLexicon]) expect(uncheckedPrefixChars(lexicon.triggers.map((trigger) => trigger.pattern))).toEqual([]);
  });

  it("codes a signing with its actors, date and place", () => {
    expect(events("La Norvège et le Danemark ont signé mardi à Oslo un accord de défense.")).toEqual([
      { what: "AGREE/sign-agreement", trigger: "signé", actors: ["Norvège", "Danemark"], targets: [], date: "2024-05-14", place: "Oslo" },
    ]);
  });

  it("takes the agents of a passive from after 'par', and the other party of a meeting from after 'avec'", () => {
    const found = events("Jonas Berg s'est rendu lundi à Copenhague. Il a rencontré jeudi Mette Lund. L'accord a été signé par Jonas Berg et Mette Lund.");
    expect(found.map((event) => [event.what, event.actors, event.targets])).toEqual([
      ["CONSULT/visit", ["Jonas Berg"], []],
      // "Il" stands for the person named in the sentence before.
      ["CONSULT/meet", ["Jonas Berg"], ["Mette Lund"]],
      ["AGREE/sign-agreement", ["Jonas Berg", "Mette Lund"], []],
    ]);
    expect(found[0]!.place).toBe("Copenhague");
  });

  it("codes resumed relations, and does not place a background event in the paragraph's scene", () => {
    const found = events("Jonas Berg s'est rendu mardi à Oslo. Les ministres ont évoqué la reprise des relations entre la Norvège et le Danemark en 2019. Ils ont signé mercredi un accord de défense.");
    expect(found.find((event) => event.what === "AGREE/normalize-relations")).toMatchObject({ actors: ["Norvège", "Danemark"], targets: [], date: "2019", place: null });
    expect(found.find((event) => event.what === "CONSULT/visit")).toMatchObject({ date: "2024-05-14", place: "Oslo" });
    expect(found.find((event) => event.what === "AGREE/sign-agreement")).toMatchObject({ date: "2024-05-15", place: "Oslo" });
  });

  it("gives an act done to people with no agent told the security force its sentence sets beside them, and no other group", () => {
    const found = events("Des centaines de gendarmes devant la mairie de Tulle - plus de 50 lycéens interpellés à la sortie des cours.\n\nDes journalistes devant le lycée - trois élèves blessés.");
    expect(found.filter((event) => event.what.startsWith("COERCE") || event.what.startsWith("ASSAULT")).map((event) => [event.trigger, event.actors, event.targets])).toEqual([
      ["interpellés", ["gendarmes"], ["lycéens"]],
      ["blessés", [], ["élèves"]],
    ]);
  });

  it("gives an arrest with no agent told to the authorities the article names, and to no one when it names none", () => {
    const arrest = (text: string) => events(text).find((event) => event.what === "COERCE/arrest")?.actors;
    expect(arrest("Les autorités ont fermé la place mardi. Des témoins affirment qu'un étudiant a été arrêté devant la mairie.")).toEqual(["autorités"]);
    expect(arrest("Des témoins affirment qu'un étudiant a été arrêté devant la mairie.")).toEqual([]);
  });

  it("gives support no one is named giving to the supported one's supporters, when the article names them", () => {
    const text = "Les soutiens de Paul Garnier se réunissent chaque semaine. Les campagnes de solidarité en faveur de Paul Garnier se poursuivent. Les campagnes de solidarité pour Marc Olier aussi.";
    expect(events(text).filter((event) => event.trigger === "solidarité").map((event) => [event.actors, event.targets])).toEqual([
      [["soutiens de Paul Garnier"], ["Paul Garnier"]],
      [[], []],
    ]);
  });

  it("takes a demonym right after a trigger as the one who acts ('les frappes russes', 'l'aide américaine')", () => {
    const found = events("Les frappes russes ont visé Kharkiv mardi. L'aide américaine arrivera jeudi.");
    expect(found.find((event) => event.what === "ASSAULT/attack")).toMatchObject({ actors: ["Russie"] });
    expect(found.find((event) => event.what === "AID/aid")).toMatchObject({ actors: ["États-Unis"] });
  });

  it("needs an agreement word for 'signer': a signed petition is a protest, not an agreement", () => {
    expect(events("Ils ont signé une pétition en ligne.").map((event) => event.what)).toEqual(["PROTEST/demonstrate"]);
  });

  it("codes a phone call before a meeting, a denial and a refusal", () => {
    expect(events("Le président finlandais Sauli Niinistö s'est entretenu au téléphone avec Jonas Berg.").map((event) => event.what)).toEqual(["CONSULT/phone-call"]);
    expect(events("La Suède nie avoir payé. Le Danemark a refusé la proposition de la Suède.").map((event) => [event.what, event.actors])).toEqual([
      ["REJECT/deny", ["Suède"]],
      ["REJECT/refuse", ["Danemark"]],
    ]);
  });

  it("gives an event named as the time of another ('depuis la normalisation') only its own parties and date, not the main clause's", () => {
    const found = events("Jonas Berg s'est rendu mardi à Oslo, sa première visite depuis la normalisation des relations avec le Danemark en 2019.");
    expect(found.find((event) => event.what === "AGREE/normalize-relations")).toMatchObject({ actors: [], targets: ["Danemark"], date: "2019", place: null });
    expect(found.find((event) => event.what === "CONSULT/visit")).toMatchObject({ actors: ["Jonas Berg"], date: "2024-05-14", place: "Oslo" });
    // Nothing dates it after the trigger, and the paragraph's date is the main event's, not its own.
    const undated = events("La Norvège et le Danemark ont signé mardi un accord. Il renforce la coopération entre les deux pays, un an après la normalisation de leurs relations.");
    expect(undated.find((event) => event.what === "AGREE/normalize-relations")).toMatchObject({ actors: ["Norvège", "Danemark"], date: null });
  });

  it("leaves the date after an event named as the time of another to that event, not to the main one", () => {
    const found = events("Mardi, les ministres et leurs nombreux conseillers ont accueilli à Oslo une délégation pour une visite, la première depuis la reprise des relations en 2019.");
    expect(found.find((event) => event.what === "CONSULT/visit")).toMatchObject({ date: "2024-05-14" });
    expect(found.find((event) => event.what === "AGREE/normalize-relations")).toMatchObject({ date: "2019" });
  });

  it("makes a threat or a demand inside a quote with no actor of its own the speaker's, dated when it was said", () => {
    const found = events("Hier mardi, Jonas Berg a parlé lors d'une conférence à Oslo.\n\n« L'usage de la force devrait être sur la table », a déclaré Jonas Berg.");
    expect(found.find((event) => event.what.startsWith("THREATEN"))).toMatchObject({ actors: ["Jonas Berg"], date: "2024-05-14" });
  });

  it("reads a demonym in the subject's words back over an apposition, not into another clause's 'entre'", () => {
    const found = events("Plus récemment, une délégation norvégienne, composée de hauts gradés, avait effectué une visite au Danemark, la première depuis la reprise des relations entre Oslo et Copenhague.");
    expect(found.find((event) => event.what === "CONSULT/visit")).toMatchObject({ actors: ["Norvège"], targets: ["Danemark"] });
  });

  it("gives an agreement in the passive with no agent the sides its sentence names after 'entre'", () => {
    const found = events("Un protocole d'accord a été conclu à l'issue de plusieurs rencontres, visant à encadrer la coopération entre la Norvège et le Danemark.");
    expect(found.find((event) => event.what.startsWith("AGREE"))).toMatchObject({ actors: ["Norvège", "Danemark"], targets: [] });
  });

  describe("each event's date comes from its own clause or sentence (issue 14)", () => {
    const dates = (text: string) => events(text).map((event) => [event.trigger, event.date]);

    it.each([
      // A year or month named in one sentence dates that sentence's events only.
      ["Les ministres ont salué la reprise des relations entre la Norvège et le Danemark en 2019. Jonas Berg a rencontré Mette Lund à Oslo.", [["reprise des relations", "2019"], ["rencontré", null]]],
      ["Jonas Berg s'est rendu en mars 2023 à Oslo. Il a rencontré Mette Lund.", [["s'est rendu", "2023-03"], ["rencontré", null]]],
      // A full date is the paragraph's narrative time: it carries over.
      ["Mardi, Jonas Berg est arrivé à Oslo. Il a rencontré Mette Lund.", [["rencontré", "2024-05-14"]]],
      // Across a paragraph break, only for the protagonist named beside the date, and in the past tense.
      ["Mardi, Jonas Berg est arrivé à Oslo.\n\nMette Lund a rencontré Lars Holm.", [["rencontré", null]]],
      ["Mardi, Jonas Berg est arrivé à Oslo.\n\nIl a rencontré Mette Lund.", [["rencontré", "2024-05-14"]]],
      ["Mardi, Jonas Berg est arrivé à Oslo.\n\nIl rencontre Mette Lund.", [["rencontre", null]]],
      // A month opening its sentence frames what follows; one at the clause's end (above) dates its clause only.
      ["Plus récemment, fin mars dernier, Jonas Berg a visité Oslo. Il a rencontré Mette Lund.", [["visité", "2024-03"], ["rencontré", "2024-03"]]],
      // Nor a bare year or month, nor past a paragraph that names a date of its own.
      ["Jonas Berg s'est rendu en mars 2023 à Oslo.\n\nIl a rencontré Mette Lund.", [["s'est rendu", "2023-03"], ["rencontré", null]]],
      // ", mais" opens a clause with its own time.
      ["Le Danemark avait coopéré avec la Norvège jusqu'en 1999, mais il a rompu les relations avec la Norvège en 2000.", [["coopéré", "1999"], ["rompu", "2000"]]],
      // The trigger's clause first: the other clause's year is its own.
      ["Mardi, Jonas Berg a rencontré Mette Lund à Oslo ; en 2019, il avait visité Copenhague.", [["rencontré", "2024-05-14"], ["visité", "2019"]]],
      // A time inside an event named as the time of another is that event's alone.
      ["Depuis la reprise, l'an dernier, des relations entre les deux pays, Jonas Berg a rencontré Mette Lund.", [["reprise, l'an dernier, des relations", "2023"], ["rencontré", null]]],
    ])("%s", (text, expected) => {
      expect(dates(text)).toEqual(expected);
    });

    it("dates the lead sentence's undated verbs the day of publication, with no span: not its nouns, nor the next sentences, nor a future", () => {
      const lead = (text: string) => {
        const { article } = makeArticle(text, { published: "2024-05-15" });
        return annotateArticle({ ...article, language: "fr" }).annotations.events.map((event) => [event.trigger.text, event.date, event.dateSpan]);
      };
      expect(lead("La police a évacué les manifestants de la place centrale d'Oslo. Jonas Berg a rencontré Mette Lund.")).toEqual([["évacué", "2024-05-15", null], ["rencontré", null, null]]);
      expect(lead("La nouvelle des manifestations à Oslo est accueillie avec joie.")).toEqual([["manifestations", null, null]]);
      expect(lead("Jonas Berg rencontrera Mette Lund à Oslo.")).toEqual([["rencontrera", null, null]]);
    });

    it("carries no neighbour's date into a sentence with a time of its own that an undated article leaves without a year, nor past it", () => {
      const text = "Le 3 mars 2020, la Norvège et le Danemark ont normalisé leurs relations. Mercredi 24 novembre, Jonas Berg a signé un accord avec Mette Lund. Il a ensuite visité Oslo.";
      const { article } = makeArticle(text, { published: null });
      const { annotations } = annotateArticle({ ...article, language: "fr" });
      expect(annotations.events.map((event) => [event.trigger.text, event.date])).toEqual([["normalisé", "2020-03-03"], ["signé", null], ["visité", null]]);
    });

    it("carries a full date only where the sentence's tense allows it, when given the tense", () => {
      const text = "Mardi, Jonas Berg est arrivé à Oslo. Il rencontrera Mette Lund. Il a rencontré Lars Holm.";
      const { article } = makeArticle(text, { published: "2024-05-15" });
      const { annotations } = annotateArticle({ ...article, language: "fr" });
      const context = { sentences: annotations.sentences, entities: annotations.entities, times: annotations.times, published: "2024-05-15" };
      const withTense = findEvents(text, frenchEventLexicon, { ...context, tenseOf: (sentence) => tenseOf(text.slice(sentence.start, sentence.end), frenchTimeLexicon) });
      expect(withTense.map((event) => [event.trigger.text, event.date])).toEqual([["rencontrera", null], ["rencontré", "2024-05-14"]]);
      expect(findEvents(text, frenchEventLexicon, context).map((event) => event.date)).toEqual(["2024-05-14", "2024-05-14"]);
    });
  });
});
