import { makeArticle } from "../test/make-article.js";
import { annotateArticle } from "../src/annotate/annotate-article.js";
const text = `Norway and Denmark signed a defence memorandum of understanding in Oslo on Tuesday, the first agreement of its kind between the two countries.
Norwegian Defence Minister Jonas Berg met his Danish counterpart, Anna Lund, at the Akershus fortress. "This is a historic day for our two nations," Berg said after the ceremony.
The agreement covers intelligence sharing, joint exercises and training, according to a statement from the Ministry of Defence.
Lund told reporters that Copenhagen would not comment on arms sales. Mr. Berg later flew to Stockholm for talks with Swedish officials.`;
const { article } = makeArticle(text, { published: "2024-05-15", language: "en" });
const a = annotateArticle(article);
console.log("ENTITIES", a.annotations.entities.map((e) => `${e.type}:${e.name}[${e.mentions.map((m) => m.text).join("|")}]${e.roles.map((r) => " role=" + r.text).join("")}`).join("\n  "));
console.log("QUOTES", a.annotations.quotes.map((q) => `${text.slice(q.content.start, q.content.end).slice(0, 40)} <- ${q.speaker?.text} (${q.speakerEntity})`));
console.log("EVENTS", a.annotations.events.map((e) => `${e.category}/${e.mode} ${e.trigger.text} A:${e.actors} T:${e.targets} D:${e.date} P:${e.place}`));
console.log("TIMES", a.annotations.times.map((t) => `${t.text}=${t.value}`));
console.log("ATTRS", a.annotations.attributes?.map((t) => `${t.slot}:${t.subject}:${t.value}`));
