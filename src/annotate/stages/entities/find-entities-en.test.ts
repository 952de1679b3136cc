import { describe, expect, it } from "vitest";
import { englishEntityLexicon } from "../../lang/en/entity-lexicon.js";
import { frenchEntityLexicon } from "../../lang/fr/entity-lexicon.js";
import { segmentSentences } from "../sentences.js";
import { findTimeExpressions } from "../time/find-time-expressions.js";
import { findEntities } from "./find-entities.js";

function summary(text: string, language: "en" | "fr" = "en"): string[] {
  const sentences = segmentSentences(text, language);
  const times = findTimeExpressions(text, { language, published: "2008-12-10", sentences });
  return findEntities(text, language === "en" ? englishEntityLexicon : frenchEntityLexicon, { language, sentences, times })
    .filter((entity) => entity.mentions.some((mention) => mention.kind === "name"))
    .map((entity) => `${entity.type} ${entity.name}: ${entity.mentions.filter((mention) => mention.kind === "name").map((mention) => mention.text).join(" | ")}`);
}

describe("findEntities in English", () => {
  it("leaves a possessive outside the name, so the name and its possessive are one entity", () => {
    expect(summary("A judge ordered Lohan's probation revoked on Friday. Lohan must report to jail on Monday.")).toEqual(["PER Lohan: Lohan | Lohan"]);
    expect(summary("The senator criticised President Obama’s plan on Tuesday.")).toContainEqual(expect.stringMatching(/^PER Obama: /u));
  });

  it("leaves a capitalised title out of the name", () => {
    expect(summary("He met Prime Minister Costas Karamanlis in Athens on Monday.")).toContainEqual("PER Costas Karamanlis: Costas Karamanlis");
    expect(summary("The gunman shot Sheriff Deputy Jerry Ortiz in Hawaiian Gardens.")).toContainEqual("PER Jerry Ortiz: Jerry Ortiz");
  });

  it("keeps names that open with a title word whole when the rest is a word too", () => {
    expect(summary("The carmaker General Motors cut 2,000 jobs in Detroit on Monday.")).toContainEqual(expect.stringMatching(/^ORG General Motors: /u));
  });

  it("reads a word capitalised inside sentences again and again, and never written lowercase, as a name", () => {
    expect(summary("The Indianapolis Colts beat the Chargers on Sunday. The Colts won 23-17, and the Chargers lost their third game.")).toContainEqual(expect.stringMatching(/^ORG Chargers: Chargers \| Chargers$/u));
    // Once is emphasis or a heading's word; written lowercase elsewhere, it is the word.
    expect(summary("The Reserve was full. The players on injured reserve waited.").some((line) => line.includes("Reserve"))).toBe(false);
  });
});

