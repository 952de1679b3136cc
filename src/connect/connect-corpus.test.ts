import { describe, expect, it } from "vitest";
import { annotateArticle } from "../annotate/annotate-article.js";
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { makeArticle } from "../../test/make-article.js";
import { CorpusConnector, findStory } from "./connect-corpus.js";

function annotated(text: string, published: string | null, outlet: string): AnnotatedArticle {
  const { article } = makeArticle(text, { published, outlet, title: text.split(".")[0]! });
  return annotateArticle({ ...article, language: "fr" });
}

const SIGNING = [
  annotated("La Norvège et le Danemark ont signé mardi à Oslo un accord de défense. Le ministre norvégien de la Défense Jonas Berg a rencontré son homologue danoise Mette Lund. « C'est un jour historique », a déclaré Jonas Berg. Les deux pays coopéreront sur la surveillance de la mer du Nord et l'achat de frégates.", "2024-05-15", "Journal A"),
  annotated("Jonas Berg et Mette Lund ont signé mardi à Oslo un accord de défense entre la Norvège et le Danemark. L'accord prévoit une surveillance commune de la mer du Nord et l'achat groupé de frégates. « C'est un jour historique », a déclaré Jonas Berg devant la presse.", "2024-05-14", "Journal B"),
  annotated("Le Danemark et la Norvège ont signé le 13 mai 2024 à Oslo un accord de défense, selon un communiqué. Jonas Berg, ministre norvégien de la Défense, et Mette Lund ont paraphé le texte sur la surveillance de la mer du Nord.", "2024-05-16", "Journal C"),
];
const LATER_CALL = annotated("Jonas Berg s'est entretenu au téléphone avec Mette Lund jeudi. Les deux ministres ont fait le point sur l'accord de défense signé en mai à Oslo entre la Norvège et le Danemark.", "2024-09-20", "Journal D");
const OTHER = annotated("La mairie de Lyon a inauguré mercredi une nouvelle ligne de tramway. Le chantier a duré trois ans et coûté 200 millions d'euros, selon la métropole.", "2024-05-15", "Journal E");

function connect(articles: readonly AnnotatedArticle[]) {
  const connector = new CorpusConnector();
  for (const article of articles) connector.add(article);
  return connector.result();
}

