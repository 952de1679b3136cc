import { describe, expect, it } from "vitest";
import { annotateArticle } from "../annotate/annotate-article.js";
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { makeArticle } from "../../test/make-article.js";
import { CorpusEntityIndex } from "./corpus-entities.js";
import { expandsAcronym, nameParts, transliterationKey } from "./corpus-entity-names.js";

function annotated(text: string, language: "en" | "fr"): AnnotatedArticle {
  const { article } = makeArticle(text, { published: "2008-12-10", outlet: "Test" });
  return annotateArticle({ ...article, language });
}

function corpus(articles: readonly AnnotatedArticle[]) {
  const index = new CorpusEntityIndex();
  for (const article of articles) index.add(article);
  return index.entities();
}

/** The corpus entity holding a mention with this exact text in this article. */
function entityOf(entities: ReturnType<typeof corpus>, article: AnnotatedArticle, text: string) {
  const local = article.annotations.entities.find((entity) => entity.mentions.some((mention) => mention.text === text));
  if (!local) throw new Error(`no mention "${text}" in: ${article.text}`);
  return entities.find((entity) => entity.articles[article.id] === local.id || entity.otherArticleEntities?.[article.id]?.includes(local.id));
}

const EN = {
  lohan: annotated("Actress Lindsay Lohan was sentenced on Tuesday in Los Angeles. She will serve 90 days in jail, the judge said.", "en"),
  lohanShort: annotated("A judge ordered Lohan's probation revoked on Friday. Lohan must report to jail on Monday, her lawyer said.", "en"),
  comeaux: annotated("Police captured Arcade Joseph Comeaux Jr on Sunday near Houston, three days after the escape.", "en"),
  comeauxShort: annotated("Officers said Comeaux had used a handcuff key. Comeaux was serving a life sentence in Texas.", "en"),
  tony: annotated("Heavyweight champion Wladimir Klitschko stopped Tony Thompson in the sixth round in Hamburg on Saturday.", "en"),
  sarah: annotated("Councilwoman Sarah Thompson voted against the budget in Boston on Monday.", "en"),
  thompsonAlone: annotated("The challenger was cut above the eye. Thompson said he would fight again next year.", "en"),
  parisCity: annotated("Four armed robbers raided a jewellery store in Paris on Thursday, the police said.", "en"),
  parisHilton: annotated("Paris Hilton arrived at the premiere in New York on Tuesday with her sister.", "en"),
  jordanCountry: annotated("The king of Jordan met the president of Egypt in Amman on Sunday.", "en"),
  jordanPlayer: annotated("Michael Jordan was inducted into the Hall of Fame in Springfield on Friday.", "en"),
  amd: annotated("The chipmaker Advanced Micro Devices (AMD) said on Monday it would cut 1,100 jobs in Austin.", "en"),
  amdShort: annotated("Investors sold AMD on Monday in New York after the announcement.", "en"),
};

const FR = {
  kadhafi: annotated("Mouammar Kadhafi a reçu mardi à Tripoli le président du Niger.", "fr"),
  kaddafi: annotated("Le colonel Muammar Kaddafi s'est rendu jeudi à Rome pour une visite officielle.", "fr"),
  novak: annotated("Le ministre tchèque de la Défense Karel Novak est arrivé lundi à Stockholm.", "fr"),
  novakShort: annotated("Selon M. Novak, l'accord sera signé avant l'été à Prague.", "fr"),
};

