/** Quotes and speakers through the whole pipeline (entities included), in English and French, and texts that must yield none. */
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../../../test/make-article.js";
import { annotateArticle } from "../../annotate-article.js";

function quotesOf(text: string, language: "fr" | "en") {
  const { article } = makeArticle(text, { published: "2024-05-15", language });
  const { quotes, entities } = annotateArticle(article).annotations;
  // Speaker words are a span of the text, whatever rule found them.
  for (const { speaker } of quotes) if (speaker) expect(text.slice(speaker.start, speaker.end)).toBe(speaker.text);
  return quotes.map((quote) => ({
    said: text.slice(quote.content.start, quote.content.end),
    by: quote.speaker?.text ?? null,
    kind: quote.speakerKind,
    entity: entities.find((entity) => entity.id === quote.speakerEntity)?.name ?? null,
  }));
}

describe("English attributions, as French ones", () => {
  it("reads 'said X', 'X said', 'told reporters that', 'according to X' and 'said in a statement'", () => {
    const text = [
      'The bridge will reopen next week, said Mayor Tom Reed. "We are ready," said Reed.',
      "Police Chief Ann Cole told reporters that two men had been arrested.",
      "The fire started at dawn, according to fire officials.",
      '"We condemn this attack," the ministry said in a statement.',
    ].join("\n\n");
    expect(quotesOf(text, "en").map(({ said, by }) => [said, by])).toEqual([
      ["The bridge will reopen next week", "Mayor Tom Reed"],
      ["We are ready,", "Reed"],
      ["two men had been arrested.", "Ann Cole"],
      ["The fire started at dawn", "fire officials"],
      ["We condemn this attack,", "the ministry"],
    ]);
  });
  it("reads a clause without 'that' after said, says and say, with the subject's entity or description", () => {
    const text = "Coroner Gary Hale said the body was found on Tuesday. The coroner said he believes the man died on Saturday.\n\nPolice say alcohol was a factor in the crash.";
    expect(quotesOf(text, "en").map(({ said, by, entity }) => [said, by, entity])).toEqual([
      ["the body was found on Tuesday.", "Gary Hale", "Gary Hale"],
      ["he believes the man died on Saturday.", "The coroner", "Gary Hale"],
      ["alcohol was a factor in the crash.", "Police", "Police"],
    ]);
  });

  it("reads 'told X that', 'is reporting that' and 'said in a statement that', and a name after a preposition as no subject", () => {
    const text = [
      "Northwind Telecom told Bloomberg News that the network would be fixed by Friday.",
      "KTLA in Los Angeles is reporting that the suspect was arrested at dawn.",
      "The airline said in a statement that all flights had resumed.",
      "Giorgos Pappas, publisher of the City Press, said the protests revealed deep discontent.",
    ].join("\n\n");
    expect(quotesOf(text, "en").map(({ said, by }) => [said, by])).toEqual([
      ["the network would be fixed by Friday.", "Northwind Telecom"],
      ["the suspect was arrested at dawn.", "KTLA"],
      ["all flights had resumed.", "The airline"],
      ["the protests revealed deep discontent.", "Giorgos Pappas"],
    ]);
  });

  it("reads the antecedent of 'who' as the subject, and a clause a conjunction opens as having its own", () => {
    const text = "Boston sportscaster Mike Lynch, who first reported that the meeting would take place, was right.\n\nThe Red Sox offered eight years, but sources close to the talks say it is less than that.";
    expect(quotesOf(text, "en").map(({ said, by }) => [said, by])).toEqual([
      ["the meeting would take place, was right.", "Mike Lynch"],
      ["it is less than that.", "sources close"],
    ]);
  });

  it("gives 'she said' to the last person named whose first name does not tell a man", () => {
    const text = 'Yvonne Hiller was charged on Tuesday.\n\nDetective Dominic Mangoni said he asked how she felt.\n\n"I feel nothing," she said.';
    expect(quotesOf(text, "en").at(-1)).toMatchObject({ said: "I feel nothing,", entity: "Yvonne Hiller" });
  });

  it("gives 'he' a person, not the group quoted just before", () => {
    const text = "Port officials said the ferry would resume on Monday. Captain Tom Greer inspected the pier. He stressed that the pier was safe.";
    expect(quotesOf(text, "en").at(-1)).toMatchObject({ said: "the pier was safe.", entity: "Tom Greer" });
  });

  it("gives a quote carrying on a pronoun-attributed one that quote's speaker, and 'he' inside a sentence a man", () => {
    const text = [
      "Maria Lopez was arrested on Friday.",
      "Officer David Price said he asked her why she ran.",
      '"I was scared, "she said, according to the report.',
      '"I only wanted to go home. "',
      "Ellen Shaw fled the ward.",
      "But Officer Paul Grant, from the Fourth Precinct, testified that Shaw shot at him.",
      "The bullet, he said, hit the door behind him.",
    ].join("\n");
    const quotes = quotesOf(text, "en");
    expect(quotes.find(({ said }) => said.startsWith("I only"))).toMatchObject({ entity: "Maria Lopez" });
    expect(quotes.find(({ said }) => said.startsWith("The bullet"))).toMatchObject({ entity: "Paul Grant" });
  });

  it.each([
    [
      "a naming verb before a partial quote, and a quote a conjunction joins to it",
      "Mayor Ruth Ellis called the budget “reckless” and a “gift to lobbyists” on Monday.",
      [
        ["reckless", "Mayor Ruth Ellis"],
        ["gift to lobbyists", "Mayor Ruth Ellis"],
      ],
    ],
    ["words a crowd chanted", "The strikers chanted “no more cuts” outside the depot.", [["no more cuts", "The strikers"]]],
    ["words given under oath", "Officer Ann Reyes testified that the back door was locked.", [["the back door was locked.", "Ann Reyes"]]],
    [
      "a subject with an aside in brackets, and a quote inside the clause it reports",
      "Senator John Moore (R-Ohio) said the bill was “dead on arrival.”",
      [
        ["the bill was “dead on arrival.”", "John Moore"],
        ["dead on arrival.", "John Moore"],
      ],
    ],
    [
      "a participle of speech adding a clause to its sentence's subject",
      "Mayor Ann Cole rejected the report on Friday, saying the figures were out of date. The rain kept falling, adding to the misery.",
      [["the figures were out of date.", "Ann Cole"]],
    ],
  ])("reads %s", (_, text, expected) => {
    expect(quotesOf(text, "en").map(({ said, by }) => [said, by])).toEqual(expected);
  });

  it("keeps the name a group of speakers is named by ('Harbour Board officials'), not a word opening the sentence", () => {
    const text = "Harbour Board officials say the pier will reopen in May. But officials said the ferry was late. Mercredi les manifestants ont affirmé que la grève continuait.";
    expect(quotesOf(text, "en").map(({ by }) => by)).toEqual(["Harbour Board officials", "officials"]);
    expect(quotesOf(text.split(". ").at(-1)!, "fr").map(({ by }) => by)).toEqual(["les manifestants"]);
  });

  it("gives 'he' to the person named since the last speaker, not to that speaker", () => {
    const text = "Senator John Moore said the bill was dead. Governor Tom Reed, for his part, sounded calm when he noted he had two years left.";
    expect(quotesOf(text, "en").at(-1)).toMatchObject({ said: "he had two years left.", entity: "Tom Reed" });
  });

  it("reads a plural present speech verb, and gives a quote after « selon lequel » to the source its noun phrase names", () => {
    const text = "Des témoins affirment que la police a tiré sur la foule.\n\nLes médias ont repris le récit de la télévision publique selon lequel \"la situation est calme dans la capitale\". Les images montrent autre chose.";
    expect(quotesOf(text, "fr").map(({ said, by, kind }) => [said, by, kind])).toEqual([
      ["la police a tiré sur la foule.", "Des témoins", "named"],
      ["la situation est calme dans la capitale", "la télévision publique", "named"],
    ]);
  });

  it("reads « a décrit … comme « … » » and « …, ajoutant que … » in French", () => {
    const text = "Le député Marc Olier a décrit la réforme comme « un naufrage ». Le ministre Paul Garnier a démenti la rumeur, ajoutant que le projet restait à l'étude. Le vent soufflait, ajoutant du froid.";
    expect(quotesOf(text, "fr").map(({ said, entity }) => [said, entity])).toEqual([
      ["un naufrage", "Marc Olier"],
      ["le projet restait à l'étude.", "Paul Garnier"],
    ]);
  });

  it("gives the words a reporter relays to the source named inside them", () => {
    expect(quotesOf("Reporter Sam Vale wrote that, according to a league source, the club is close to a deal.", "en")).toEqual([
      { said: "the club is close to a deal.", by: "a league source", kind: "named", entity: null },
    ]);
  });

  it("continues a quote run over lines to its closing mark, and gives it the speaker after it", () => {
    const curly = "“We have a light breeze.\n\nOur crews will be out here all day,” Fire Director Jon Marsh said.";
    expect(quotesOf(curly, "en")).toMatchObject([{ said: "We have a light breeze.\n\nOur crews will be out here all day,", entity: "Jon Marsh" }]);
    const straight = '"It was too much some days.\n\nTo me it was too hard, "the deputy\'s mother, Rosa Diaz, said.';
    expect(quotesOf(straight, "en")).toMatchObject([{ said: "It was too much some days.\n\nTo me it was too hard,", entity: "Rosa Diaz" }]);
  });

  it("reads a quoted paragraph after 'he replied:' once, as a quote, not again as a post", () => {
    expect(quotesOf("Senator Paul Hart was asked about the vote. Asked if that gave him pause, he replied:\n\n“Do you think so?”", "en")).toEqual([
      { said: "Do you think so?", by: "Paul Hart", kind: "pronoun", entity: "Paul Hart" },
    ]);
  });

  it.each([
    [
      "gives '…, he said.' and 'X, he added, Y' to the person who spoke last",
      "Captain Ravi Menon said the boats turned back. The crew seized six rifles, he said. The pirates, he added, fled toward the coast.",
      [
        ["the boats turned back.", "Ravi Menon"],
        ["The crew seized six rifles", "Ravi Menon"],
        ["The pirates, he added, fled toward the coast.", "Ravi Menon"],
      ],
    ],
    [
      "reads an apposition between the speaker and the verb, before or after the quote",
      'Janet Brook, an attorney with Earthwatch, said the rule was “a stalking horse.”\n\n"We understand the decision," Chela Ruiz, the deputy\'s wife, said afterward.',
      [
        ["the rule was “a stalking horse.”", "Janet Brook"],
        ["a stalking horse.", "Janet Brook"],
        ["We understand the decision,", "Chela Ruiz"],
      ],
    ],
    [
      "gives a quote after a colon on the line before, or inside a reported clause, to that sentence's speaker",
      'Andrew Wexler, director of the program, was blunt:\n\n“We will see them in court.”\n\nDorothy Green said she was "heartbroken" over the loss.',
      [
        ["We will see them in court.", "Andrew Wexler"],
        ['she was "heartbroken" over the loss.', "Dorothy Green"],
        ["heartbroken", "Dorothy Green"],
      ],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotesOf(text, "en").map(({ said, entity }) => [said, entity])).toEqual(expected);
  });

  it("gives a spokesman's words to the spokesman, not to his state", () => {
    const [quote] = quotesOf('"The ceasefire is holding," Israeli army spokesman Avi Cohen said on Sunday. Israel launched strikes on Gaza.', "en");
    expect(quote).toMatchObject({ said: "The ceasefire is holding,", entity: "Avi Cohen" });
  });
});