describe("CorpusConnector", () => {
  const all = [...SIGNING, LATER_CALL, OTHER];

  it("groups the reports of one event into a story, keeps a later event apart but related, and an unrelated article alone", () => {
    const { stories } = connect(all);
    const storyOf = (article: AnnotatedArticle) => stories.find((story) => story.articleIds.includes(article.id))!;
    expect(new Set(SIGNING.map((article) => storyOf(article).id)).size).toBe(1);
    expect(storyOf(LATER_CALL).id).not.toBe(storyOf(SIGNING[0]!).id);
    expect(storyOf(LATER_CALL).relatedStories).toContain(storyOf(SIGNING[0]!).id);
    expect(storyOf(OTHER).articleIds).toEqual([OTHER.id]);
  });

  it("does not depend on the order in which articles arrive", () => {
    const forward = connect(all);
    const backward = connect([...all].reverse());
    const shuffled = connect([all[2]!, all[4]!, all[0]!, all[3]!, all[1]!]);
    expect(backward.stories).toEqual(forward.stories);
    expect(shuffled.stories).toEqual(forward.stories);
    expect(backward.entities).toEqual(forward.entities);
  });

  it("puts an undated article in the dated story its yearless day fits, not in the follow-up it also resembles", () => {
    // Undated and close in words and names to both the signing and the later call: without a
    // date it would bridge them into one story.
    const undated = annotated(
      "Jonas Berg et Mette Lund ont signé ce mardi 14 mai à Oslo un accord de défense. Les deux ministres se sont entretenus longuement et feront le point au téléphone. La Norvège et le Danemark coopéreront sur la surveillance de la mer du Nord.",
      null,
      "Journal G",
    );
    expect(undated.annotations.times.map((time) => time.value)).toContain("XXXX-05-14");
    const articles = [...SIGNING, LATER_CALL, undated];
    for (const order of [articles, [...articles].reverse()]) {
      const { stories } = connect(order);
      const storyOf = (article: AnnotatedArticle) => stories.find((story) => story.articleIds.includes(article.id))!;
      expect(storyOf(undated).id).toBe(storyOf(SIGNING[0]!).id);
      expect(storyOf(LATER_CALL).articleIds).toEqual([LATER_CALL.id]);
      expect(storyOf(LATER_CALL).relatedStories).toContain(storyOf(SIGNING[0]!).id);
    }
  });

  it("merges a person's name variants across articles, with the roles each source gives", () => {
    const { entities } = connect(all);
    const berg = entities.filter((entity) => entity.name === "Jonas Berg");
    expect(berg).toHaveLength(1);
    expect(Object.keys(berg[0]!.articles).sort()).toEqual([...SIGNING.map((article) => article.id), LATER_CALL.id].sort());
    expect(berg[0]!.roles.map((role) => role.text)).toContain("ministre norvégien de la Défense");
  });

  it("gives places the knowledge-base identifiers the data packages carry", () => {
    const { entities } = connect(all);
    const byName = (name: string) => entities.find((entity) => entity.name === name)!;
    expect(byName("Oslo").knowledgeBase).toEqual([{ scheme: "geonames", id: "3143244", url: "https://www.geonames.org/3143244" }]);
    expect(byName("Norvège").knowledgeBase).toEqual([expect.objectContaining({ scheme: "iso3166-1", id: "NO" })]);
    expect(byName("Jonas Berg").knowledgeBase).toEqual([]);
  });

  it("merges one town however it is spelt, by its GeoNames id", () => {
    const spellings = [annotated("Le ministre est arrivé mardi à Buenos Aires.", "2024-05-15", "X"), annotated("Le ministre est arrivé mardi à Buenos-Aires.", "2024-05-15", "Y")];
    const towns = connect(spellings).entities.filter((entity) => entity.knowledgeBase.some((id) => id.scheme === "geonames"));
    expect(towns).toHaveLength(1);
    expect(towns[0]!.aliases).toEqual(expect.arrayContaining(["Buenos Aires", "Buenos-Aires"]));
  });

  it("keeps namesakes apart: a lone surname joins a full name only when the corpus has one", () => {
    const surnameOnly = annotated("Selon Holm, la séance a été longue.", "2024-05-16", "Z");
    const namesakes = [annotated("Anna Holm a ouvert la séance.", "2024-05-15", "X"), annotated("Erik Holm a gagné la course.", "2024-05-15", "Y"), surnameOnly];
    const people = connect(namesakes).entities.filter((entity) => entity.type === "PER").map((entity) => entity.name).sort();
    expect(people).toEqual(["Anna Holm", "Erik Holm", "Holm"]);
    const single = connect([namesakes[0]!, surnameOnly]).entities.filter((entity) => entity.type === "PER");
    expect(single.map((entity) => [entity.name, Object.keys(entity.articles).length])).toEqual([["Anna Holm", 2]]);
  });

  it("gives the same result read once, its articles' terms let go, and refuses an article added after", () => {
    const articles = [annotated("Selon Holm, la séance a été longue.", "2024-05-16", "Z"), annotated("Anna Holm a ouvert la séance.", "2024-05-15", "X"), ...SIGNING];
    const connector = new CorpusConnector({ readOnce: true });
    for (const article of articles) connector.add(article);
    expect(connector.result()).toEqual(connect(articles));
    expect(connector.featuresOf(SIGNING[0]!.id)!.leadTerms).toEqual([]);
    expect(() => connector.add(annotated("Erik Holm a gagné la course.", "2024-05-15", "Y"))).toThrow(/added after stories were built/);
  });

  it("gives the same result when read between arrivals as when read once (a surname met before its full name)", () => {
    const surnameFirst = [annotated("Selon Holm, la séance a été longue.", "2024-05-16", "Z"), annotated("Anna Holm a ouvert la séance.", "2024-05-15", "X"), ...SIGNING];
    const connector = new CorpusConnector();
    for (const article of surnameFirst) {
      connector.add(article);
      connector.result();
    }
    expect(connector.result()).toEqual(connect(surnameFirst));
    expect(connector.result().entities.filter((entity) => entity.name.endsWith("Holm")).map((entity) => Object.keys(entity.articles).length)).toEqual([2]);
  });

  it("aligns one event across sources, with a contradicting date, and flags single-source claims", () => {
    const { stories } = connect(SIGNING);
    const signing = stories[0]!.claims.find((claim) => claim.category === "AGREE" && claim.supportedBy.length >= 2)!;
    expect(signing.date).toBe("2024-05-14");
    expect(new Set(signing.supportedBy.map((span) => span.articleId))).toEqual(new Set([SIGNING[0]!.id, SIGNING[1]!.id]));
    expect(signing.contradictedBy).toEqual([expect.objectContaining({ articleId: SIGNING[2]!.id, value: "2024-05-13", slot: "date" })]);
    const quote = stories[0]!.claims.find((claim) => claim.kind === "quote")!;
    expect(quote.supportedBy).toHaveLength(2);
    expect(quote.singleSource).toBe(false);
    expect(stories[0]!.timeline[0]).toMatchObject({ date: "2024-05-14", precision: "day" });
  });

  it("claims an agreement's kind and scope across sources, a different wording as a variant rather than a contradiction", () => {
    const reports = [
      annotated("Jonas Berg et Mette Lund ont signé mardi à Oslo un protocole d'accord de défense. La coopération portera sur le renseignement et la formation des officiers.", "2024-05-14", "Journal A"),
      annotated("La Norvège et le Danemark ont signé mardi à Oslo un protocole d'accord. Jonas Berg a rencontré Mette Lund ; la coopération couvrira le renseignement.", "2024-05-14", "Journal B"),
      annotated("Jonas Berg et Mette Lund ont paraphé mardi à Oslo un accord-cadre de défense, qui prévoit une coopération en matière de formation et de cybersécurité.", "2024-05-15", "Journal C"),
    ];
    const [story] = connect(reports).stories;
    const kind = story!.claims.find((claim) => claim.slot === "instrument")!;
    expect(kind.variants!.map((variant) => [variant.value, new Set(variant.sources.map((span) => span.articleId)).size])).toEqual([
      ["memorandum-of-understanding", 2],
      ["framework-agreement", 1],
    ]);
    expect(kind.contradictedBy).toEqual([]);
    expect(kind.statement).toBe("The agreement is a memorandum of understanding (2); also called framework agreement (1)");
    const scope = story!.claims.find((claim) => claim.slot === "scope")!;
    expect(scope.variants!.map((variant) => variant.value)).toEqual(expect.arrayContaining(["intelligence", "training", "cybersecurity"]));
    expect(new Set(scope.supportedBy.map((span) => span.articleId)).size).toBe(3);
  });

  it("marks a syndicated copy as a near-duplicate", () => {
    const copy = annotated(`${SIGNING[0]!.text} (Avec agences)`, "2024-05-15", "Journal F");
    const { stories } = connect([SIGNING[0]!, copy, OTHER]);
    const story = stories.find((candidate) => candidate.articleIds.includes(copy.id))!;
    expect(story.nearDuplicates).toEqual([[SIGNING[0]!.id, copy.id].sort()]);
  });

  it("lists a hundred copies of one dispatch as one story and 99 pairs, each with the group's first copy, in any order", () => {
    const copies = Array.from({ length: 100 }, (_, index) => annotated(`${SIGNING[0]!.text} (Reprise ${index})`, "2024-05-15", `Journal ${index}`));
    const forward = connect(copies);
    const backward = connect([...copies].reverse());
    expect(forward.stories).toHaveLength(1);
    const first = [...copies.map((article) => article.id)].sort()[0]!;
    expect(forward.stories[0]!.nearDuplicates).toHaveLength(99);
    expect(forward.stories[0]!.nearDuplicates.every(([a]) => a === first)).toBe(true);
    expect(backward.stories).toEqual(forward.stories);
  });

  it("keeps a story's id as articles arrive, and leads an id whose story gained an earlier article to the story now", () => {
    const before = connect([SIGNING[0]!, SIGNING[2]!, LATER_CALL, OTHER]);
    const signingBefore = before.stories.find((story) => story.articleIds.includes(SIGNING[0]!.id))!;
    const otherBefore = before.stories.find((story) => story.articleIds.includes(OTHER.id))!;
    // SIGNING[1] is dated the 14th, a day before the story's first article: the story's first article changes.
    const after = connect(all);
    const signingAfter = after.stories.find((story) => story.articleIds.includes(SIGNING[0]!.id))!;
    expect(after.stories.find((story) => story.articleIds.includes(OTHER.id))!.id).toBe(otherBefore.id);
    expect(signingAfter.id).not.toBe(signingBefore.id);
    expect(findStory(after.stories, signingBefore.id)).toEqual({ story: signingAfter, movedFrom: signingBefore.id });
    expect(findStory(after.stories, signingAfter.id)).toEqual({ story: signingAfter, movedFrom: null });
    expect(findStory(after.stories, "s_0000000000000000")).toBeNull();
  });

  it("cites only the story's own articles; a related story's corroboration is named apart", () => {
    const { stories } = connect(all);
    // The later call's background recalls the signing: corroboration from a related story.
    expect(stories.some((story) => story.claims.some((claim) => claim.relatedSupport.length > 0))).toBe(true);
    for (const story of stories) {
      const own = new Set(story.articleIds);
      for (const claim of story.claims) {
        for (const span of [...claim.supportedBy, ...claim.contradictedBy]) expect(own.has(span.articleId)).toBe(true);
        for (const support of claim.relatedSupport) {
          expect(story.relatedStories).toContain(support.story);
          for (const span of support.sources) expect(own.has(span.articleId)).toBe(false);
        }
      }
    }
  });
});
