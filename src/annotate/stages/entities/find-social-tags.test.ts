/** Handles and hashtags through the whole annotation: an account is an entity, a topic label none, a place's hashtag the place. */
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../../../test/make-article.js";
import { annotateArticle } from "../../annotate-article.js";

function entitiesOf(text: string) {
  const { article } = makeArticle(text, { published: "2011-01-27", language: "fr" });
  return annotateArticle(article).annotations.entities.filter((entity) => !entity.generic);
}

describe("handles and hashtags", () => {
  it("makes a handle an account of its own, with its « @ »", () => {
    const entities = entitiesOf("Le blogueur égyptien @Sandmonkey tweete : la police tire sur la foule.\n@Sandmonkey: tout le monde est dans la rue.");
    const account = entities.find((entity) => entity.name === "@Sandmonkey");
    expect(account).toMatchObject({ type: "PER" });
    expect(account?.mentions.map((mention) => mention.text)).toEqual(["@Sandmonkey", "@Sandmonkey"]);
    expect(entities.some((entity) => entity.name === "Sandmonkey")).toBe(false);
  });

  it("gives a handle opening a post to the one person its introduction names, outside quotation marks", () => {
    const entities = entitiesOf("Parmi eux, la blogueuse Amina Haddad. C'est elle qui dit que la police \"fait un coup à la Jonas Berg\" :\n\n@AminaH: Les métros sont arrêtés.\n\nElle ajoute :\n\n@AminaH: la presse est interdite.");
    const owner = entities.find((entity) => entity.mentions.some((mention) => mention.text === "@AminaH"));
    expect(owner?.name).toBe("Amina Haddad");
    expect(owner?.mentions.filter((mention) => mention.text === "@AminaH")).toHaveLength(2);
  });

  it("reads an account named after a medium as an organisation", () => {
    expect(entitiesOf("Selon @MideastMedia, les chars sont entrés dans la ville.").find((entity) => entity.name === "@MideastMedia")?.type).toBe("ORG");
  });

  it("keeps a place's hashtag as the place and drops a topic label", () => {
    const entities = entitiesOf("Des milliers de personnes manifestent au Caire. #Egypt #DictatorsOut #Jan25");
    expect(entities.find((entity) => entity.mentions.some((mention) => mention.text === "Egypt"))?.type).toBe("LOC");
    expect(entities.filter((entity) => /DictatorsOut|Jan25/u.test(entity.name))).toEqual([]);
  });

  it("types a social network as an organisation, never a place", () => {
    expect(entitiesOf("La vidéo a été publiée sur Twitter et sur YouTube mardi.").filter((entity) => ["Twitter", "YouTube"].includes(entity.name)).map((entity) => entity.type)).toEqual(["ORG", "ORG"]);
  });
});