describe("CorpusEntityIndex", () => {
  const all = [...Object.values(EN), ...Object.values(FR)];
  const entities = corpus(all);

  it("joins a surname, possessive or not, to the one full name ending with it, suffix aside", () => {
    expect(entityOf(entities, EN.lohanShort, "Lohan")?.name).toBe("Lindsay Lohan");
    expect(entityOf(entities, EN.comeauxShort, "Comeaux")).toBe(entityOf(entities, EN.comeaux, "Arcade Joseph Comeaux Jr"));
    expect(entityOf(entities, FR.novakShort, "M. Novak")).toBe(entityOf(entities, FR.novak, "Karel Novak"));
  });

  it("keeps a surname two people of the corpus share apart from both", () => {
    const alone = entityOf(entities, EN.thompsonAlone, "Thompson");
    expect(alone).not.toBe(entityOf(entities, EN.tony, "Tony Thompson"));
    expect(alone).not.toBe(entityOf(entities, EN.sarah, "Sarah Thompson"));
    expect(entityOf(entities, EN.tony, "Tony Thompson")).not.toBe(entityOf(entities, EN.sarah, "Sarah Thompson"));
  });

  it("keeps a place and a person named alike apart", () => {
    expect(entityOf(entities, EN.parisCity, "Paris")).not.toBe(entityOf(entities, EN.parisHilton, "Paris Hilton"));
    expect(entityOf(entities, EN.jordanCountry, "Jordan")).not.toBe(entityOf(entities, EN.jordanPlayer, "Michael Jordan"));
    expect(entityOf(entities, EN.jordanCountry, "Jordan")?.type).toBe("LOC");
  });

  it("joins an acronym to the expansion an article gives it, and transliterations of one name", () => {
    expect(entityOf(entities, EN.amdShort, "AMD")?.name).toBe("Advanced Micro Devices");
    expect(entityOf(entities, FR.kaddafi, "Muammar Kaddafi")).toBe(entityOf(entities, FR.kadhafi, "Mouammar Kadhafi"));
  });

  it("gives the same entities whatever the order of arrival", () => {
    expect(corpus([...all].reverse())).toEqual(entities);
    expect(corpus([all[5]!, ...all.slice(8), all[0]!, ...all.slice(1, 5), ...all.slice(6, 8)])).toEqual(entities);
  });
});

