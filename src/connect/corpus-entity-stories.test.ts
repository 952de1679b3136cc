import { describe, expect, it } from "vitest";
import { annotateArticle } from "../annotate/annotate-article.js";
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { makeArticle } from "../../test/make-article.js";
import { CorpusEntityIndex } from "./corpus-entities.js";
import { blendOf } from "./corpus-entity-names.js";
import { givenNamesAgree } from "./corpus-entity-stories.js";

function annotated(text: string): AnnotatedArticle {
  const { article } = makeArticle(text, { published: "2009-02-02", outlet: "Test" });
  return annotateArticle({ ...article, language: "en" });
}

function corpus(articles: readonly AnnotatedArticle[], stories: ReadonlyArray<readonly AnnotatedArticle[]> = []) {
  const index = new CorpusEntityIndex();
  for (const article of articles) index.add(article);
  return index.entities(stories.map((story) => story.map((article) => article.id)));
}

/** The corpus entity holding a mention with this exact text in this article. */
function entityOf(entities: ReturnType<typeof corpus>, article: AnnotatedArticle, text: string) {
  const local = article.annotations.entities.find((entity) => entity.mentions.some((mention) => mention.text === text));
  if (!local) throw new Error(`no mention "${text}" in: ${article.text}`);
  return entities.find((entity) => entity.articles[article.id] === local.id || entity.otherArticleEntities?.[article.id]?.includes(local.id));
}

const BOXING = [
  annotated("Heavyweight champion Wladimir Klitschko stopped Tony Thompson in the sixth round in Hamburg on Saturday."),
  annotated("Thompson, 40, said after the fight that he would not retire."),
];
const COUNCIL = [annotated("Councilwoman Sarah Thompson voted against the budget in Boston on Monday.")];
const REHAB = [
  annotated("Actress Lindsay Lohan left a Malibu rehab clinic on Friday. Lohan is due in court next month, her lawyer said."),
  annotated("Troubled starlet LiLo left the Malibu clinic on Friday, a spokesman said. LiLo is due in court next month."),
];
const COACH = [
  annotated("Coach Mo Cheeks was fired by the Philadelphia 76ers on Saturday."),
  annotated("The 76ers fired head coach Maurice Cheeks on Saturday after a 9-14 start in Philadelphia."),
];
const SHOOTING = [
  annotated("Kathina Thomas, 10, was shot dead in Albany on Monday, the police said."),
  annotated("Relatives said Kathina loved school, her aunt told reporters in Albany."),
];
const ARREST = [
  annotated("The California Highway Patrol arrested the receiver on Tuesday in San Diego."),
  annotated("CHP officers said the receiver failed a sobriety test in San Diego on Tuesday."),
];
const PIRATES = [
  annotated("The frigate INS Sukanya fought off pirates in the Gulf of Aden on Saturday."),
  annotated("Indian Naval Ship Sukanya escorted the merchant vessels to Salalah on Sunday."),
];
const ALL = [...BOXING, ...COUNCIL, ...REHAB, ...COACH, ...SHOOTING, ...ARREST, ...PIRATES];
const STORIES = [BOXING, COUNCIL, REHAB, COACH, SHOOTING, ARREST, PIRATES];