describe("findEntities in English: where a name starts and ends", () => {
  it("leaves a sentence's opening word and its determiner out of the name after them", () => {
    expect(summary("Give the Colts credit for a fine season. The Colts won again on Sunday, and the Colts fans cheered.")).toContainEqual(expect.stringMatching(/^ORG Colts: Colts \| Colts/u));
    expect(summary("Despite the Colts' passing, Indianapolis could not score.").some((line) => line.includes("Despite"))).toBe(false);
    // Not when the text spells the whole run's acronym after it.
    expect(summary("Advanced Micro Devices (AMD) said on Monday it would cut jobs in Austin.")).toContainEqual(expect.stringMatching(/ Advanced Micro Devices: Advanced Micro Devices$/u));
    // A first name opening the run is the name's ("Alexander the Great").
    expect(summary("Alexander the Great founded the city.")).toContainEqual(expect.stringMatching(/^PER Alexander the Great: /u));
  });

  it("keeps middle initials inside the name", () => {
    expect(summary("Frederick C. LaRue, a top Nixon campaign official, died on Saturday.")).toContainEqual("PER Frederick C. LaRue: Frederick C. LaRue");
    expect(summary("Obama will nominate Regina M. Benjamin as surgeon general.")).toContainEqual("PER Regina M. Benjamin: Regina M. Benjamin");
    expect(summary("The program began under George H.W. Bush in 1990.")).toContainEqual("PER George H.W. Bush: George H.W. Bush");
  });

  it("ends a person's name before the place they are from, not an institution's", () => {
    const found = summary("His sister Kathryn Jenkin of Aberdare said the Bank of America had called the Duke of York.");
    expect(found).toContainEqual("PER Kathryn Jenkin: Kathryn Jenkin");
    expect(found).toContainEqual(expect.stringMatching(/^LOC Aberdare: /u));
    expect(found).toContainEqual(expect.stringMatching(/^ORG Bank of America: /u));
    expect(found).toContainEqual(expect.stringMatching(/: Duke of York$/u));
  });

  it("reads an organisation named after a person or a town apart from the person or the town, not a state's government", () => {
    const found = summary("President Barack Obama spoke on Monday in Houston. The Obama administration said the Houston team and the Iraq government had been invited.");
    expect(found).toContainEqual("PER Barack Obama: Barack Obama");
    expect(found).toContainEqual("ORG Obama administration: Obama administration");
    expect(found).toContainEqual("ORG Houston team: Houston team");
    expect(found).toContainEqual(expect.stringMatching(/^LOC Houston: Houston$/u));
    expect(found.some((line) => line.includes("Iraq government"))).toBe(false);
  });

  it("keeps a nickname inside the name, and the surname alone then names the person", () => {
    expect(summary('Mob boss Vincent "The Chin" Gigante died in prison. Gigante was 77.')).toContainEqual('PER Vincent "The Chin" Gigante: Vincent "The Chin" Gigante | Gigante');
    expect(summary("Deputy Luis Gerardo (Jerry) Ortiz was shot. Ortiz was 35.")).toContainEqual("PER Luis Gerardo (Jerry) Ortiz: Luis Gerardo (Jerry) Ortiz | Ortiz");
    // A title in quotes after a name is no nickname; nor is a party in parentheses.
    expect(summary('Al Pacino starred in "The Insider" with Russell Crowe.')).toContainEqual("PER Al Pacino: Al Pacino");
    expect(summary("Senator John McCain (R) said so.")).toContainEqual("PER John McCain: John McCain");
  });

  it("never runs a name, a place noun or an honorific across a paragraph break", () => {
    const prison = summary("Vincent Gigante dies in prison\n\nVincent Gigante, the mob boss, died in a federal prison on Monday.");
    expect(prison.some((line) => line.includes("prison"))).toBe(false);
    expect(prison).toContainEqual(expect.stringMatching(/^PER Vincent Gigante: /u));
    const reverend = summary("“We have no idea what caused it,” the Rev.\n\nLarry Kroon said on Saturday.");
    expect(reverend.some((line) => line.includes("Rev"))).toBe(false);
  });

  it("ends a name before a contraction", () => {
    expect(summary("Gary Ross directed the film, but Ross doesn’t have a deal for the sequel.")).toContainEqual("PER Gary Ross: Gary Ross | Ross");
    expect(summary("Regina Benjamin was nominated, and Benjamin isn't worried.")).toContainEqual("PER Regina Benjamin: Regina Benjamin | Benjamin");
  });
});

describe("findEntities in French keeps its own conventions", () => {
  it("keeps a capitalised title word that is part of a name, and reads a recurring capitalised word as the word", () => {
    expect(summary("L'État a versé les aides. Selon l'État, le Conseil fédéral a décidé.", "fr").some((line) => line.startsWith("ORG État") || line.startsWith("PER État"))).toBe(false);
  });
});