describe("CorpusEntityIndex: longer and shorter names of one bearer", () => {
  const EN2 = {
    hargrove: annotated("Gary Hargrove said the victim died of a gunshot wound. The autopsy was done in Gulfport on Monday.", "en"),
    coroner: annotated("Harrison County Coroner Gary Hargrove said the man was 85. He died at home in Biloxi on Saturday.", "en"),
    annSmith: annotated("Ann Smith opened the new library in Leeds on Monday, the council said.", "en"),
    maryAnn: annotated("Mary Ann Smith won the lottery in Denver on Friday, the lottery said.", "en"),
    heller: annotated("Her lawyer Mark Heller told the judge on Thursday that she was in rehab.", "en"),
    hellerFull: annotated("Attorney Mark Jay Heller said on Friday that his client had checked in.", "en"),
    gupta: annotated("Sanjay Gupta has been offered the job, officials in Washington said on Tuesday.", "en"),
    guptaTitled: annotated("The network named Sanjay Gupta Chief Medical Correspondent in Atlanta in 2006.", "en"),
    presti: annotated("Police arrested Gaetano Lo Presti in Palermo on Tuesday.", "en"),
    prestiShort: annotated("Police said Lo Presti was found hanged in his cell in Palermo on Wednesday.", "en"),
    fred: annotated("Fred LaRue, a Nixon aide, passed money to the Watergate burglars, John Dean testified in Washington.", "en"),
    frederick: annotated("Frederick C. LaRue died in Biloxi. He delivered cash to the Watergate burglars, John Dean wrote.", "en"),
    fredFull: annotated("Frederick Cheney LaRue was born in Athens, Texas, and later moved to Jackson, Mississippi.", "en"),
    gigante: annotated('Mob boss Vincent "The Chin" Gigante died in prison in Springfield on Monday.', "en"),
    giganteShort: annotated("Vincent Gigante feigned mental illness for decades, prosecutors in New York said.", "en"),
    ortiz: annotated("Deputy Luis Gerardo (Jerry) Ortiz was shot in Hawaiian Gardens in June 2005.", "en"),
    jerry: annotated("Deputy Jerry Ortiz was killed while investigating a shooting in Hawaiian Gardens.", "en"),
    chris: annotated("Chris Smith scored twice for Leeds United against Everton on Saturday.", "en"),
    christine: annotated("Christine Smith opened a bakery in Portland, Maine, on Friday.", "en"),
    lohanHeadline: { ...annotated("The actress left the Betty Ford Center on Friday. Lindsay is grateful for the treatment, her lawyer said.", "en"), title: "Lindsay Lohan checks out of rehab" },
    lohan: annotated("Actress Lindsay Lohan was sentenced on Tuesday in Los Angeles. She will serve 90 days in jail, the judge said.", "en"),
    // Two boxers named Thompson; an article naming only "Thompson" keeps one's company.
    tony: annotated("Wladimir Klitschko stopped Tony Thompson in Hamburg on Saturday. Klitschko's trainer Emanuel Steward watched from Berne.", "en"),
    deon: annotated("Deon Thompson scored 20 points for the Tar Heels against Kentucky in Chapel Hill on Sunday.", "en"),
    thompsonFight: annotated("Klitschko knocked Thompson down twice in Hamburg on Saturday, and Emanuel Steward said the fight was over.", "en"),
    misspelt: annotated("Tony Thompson said Klistchko was the best fighter he had met in Hamburg on Saturday, Emanuel Steward added.", "en"),
    obama: annotated("President Barack Obama nominated Regina Benjamin as surgeon general on Monday. Kathleen Sebelius praised the choice in Bayou La Batre.", "en"),
    obamaAlone: annotated("On July 13, Obama announced that he was nominating Regina Benjamin, a family physician from Bayou La Batre. Kathleen Sebelius welcomed it.", "en"),
    washington: annotated("The senators met in Washington on Monday to discuss the budget with the Treasury.", "en"),
    denzel: annotated("Denzel Washington will star in the thriller, the studio said in Los Angeles on Monday.", "en"),
  };
  const FR2 = {
    villepin: annotated("Dominique de Villepin a été reçu lundi à Rabat par le roi.", "fr"),
    villepinShort: annotated("Selon M. de Villepin, l'accord sera signé avant l'été à Paris.", "fr"),
  };
  const all = [...Object.values(EN2), ...Object.values(FR2)];
  const entities = corpus(all);
  const same = (a: [AnnotatedArticle, string], b: [AnnotatedArticle, string]) => entityOf(entities, ...a) === entityOf(entities, ...b);

  it("joins a full name inside a longer one, and one with a middle name to the one without", () => {
    expect(same([EN2.coroner, "Harrison County Coroner Gary Hargrove"], [EN2.hargrove, "Gary Hargrove"])).toBe(true);
    expect(same([EN2.hellerFull, "Mark Jay Heller"], [EN2.heller, "Mark Heller"])).toBe(true);
    expect(same([EN2.guptaTitled, "Sanjay Gupta Chief Medical Correspondent"], [EN2.gupta, "Sanjay Gupta"])).toBe(true);
    expect(same([EN2.prestiShort, "Lo Presti"], [EN2.presti, "Gaetano Lo Presti"])).toBe(true);
  });

  it("reads a name without its nickname, and with it as the name the nickname makes", () => {
    expect(same([EN2.gigante, 'Vincent "The Chin" Gigante'], [EN2.giganteShort, "Vincent Gigante"])).toBe(true);
    expect(same([EN2.ortiz, "Luis Gerardo (Jerry) Ortiz"], [EN2.jerry, "Jerry Ortiz"])).toBe(true);
  });

  it("joins middle names an initial abbreviates", () => {
    expect(same([EN2.frederick, "Frederick C. LaRue"], [EN2.fredFull, "Frederick Cheney LaRue"])).toBe(true);
  });

  it("reads a first name's short form as the longer one only where the articles keep the same company", () => {
    expect(same([EN2.fred, "Fred LaRue"], [EN2.frederick, "Frederick C. LaRue"])).toBe(true);
    expect(same([EN2.chris, "Chris Smith"], [EN2.christine, "Christine Smith"])).toBe(false);
  });

  it("keeps a full name apart from a longer one opening with another first name", () => {
    expect(same([EN2.maryAnn, "Mary Ann Smith"], [EN2.annSmith, "Ann Smith"])).toBe(false);
  });

  it("reads the full name a headline gives for a first name alone in the text", () => {
    expect(same([EN2.lohanHeadline, "Lindsay"], [EN2.lohan, "Lindsay Lohan"])).toBe(true);
  });

  it("picks among namesakes the one whose articles name the same others, and a misspelt surname only so", () => {
    expect(same([EN2.thompsonFight, "Thompson"], [EN2.tony, "Tony Thompson"])).toBe(true);
    expect(same([EN2.thompsonFight, "Thompson"], [EN2.deon, "Deon Thompson"])).toBe(false);
    expect(same([EN2.misspelt, "Klistchko"], [EN2.tony, "Wladimir Klitschko"])).toBe(true);
  });

  it("joins a town's name to a person only where the article keeps the person's company", () => {
    expect(same([EN2.obamaAlone, "Obama"], [EN2.obama, "Barack Obama"])).toBe(true);
    expect(same([EN2.washington, "Washington"], [EN2.denzel, "Denzel Washington"])).toBe(false);
  });

  it("still joins a French surname with its particle", () => {
    expect(same([FR2.villepinShort, "M. de Villepin"], [FR2.villepin, "Dominique de Villepin"])).toBe(true);
  });

  it("gives the same entities whatever the order of arrival", () => {
    expect(corpus([...all].reverse())).toEqual(entities);
  });
});