describe("CorpusEntityIndex with stories", () => {
  const alone = corpus(ALL);
  const storied = corpus(ALL, STORIES);

  it("reads a surname two people of the corpus share as the one its story names", () => {
    expect(entityOf(alone, BOXING[1]!, "Thompson")).not.toBe(entityOf(alone, BOXING[0]!, "Tony Thompson"));
    expect(entityOf(storied, BOXING[1]!, "Thompson")?.name).toBe("Tony Thompson");
    expect(entityOf(storied, COUNCIL[0]!, "Sarah Thompson")).not.toBe(entityOf(storied, BOXING[0]!, "Tony Thompson"));
  });

  it("reads a blended nickname and a first name alone as the one person their story names so", () => {
    expect(entityOf(alone, REHAB[1]!, "LiLo")?.name).toBe("LiLo");
    expect(entityOf(storied, REHAB[1]!, "LiLo")?.name).toBe("Lindsay Lohan");
    expect(entityOf(storied, SHOOTING[1]!, "Kathina")?.name).toBe("Kathina Thomas");
  });

  it("reads an acronym as the one name of its story it is the initials of", () => {
    expect(entityOf(alone, ARREST[1]!, "CHP")).not.toBe(entityOf(alone, ARREST[0]!, "California Highway Patrol"));
    expect(entityOf(storied, ARREST[1]!, "CHP")).toBe(entityOf(storied, ARREST[0]!, "California Highway Patrol"));
  });

  it("joins a name opening with an acronym to the one spelling it out, stories or not", () => {
    expect(entityOf(alone, PIRATES[0]!, "INS Sukanya")).toBe(entityOf(alone, PIRATES[1]!, "Indian Naval Ship Sukanya"));
  });

  it("reads a surname after an honorific as the one person its story names in full, where two stories name two bearers", () => {
    const death = [annotated("Katie Jenkin, 21, was found dead in Bangor on Friday, police said."), annotated("Friends said Miss Jenkin had been at a party in Bangor on Thursday night.")];
    const teacher = [annotated("Mary Jenkin retired from the Leeds music school on Monday."), annotated("Pupils said Miss Jenkin taught piano in Leeds for forty years, her family said on Monday.")];
    const entities = corpus([...death, ...teacher], [death, teacher]);
    expect(entityOf(entities, death[1]!, "Miss Jenkin")).toBe(entityOf(entities, death[0]!, "Katie Jenkin"));
    expect(entityOf(entities, teacher[1]!, "Miss Jenkin")).toBe(entityOf(entities, teacher[0]!, "Mary Jenkin"));
    expect(entityOf(entities, teacher[1]!, "Miss Jenkin")).not.toBe(entityOf(entities, death[0]!, "Katie Jenkin"));
  });

  it("reads a town's name as a person's surname in the person's story, unless the article says it as a place", () => {
    const arrest = [
      annotated("Chargers receiver Vincent Jackson was arrested in San Diego on Tuesday."),
      annotated("The Chargers will not discipline Jackson at this time, the team said on Wednesday."),
      annotated("The receiver grew up in Jackson, Mississippi, where he played high school football."),
    ];
    const entities = corpus(arrest, [arrest]);
    expect(entityOf(entities, arrest[1]!, "Jackson")).toBe(entityOf(entities, arrest[0]!, "Vincent Jackson"));
    expect(entityOf(entities, arrest[2]!, "Jackson")).not.toBe(entityOf(entities, arrest[0]!, "Vincent Jackson"));
  });

  it("reads a one-word name as one bearer across its story: where one article resolved it, the others follow", () => {
    const fight = annotated("Tony Thompson lost to Wladimir Klitschko in Hamburg on Saturday.");
    const vow = { ...annotated("Thompson said in Hamburg on Sunday that he would fight again."), title: "Tony Thompson vows to fight on" };
    const wife = annotated("His wife Sarah Thompson watched from the ringside in Hamburg on Saturday.");
    const cut = annotated("Thompson was cut above the eye, doctors in Hamburg said on Sunday.");
    const without = corpus([fight, wife, cut], [[fight, wife, cut]]);
    expect(entityOf(without, cut, "Thompson")?.name).toBe("Thompson");
    const entities = corpus([fight, vow, wife, cut], [[fight, vow, wife, cut]]);
    expect(entityOf(entities, vow, "Thompson")?.name).toBe("Tony Thompson");
    expect(entityOf(entities, cut, "Thompson")?.name).toBe("Tony Thompson");
  });

  it("reads a school's name said as a place as the one team its story names after it, a listed town's name not", () => {
    const season = [
      annotated("The Creighton Bluejays beat Drake 71-64 on Saturday. Creighton led by ten points at half-time."),
      annotated("Creighton won again on Tuesday, the coach told reporters."),
      annotated("Doug McDermott said on Wednesday that he was returning to Creighton for his senior year."),
    ];
    const entities = corpus(season, [season]);
    const team = entityOf(entities, season[0]!, "Creighton Bluejays");
    expect(entityOf(entities, season[1]!, "Creighton")).toBe(team);
    expect(entityOf(entities, season[2]!, "Creighton")).toBe(team);
  });

  it("reads a town its article never says as a place as the one team of its story named after it", () => {
    const game = [
      annotated("The Indianapolis Colts beat the Baltimore Ravens 24-7 on Sunday."),
      annotated("Indianapolis scored twice in the fourth quarter to win on Sunday."),
      annotated("Fans celebrated in Indianapolis late on Sunday night."),
    ];
    const paper = [annotated("The New York Times reported the deal on Monday."), annotated("New York will pay for the new stadium, the mayor said on Monday.")];
    const entities = corpus([...game, ...paper], [game, paper]);
    expect(entityOf(entities, game[1]!, "Indianapolis")).toBe(entityOf(entities, game[0]!, "Indianapolis Colts"));
    expect(entityOf(entities, game[2]!, "Indianapolis")).not.toBe(entityOf(entities, game[0]!, "Indianapolis Colts"));
    expect(entityOf(entities, paper[1]!, "New York")).not.toBe(entityOf(entities, paper[0]!, "New York Times"));
  });

  it("joins a short form of a given name to the full one inside a story", () => {
    expect(entityOf(storied, COACH[0]!, "Mo Cheeks")).toBe(entityOf(storied, COACH[1]!, "Maurice Cheeks"));
  });

  it("keeps a blend, a surname or a short form apart where the story names no one, or two, it could be", () => {
    const elsewhere = annotated("Troubled starlet LiLo left the clinic in Malibu on Friday, a spokesman said.");
    const chris = [
      annotated("Chris Smith and Christopher Smith testified in Denver on Monday."),
      annotated("Christine Smith, a neighbour, told the court in Denver what she saw."),
    ];
    const entities = corpus([...ALL, elsewhere, ...chris], [...STORIES, [elsewhere], chris]);
    expect(entityOf(entities, elsewhere, "LiLo")?.name).toBe("LiLo");
    expect(entityOf(entities, chris[1]!, "Christine Smith")).not.toBe(entityOf(entities, chris[0]!, "Christopher Smith"));
    expect(entityOf(entities, chris[0]!, "Chris Smith")).not.toBe(entityOf(entities, chris[0]!, "Christopher Smith"));
  });

  it("gives the same entities whatever the order of arrival", () => {
    const index = new CorpusEntityIndex();
    for (const article of [...ALL].reverse()) index.add(article);
    expect(index.entities([...STORIES].reverse().map((story) => story.map((article) => article.id).reverse()))).toEqual(storied);
  });
});