describe("speakers the text does not name (Global Voices, 2011)", () => {
  it.each([
    ["an indefinite subject", "Les Égyptiens et bien d'autres sur Twitter ont été captivés par l'interview de Wael Ghonim, et beaucoup l'appellent \"un héros\".", "un héros"],
    ["a placard", "Une pancarte contre le Conseil suprême de l'armée : \"Nos filles sont la ligne rouge\".", "Nos filles sont la ligne rouge"],
    ["« on » in a video", "Pour conclure, UgaritNews partage cette vidéo de manifestation à Hama, on y entend scander \"Le peuple veut renverser le régime\".", "Le peuple veut renverser le régime"],
    ["a passive naming", "Des opposants syriens se sont rencontrés pour élaborer ce qui a été qualifié de \"feuille de route pour une transition\".", "feuille de route pour une transition"],
  ] as const)("%s: a source left unnamed, not no source", (_, text, said) => {
    expect(quotesOf(text, "fr")).toEqual([{ said, by: null, kind: "unspecified", entity: null }]);
  });
  it("leaves a quote nobody introduces unattributed", () => {
    expect(quotesOf('Le comité a publié son rapport sur la "feuille de route" mardi.', "fr")).toMatchObject([{ kind: "unattributed" }]);
  });
  it("gives a described speaker (« Le blogueur ajoute ») to the last person named before", () => {
    const text = 'Bamdadi pose la question à ses lecteurs: "Quel pays a le plus haut indice de développement humain en Afrique?". Un lien permet d\'avoir la réponse: il s\'agit de la Libye ! Le blogueur ajoute, "bien sûr, avant que la guerre civile éclate dans ce pays".';
    expect(quotesOf(text, "fr").map(({ by, entity }) => [by, entity])).toEqual([
      ["Bamdadi", "Bamdadi"],
      ["Le blogueur", "Bamdadi"],
    ]);
  });
  it("reads a naming verb in the present as an attribution (« X qualifient … de « … » »)", () => {
    const text = "Alors que certains responsables ou diplomates Iraniens qualifient la révolution libyenne de \"réveil islamique\", le blogueur Bedone Onvan a publié une photo.";
    expect(quotesOf(text, "fr")).toMatchObject([{ said: "réveil islamique", by: "Alors que certains responsables ou diplomates Iraniens", kind: "named" }]);
  });
  it("resolves « elle » to the person an apposition describes, not to the institution inside it", () => {
    const text = [
      "L'universitaire américaine d'origine syrienne Mohja Kahf, professeur à l'Univerité de l'Arkansas, live-tweete la conférence.",
      "Les Syriens à la conférence d'Antalya, devant des images de martyrs syriens",
      'Mercredi soir, elle commentait : "Antalya : Ça n\'est pas la vieille conférence d\'opposition de papa."',
      "Le Dr. Kahf a aussi tweeté que les participants feraient une grève de la faim.",
    ].join("\n\n");
    expect(quotesOf(text, "fr")[0]).toMatchObject({ entity: "Mohja Kahf" });
  });
});

describe("texts that yield no quote and no speaker", () => {
  it.each([
    ["en", "a reporter's credit", "Three people were hurt in the blast. CBS2's Ilana Gold reported from the scene."],
    ["en", "a byline and an agency", "Miller reported. (Reuters)"],
    ["en", "a reporter's credit closing a sentence", "The suspect fled on foot, Miller reported."],
    ["en", "said without a clause", "The report is said to be ready. He said nothing. Officials said Tuesday. Experts said so."],
    ["en", "a capitalised word after a comma", "The cables carry most of the traffic between Europe, Asia, and the United States."],
    ["en", "a preposition after a speech verb closing a sentence", "The warship turned back at dawn, responded to the distress call."],
    ["fr", "a photo credit", "Photo : Jean Roux\n\nLe pont a rouvert mardi."],
    ["fr", "a title in « »", "Le film « Vol de nuit » sort mercredi au cinéma."],
    ["fr", "a journalist's colon before a list", "Le plan compte trois volets : la santé, l'école et le logement."],
    ["fr", "a journalist's sentence naming states", "Le Maroc et Israël ont signé un accord de défense à Rabat mercredi."],
  ] as const)("%s: %s", (language, _, text) => {
    expect(quotesOf(text, language)).toEqual([]);
  });
});