describe("findEntities in English: titles and team words between names", () => {
  it("cuts a team's name from the person after its abbreviated title or its role words", () => {
    const saints = summary("Injured Saints RB Reggie Bush will miss the last two games, the New Orleans Saints said.");
    expect(saints).toContainEqual(expect.stringMatching(/^PER Reggie Bush: Reggie Bush$/u));
    expect(saints.some((line) => line.includes("RB"))).toBe(false);
    const creighton = summary("Creighton Athletic Director Bruce Rasmussen said the school would keep its coach.");
    expect(creighton).toContainEqual("PER Bruce Rasmussen: Bruce Rasmussen");
    expect(creighton).toContainEqual(expect.stringMatching(/^\w+ Creighton: Creighton$/u));
  });

  it("leaves a listed position out of the player's name, with a first name after it or a surname alone", () => {
    const notes = summary("Chiefs WR Terrance Copper and DT Tyson Jackson left with injuries. The Saints place RB Bush on injured reserve, the Saints said.");
    expect(notes).toContainEqual("PER Terrance Copper: Terrance Copper");
    expect(notes).toContainEqual("PER Tyson Jackson: Tyson Jackson");
    expect(notes).toContainEqual("PER Bush: Bush");
    expect(notes.some((line) => /\b(WR|DT|RB)\b/u.test(line))).toBe(false);
  });

  it("reads the singular of a team the text names in the plural as a member noun, not the person's name", () => {
    expect(summary("The Chargers lost again, and fellow Charger Vincent Jackson was arrested last month, and the Chargers said nothing.")).toContainEqual("PER Vincent Jackson: Vincent Jackson");
  });

  it("keeps a run that opens with its title, and names with no person after the role word, as before", () => {
    expect(summary("Defence Minister Karel Novak arrived in Prague on Monday.")).toContainEqual("PER Karel Novak: Karel Novak");
    expect(summary("The carmaker General Motors cut 2,000 jobs in Detroit on Monday.")).toContainEqual(expect.stringMatching(/^ORG General Motors: /u));
    // No first name after it: an acronym inside a name is the name's ("Texas A&M", "ABC News").
    expect(summary("He joined the BBC World Service in London.")).toContainEqual(expect.stringMatching(/BBC World Service/u));
  });
});

describe("findEntities in English: numbers after names", () => {
  it("leaves a score out of the team's name, and keeps a numeral that is the name's", () => {
    const scores = summary("Friday's results: No. 1 Creighton Bluejays 65, No. 9 Drake Bulldogs 53. Creighton plays Wichita State next.");
    expect(scores).toContainEqual(expect.stringMatching(/ Creighton Bluejays: Creighton Bluejays( \| Creighton)?$/u));
    expect(scores).toContainEqual(expect.stringMatching(/ Drake Bulldogs: Drake Bulldogs$/u));
    expect(summary("King Hassan II received the envoy in Rabat.")).toContainEqual(expect.stringMatching(/Hassan II/u));
    // A list of products with their numbers is no score line.
    expect(summary("The game is out on PlayStation 2, PlayStation 3, Xbox 360 and Windows.")).toContainEqual(expect.stringMatching(/Xbox 360/u));
  });

  it("joins a surname after a gendered honorific to the full name of that gender, in English and French", () => {
    expect(summary("David Jenkin of Aberdare sang first. His sister Kathryn Jenkin cried. Ms. Jenkin was fine, said Mr. Jenkin. Miss Jenkin smiled.")).toEqual(
      expect.arrayContaining(["PER David Jenkin: David Jenkin | Mr. Jenkin", "PER Kathryn Jenkin: Kathryn Jenkin | Ms. Jenkin | Miss Jenkin"]),
    );
    expect(summary("Paul Durand est arrivé avec sa femme Claire Durand. Mme Durand a parlé, puis M. Durand.", "fr")).toEqual(["PER Paul Durand: Paul Durand | M. Durand", "PER Claire Durand: Claire Durand | Mme Durand"]);
  });

  it("types a patrol, an academy and a newspaper named by its closing noun as organisations", () => {
    expect(summary("The California Highway Patrol said the Naval Academy graduate told The Hollywood Reporter he was fine.")).toEqual([
      "ORG California Highway Patrol: California Highway Patrol",
      "ORG Naval Academy: Naval Academy",
      "ORG Hollywood Reporter: Hollywood Reporter",
    ]);
    expect(summary("Jane Monitor said the race was over.")).toEqual(["PER Jane Monitor: Jane Monitor"]);
  });
});


describe("findEntities in English: acronyms", () => {
  it("reads an acronym written with periods as the same name written without", () => {
    expect(summary("The U.S. military said on Monday that US troops would stay. The U.N. said it would help, and the UN sent food.")).toEqual(expect.arrayContaining(["LOC United States: U.S. | US", "ORG U.N.: U.N. | UN"]));
  });

  it("reads a lone two-letter acronym a list knows as a name, not a heading's word", () => {
    expect(summary("The EU and the UK signed the deal, officials said.")).toEqual(expect.arrayContaining(["ORG EU: EU", "LOC United Kingdom: UK"]));
  });

  it("keeps glued initials inside a person's name", () => {
    expect(summary("George H.W. Bush met J.K. Rowling in London.")).toEqual(expect.arrayContaining(["PER George H.W. Bush: George H.W. Bush", "PER J.K. Rowling: J.K. Rowling"]));
  });
});