describe("givenNamesAgree", () => {
  it("accepts short forms, starts and one-letter misspellings of long names", () => {
    for (const [a, b] of [["mo", "maurice"], ["katie", "kathryn"], ["betty", "bettie"], ["bill", "william"], ["fred", "frederick"], ["jermayne", "jerymayne"]] as const) expect(givenNamesAgree(a, b), `${a} ${b}`).toBe(true);
  });
  it("refuses different names, short look-alikes and a name with itself", () => {
    for (const [a, b] of [["dan", "don"], ["christine", "christopher"], ["mo", "mark"], ["al", "alice"], ["anna", "anna"]] as const) expect(givenNamesAgree(a, b), `${a} ${b}`).toBe(false);
  });
});

describe("blendOf", () => {
  it("splits nicknames blended from a first name and a surname", () => {
    expect(blendOf("LiLo")).toEqual(["li", "lo"]);
    expect(blendOf("A-Rod")).toEqual(["a", "rod"]);
    expect(blendOf("J.Lo")).toEqual(["j", "lo"]);
  });
  it("reads no blend in names, acronyms and prefixed surnames", () => {
    for (const name of ["Lohan", "AMD", "McDonald", "MacKenzie", "DeShawn", "Lindsay Lohan", "al-Assad"]) expect(blendOf(name), name).toBeNull();
  });
});
