/** `recoupe show <id>`: one article with its metadata, warnings and clean text. */
import type { Entity, Quote } from "../../annotate/annotation.js";
import { Command } from "commander";
import { RecoupeError } from "../../core/errors.js";
import { serializeOffsetMap } from "../../core/offset-map.js";
import { addDbOption, withStore } from "../open-store-option.js";
import { formatMessage, orDash, printJson } from "../output.js";
import { addLangOption, textIn, type TextWords } from "./text-language.js";

/** Long quotes are cut in the listing; the full text is in the article below. */
const MAX_QUOTE_CHARS = 70;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, " ");
  return flat.length > MAX_QUOTE_CHARS ? `${flat.slice(0, MAX_QUOTE_CHARS - 1)}…` : flat;
}

export function showCommand(): Command {
  const command = new Command("show")
    .description("Show one article: metadata, warnings and clean text")
    .argument("<id>", "article id, as listed by `recoupe articles`")
    .option("--raw", "also print the raw input the text was extracted from")
    .option("--json", "print JSON");
  addLangOption(command);
  addDbOption(command, { mustExist: true });
  return command.action(async (id: string, flags: { db: string; raw?: boolean; json?: boolean; lang?: "fr" | "en" }) => {
    const text = textIn(flags.lang);
    const label = text.label;
    await withStore(flags.db, async (store) => {
      const article = await store.getArticle(id);
      if (!article) throw new RecoupeError("not-found", `no article with id ${id}; list them with \`recoupe articles\`.`, id);
      if (flags.json) {
        const { offsetMap, raw, ...rest } = article;
        return printJson({ ...rest, offsetMap: serializeOffsetMap(offsetMap), ...(flags.raw ? { raw } : {}) });
      }
      const nameOf = (id: string) => article.annotations.entities.find((entity) => entity.id === id)?.name ?? id;
      const lines = [
        `${label("id")}${article.id}`,
        `${label("source")}${article.source}${article.url ? ` (${article.url})` : ""}`,
        `${label("title")}${orDash(article.title)}`,
        `${label("outlet")}${orDash(article.outlet)}`,
        `${label("authors")}${article.authors.length > 0 ? article.authors.join("; ") : "—"}`,
        `${label("published")}${article.published ? `${text.date(article.published)} (${article.published})` : "—"}`,
        `${label("language")}${orDash(article.language)}`,
        `${label("input")}${article.container} → ${article.format}, ${article.encoding}`,
        ...article.warnings.map((warning) => `${label("warning")}${formatMessage(warning)}`),
        ...article.annotations.times.map((time) => `${label("time")}${time.text} → ${time.value ? text.date(time.value) : text.unresolved} (${time.type.toLowerCase()}, ${text.at(time.start)})`),
        ...article.annotations.entities.filter((entity) => entity.mentions.some((mention) => mention.kind !== "demonym")).map((entity) => `${label("entity")}${entity.id} ${entity.type} ${entity.name} — ${describeEntity(entity, nameOf, text)}`),
        ...article.annotations.quotes.map((quote) => `${label(quote.direct ? "quote" : "reported")}${quote.direct ? "« " : ""}${excerpt(article.text.slice(quote.content.start, quote.content.end))}${quote.direct ? " »" : ""} — ${speakerOf(quote, nameOf)} (${text.at(quote.start)})`),
        ...article.annotations.events.map((event) => `${label("event")}${text.eventKind(event.category, event.mode)}: ${event.actors.map(nameOf).join(" + ") || "?"} → ${event.targets.map(nameOf).join(" + ") || "—"}, ${event.date ? text.date(event.date) : text.undated}, ${event.place ? nameOf(event.place) : text.noPlace} — "${event.trigger.text}" (${text.at(event.trigger.start)})`),
        "",
        article.text,
        ...(flags.raw ? ["", `──── ${text.rawInput} ────`, article.raw] : []),
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    });
  });
}

function describeEntity(entity: Entity, nameOf: (id: string) => string, text: TextWords): string {
  const mentions = entity.mentions.filter((mention) => mention.kind !== "demonym");
  const roles = entity.roles.map((role) => `${role.text}${role.affiliation ? ` (${nameOf(role.affiliation)})` : ""}`);
  return `${text.mentions(mentions.length)}${roles.length > 0 ? `; ${text.role}${text.language === "fr" ? " : " : ": "}${roles.join("; ")}` : ""}`;
}

function speakerOf(quote: Quote, nameOf: (id: string) => string): string {
  if (quote.speakerEntity) return nameOf(quote.speakerEntity) + (quote.speaker && quote.speaker.text !== nameOf(quote.speakerEntity) ? ` ("${quote.speaker.text}")` : "");
  return quote.speaker?.text ?? quote.speakerKind;
}