describe("nameParts", () => {
  it.each([
    ["Lohan's", ["lohan"], null],
    ["Microsoft Corp.", ["microsoft"], null],
    ["Arcade Joseph Comeaux, Jr.", ["arcade", "joseph", "comeaux"], "jr"],
    ["Bachar el-Assad", ["bachar", "el", "assad"], null],
    ['Vincent "The Chin" Gigante', ["vincent", "gigante"], null],
    ["Luis Gerardo (Jerry) Ortiz", ["luis", "gerardo", "ortiz"], null],
  ])("%s", (name, core, suffix) => {
    expect(nameParts(name).core).toEqual(core);
    expect(nameParts(name).suffix).toBe(suffix);
  });
});

describe("transliterationKey", () => {
  it("is shared by spellings of one name", () => {
    const key = (name: string) => transliterationKey(nameParts(name).words);
    expect(new Set(["Kadhafi", "Kaddafi", "Gaddafi", "Qaddafi"].map(key)).size).toBe(1);
    expect(key("Bachar al-Assad")).toBe(key("Bashar el-Assad"));
  });

  it("is not shared by different names, and short names get none", () => {
    const key = (name: string) => transliterationKey(nameParts(name).words);
    expect(key("Martin Martinez")).not.toBe(key("Morton Martinez"));
    expect(key("Robert Gray")).toBeNull();
  });
});

describe("expandsAcronym", () => {
  it.each([
    ["Advanced Micro Devices", "AMD", true],
    ["Federal Bureau of Investigation", "FBI", true],
    ["Indianapolis Colts", "AMD", false],
    ["Microsoft", "M", false],
  ])("%s (%s)", (name, acronym, expected) => expect(expandsAcronym(name, acronym)).toBe(expected));
});

describe("a one-word name opening a longer name", () => {
  const brightwater = annotated("The company Brightwater Software said on Monday that Brightwater would hire 200 people in Boston.", "en");
  const tessaro = annotated("The company Tessaro Software said on Wednesday that Tessaro would hire 200 people in Boston.", "en");
  const tessaroAlone = annotated("Analysts in Boston said on Thursday that Tessaro had a good year.", "en");
  const entities = corpus([brightwater, tessaro, tessaroAlone]);

  it("joins the one name of a group or place its own article opens with it", () => {
    expect(entityOf(entities, brightwater, "Brightwater")).toBe(entityOf(entities, brightwater, "Brightwater Software"));
  });

  it("stays apart when an article gives the one-word name alone: it stands for itself", () => {
    expect(entityOf(entities, tessaro, "Tessaro")).not.toBe(entityOf(entities, tessaro, "Tessaro Software"));
    expect(entityOf(entities, tessaro, "Tessaro")).toBe(entityOf(entities, tessaroAlone, "Tessaro"));
  });
});

describe("a group named after a place", () => {
  const outlet = annotated("Le ministère kostranien a confirmé que Kostrana signera, selon le texte consulté par Le Courrier de Kostrana.", "fr");
  const state = annotated("Le ministre kostranien a signé mardi : Kostrana prélèvera moins d'eau.", "fr");
  const entities = corpus([outlet, state]);

  it("does not absorb the place its name ends on: the outlet is one organisation, the state another", () => {
    expect(entityOf(entities, outlet, "Kostrana")).not.toBe(entityOf(entities, outlet, "Courrier de Kostrana"));
    expect(entityOf(entities, outlet, "Kostrana")).toBe(entityOf(entities, state, "Kostrana"));
    expect(entityOf(entities, state, "Kostrana")?.type).toBe("LOC");
  });
});

describe("a place named with its kind, and a compound place", () => {
  const town = annotated("Rescuers reached the town of Montclar-sur-Vesle on Monday after the floods, the mayor said.", "en");
  const bare = annotated("Floods cut off Montclar-sur-Vesle on Sunday, the prefecture said.", "en");
  const river = annotated("The Vesle burst its banks on Sunday. The Vesle rose two metres in one night, officials said.", "en");
  const entities = corpus([town, bare, river]);

  it("reads the town of a name as that name, and as a place whatever an article typed it", () => {
    const joined = entityOf(entities, town, "town of Montclar-sur-Vesle");
    expect(joined).toBe(entityOf(entities, bare, "Montclar-sur-Vesle"));
    expect(joined?.name).toBe("Montclar-sur-Vesle");
    expect(joined?.type).toBe("LOC");
  });

  it("does not name a compound place by the complement it ends on", () => {
    expect(entityOf(entities, river, "Vesle")).not.toBe(entityOf(entities, bare, "Montclar-sur-Vesle"));
  });
});
