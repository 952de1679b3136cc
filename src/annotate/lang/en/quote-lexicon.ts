/** English words of attribution: data only; the quote stage reads it. */
import type { QuoteLexicon } from "../quote-lexicon.js";

export const englishQuoteLexicon: QuoteLexicon = {
  speechVerbs: [
    "said", "told", "added", "explained", "stated", "declared", "stressed", "noted", "announced", "wrote", "insisted", "confirmed", "denied",
    "warned", "argued", "claimed", "recalled", "acknowledged", "admitted", "replied", "responded", "tweeted", "commented", "observed",
    "says", "tells", "adds", "explains", "states", "declares", "stresses", "notes", "announces", "writes", "insists", "confirms", "denies",
    "warns", "argues", "claims", "recalls", "acknowledges", "admits", "replies", "responds", "tweets", "comments", "observes",
    // The plural present: "officials say", "experts warn".
    "say", "tell", "add", "explain", "stress", "note", "insist", "confirm", "deny", "warn", "argue", "claim", "admit",
    // An object between verb and clause: "X told reporters that …".
    "told reporters", "told journalists", "told the press", "told a news conference", "tells reporters", "tells journalists",
    // Words given under oath: "Officer X testified that …".
    "testified", "testifies", "testify",
    // Words shouted by a crowd: "The protesters chanted “…”".
    "chanted", "chant", "chants", "shouted", "shouts", "shout",
  ],
  namingVerbs: ["called", "calls", "call", "described", "describes", "describe", "termed", "terms", "dubbed", "dubs", "labeled", "labelled", "branded", "deemed"],
  participleSpeechVerbs: ["saying", "adding", "noting", "arguing", "insisting", "claiming", "explaining", "stressing", "stating"],
  bareClauseVerbs: ["said", "says", "say", "added", "adds", "insisted", "insists", "argued", "argues", "claimed", "claims", "stressed", "stresses", "noted", "notes", "warned", "warns", "estimated", "estimates"],
  addresseeVerbs: ["told", "tells", "tell", "assured", "assures", "informed", "informs", "reminded", "reminds", "warned", "warns"],
  reportingVerbs: ["reported", "reports", "report", "is reporting", "are reporting", "was reporting", "were reporting"],
  adjunctOpeners: ["in", "on", "at", "during", "after", "before", "via", "through", "from", "last", "earlier", "later", "yesterday", "today", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  complementPrepositions: ["of", "in", "at", "from", "with", "for", "to", "on", "by"],
  sourceNouns: ["source", "paper", "newspaper", "site", "website", "agency", "outlet", "broadcaster", "report", "article"],
  conjunctions: ["and", "but", "so", "yet", "to which"],
  infinitiveMarkers: ["to"],
  nonClauseOpeners: ["to", "so", "as", "of", "for", "with", "by", "about", "nothing", "something", "goodbye", "thanks", "sorry", "hello"],
  auxiliaries: ["has", "have", "had"],
  // "They said" stands for a group (officials, jurors) more often than for the last person named: a source left unnamed.
  pronouns: { he: "person", she: "person", they: "unspecified", it: "unspecified" },
  pronounGenders: { he: "male", she: "female" },
  relativeSourceOpeners: ["according to which"],
  sourcePrepositions: ["according to"],
  speakerEnders: ["after", "during", "before", "at", "in", "on", "who", "while", "when", "speaking", "on condition"],
  complementisers: ["that", "having", "being"],
  adverbSuffix: "ly",
  objectPronouns: ["us", "me", "him", "her", "them"],
  // English does not invert with a hyphen: "said he" is matched by the verb-then-pronoun order.
  inversionJoin: "\\s+",
  interjectedAdverbs: ["also", "again", "then", "later", "further", "often", "once", "previously"],
  honorifics: ["Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof."],
  sentenceStarters: ["The", "A", "An", "This", "That", "These", "He", "She", "It", "They", "But", "And", "In", "On", "At", "According", "For", "With"],
  passiveAuxiliaries: ["is", "are", "was", "were", "been", "be"],
  postVerbs: ["posted", "posts", "shared", "shares", "quipped", "quips", "joked", "jokes", "asked", "asks", "wondered", "wonders", "reacted", "reacts", "summed up"],
  postNouns: ["translation", "statement", "message", "tweet", "tweets", "post", "posts", "comment", "comments", "reaction", "reactions", "caption", "words"],
  presentatives: ["Here is", "Here are", "Below", "Above"],
  circumstanceOpeners: ["in", "on", "at", "from", "meanwhile", "for his part", "for her part", "later", "and", "but", "then", "today", "yesterday"],
  relativePronouns: ["who", "whose", "which"],
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
    // Offices held by one person the article has named ("Athens Mayor X" … "the mayor said").
    "mayor", "coroner", "spokesman", "spokeswoman", "governor", "senator", "coach", "attorney", "director", "chairman",
  ],
  personalWords: ["i", "i'm", "i’m", "we", "you", "my", "our", "me", "us"],
};
