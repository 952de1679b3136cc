/** English words of attribution: data only; the quote stage reads it. */
import type { QuoteLexicon } from "../quote-lexicon.js";

export const englishQuoteLexicon: QuoteLexicon = {
  speechVerbs: [
    "said", "told", "added", "explained", "stated", "declared", "stressed", "noted", "announced", "wrote", "insisted", "confirmed", "denied",
    "warned", "argued", "claimed", "recalled", "acknowledged", "admitted", "replied", "responded", "tweeted", "commented", "observed",
    "says", "tells", "adds", "explains", "states", "declares", "stresses", "notes", "announces", "writes", "insists", "confirms", "denies",
    "warns", "argues", "claims", "recalls", "acknowledges", "admits", "replies", "responds", "tweets", "comments", "observes",
    // An object between verb and clause: "X told reporters that …".
    "told reporters", "told journalists", "told the press", "told a news conference", "tells reporters", "tells journalists",
  ],
  auxiliaries: ["has", "have", "had"],
  pronouns: { he: "person", she: "person", they: "person", it: "unspecified" },
  sourcePrepositions: ["according to"],
  speakerEnders: ["after", "during", "before", "at", "in", "on", "who", "while", "when", "speaking", "on condition"],
  complementisers: ["that", "having", "being"],
  adverbSuffix: "ly",
  objectPronouns: ["us", "me", "him", "her", "them"],
  // English does not invert with a hyphen: "said he" is matched by the verb-then-pronoun order.
  inversionJoin: "\\s+",
  interjectedAdverbs: ["also", "again", "then", "later", "further"],
  honorifics: ["Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof."],
  sentenceStarters: ["The", "A", "An", "This", "That", "These", "He", "She", "It", "They", "But", "And", "In", "On", "At", "According", "For", "With"],
  passiveAuxiliaries: ["is", "are", "was", "were", "been", "be"],
  postVerbs: ["posted", "posts", "shared", "shares", "quipped", "quips", "joked", "jokes", "asked", "asks", "wondered", "wonders", "reacted", "reacts", "summed up"],
  postNouns: ["translation", "statement", "message", "tweet", "tweets", "post", "posts", "comment", "comments", "reaction", "reactions", "caption", "words"],
  presentatives: ["Here is", "Here are", "Below", "Above"],
  circumstanceOpeners: ["in", "on", "at", "from", "meanwhile", "for his part", "for her part", "later", "and", "but", "then", "today", "yesterday"],
  relativePronouns: ["who", "which"],
  determiners: ["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "our"],
  pluralDeterminers: ["many", "several", "some", "other", "these", "those"],
  agentPrepositions: ["by"],
  creditCues: ["Photo", "Photos", "Image", "Images", "Source", "Credit", "Credits", "Picture", "Screenshot", "Caption", "Illustration"],
  indefiniteSubjects: ["some", "many", "others", "several", "one"],
  inscriptionNouns: ["placard", "placards", "banner", "banners", "sign", "signs", "graffiti", "slogan", "slogans", "poster", "posters", "leaflet", "leaflets", "inscription"],
  definiteDeterminers: ["the", "this"],
  personNouns: [
    "blogger", "activist", "journalist", "reporter", "correspondent", "author", "writer", "poet", "artist", "photographer", "filmmaker", "singer",
    "professor", "academic", "researcher", "lawyer", "student", "dissident", "user", "witness", "woman", "man", "doctor",
  ],
  personalWords: ["i", "i'm", "i’m", "we", "you", "my", "our", "me", "us"],
};
