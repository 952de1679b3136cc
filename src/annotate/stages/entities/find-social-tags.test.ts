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

  it("reads a lowercase hashtag as the place or the name it spells, and a tag closing a person's name as the name's", () => {
    const entities = entitiesOf("Hosni Moubarak refuse de partir. Nadia Kamel explique : #Moubarak doit partir.\nFoule immense ce soir #tahrir #benghazi #jan25\nLa foule écoute le discours de Saif #Gaddafi sur la place Tahrir.");
    const mentionsOf = (name: string) => entities.find((entity) => entity.name === name)?.mentions.map((mention) => mention.text);
    expect(mentionsOf("Hosni Moubarak")).toEqual(["Hosni Moubarak", "Moubarak"]);
    expect(entities.find((entity) => entity.mentions.some((mention) => mention.text === "benghazi"))).toMatchObject({ type: "LOC", name: "Benghazi" });
    expect(entities.find((entity) => entity.mentions.some((mention) => mention.text === "tahrir"))?.name).toBe("place Tahrir");
    expect(entities.find((entity) => entity.name === "Saif #Gaddafi")?.type).toBe("PER");
    expect(entities.some((entity) => entity.mentions.some((mention) => /jan25/iu.test(mention.text)))).toBe(false);
  });

  it("reads a user name written without its « @ » near words of posting as an account, not a code", () => {
    const entities = entitiesOf("Une vidéo mise en ligne sur YouTube par karim1984 montre la foule. Nour77tv commente sous la vidéo.\nLes F16 ont frappé le G20 de la ville. Le covid19 continue pourtant de tuer des centaines de personnes chaque semaine dans les hôpitaux du pays.");
    expect(entities.find((entity) => entity.name === "karim1984")?.type).toBe("PER");
    expect(entities.find((entity) => entity.name === "Nour77tv")?.type).toBe("ORG");
    expect(entities.filter((entity) => ["F16", "G20", "covid19"].includes(entity.name) && entity.type === "PER")).toEqual([]);
  });

  it("reads the word opening a post after its author's handle as a sentence's first word, not a name", () => {
    const entities = entitiesOf("Les réactions affluent.\n@ielsakka Ma réponse au discours de Saif Al-Islam.");
    expect(entities.map((entity) => entity.name)).toEqual(["Saif Al-Islam", "@ielsakka"]);
  });
});

