/** English extraction cues; also applied to pages in other languages, whose widgets are often in English. */
import type { ExtractionCues } from "./cues.js";

export const englishCues: ExtractionCues = {
  locale: "en",
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
    august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  bylineOpeners: ["by"],
  publishedCues: ["published on", "published", "posted on", "posted", "date"],
  modifiedCues: ["last modified", "last updated", "updated on", "updated", "modified"],
  authorJoiners: ["and", "with"],
  authorRoles: ["staff writer", "editorial staff", "senior writer", "staff reporter", "staff", "reporter", "correspondent", "senior correspondent", "contributor", "contributing writer", "editor", "senior editor", "columnist", "news desk", "newsroom", "web desk"],
  republishedInPatterns: ["(?:originally )?published (?:in|by)\\s+(?<outlet>.+?)\\s+on\\s+(?<date>.+)$"],
  creditOpeners: ["photo", "photograph", "image", "credit", "photo credit", "illustration", "copyright", "©"],
  interfaceWords: ["close", "menu", "home", "search", "share", "print", "email", "subscribe", "sign in", "log in", "advertisement", "comments", "comment", "next", "previous", "back to top", "rss", "twitter", "facebook", "linkedin", "whatsapp", "instagram", "youtube", "telegram"],
  widgetPhrases: [
    "follow us", "follow me", "visit us", "share this", "share on", "leave a comment", "leave a reply", "be the first to comment",
    "your email address will not be published", "required fields are marked", "sign up for our newsletter", "subscribe to our newsletter",
    "report this", "you may also like", "related articles", "recommended for you", "all rights reserved", "accept cookies",
    "min read", "listen to this article", "gift this article", "subscribers only", "copy link", "link copied", "sign up for free",
  ],
  seriesNotePhrases: ["is part of our special coverage", "is part of our coverage", "is part of our series", "is part of a series"],
  relatedOpeners: ["read more", "read also", "see also", "related:", "also read", "more on this"],
  endOfArticlePhrases: ["click here to read the article at its source", "read the full article at", "read more at", "be the first to comment", "leave a comment", "leave a reply"],
  wordListPackage: "an-array-of-english-words",
};
