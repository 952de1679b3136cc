/**
 * Annotation throughput on one core: the default pipeline (sentences, times, entities, quotes,
 * events) over generated French news articles of about 600 words, full of names, roles, dates,
 * quotes and events; cumulative stage prefixes show where the time goes; chrono-node's French
 * parser runs on the same texts as a peer for the time stage. The gazetteers' one-off load is
 * timed apart.
 */
import * as chrono from "chrono-node";
import { annotateArticle, defaultPipeline } from "../src/annotate/annotate-article.js";
import { createPipeline } from "../src/annotate/pipeline.js";
import { extractArticle } from "../src/extract/extract-article.js";
import type { Article } from "../src/extract/article.js";

import { random } from "./generate-corpus.js";

const PEOPLE = ["Erik Lund", "Marta Kowalska", "Jonas Berg", "Claire Dumas", "Ahmed Benali", "Sofia Rossi", "Pedro Alves", "Ingrid Solberg", "Karel Novak", "Lucie Verdier"];
const COUNTRIES = [["Norvège", "norvégien"], ["Pologne", "polonais"], ["Portugal", "portugais"], ["Italie", "italien"], ["Suède", "suédois"], ["Tunisie", "tunisien"], ["Grèce", "grec"], ["Canada", "canadien"]] as const;
const CITIES = ["Oslo", "Varsovie", "Lisbonne", "Rome", "Stockholm", "Tunis", "Athènes", "Ottawa", "Genève", "Bruxelles"];
const ROLES = ["ministre de la Défense", "ministre des Affaires étrangères", "porte-parole du gouvernement", "président du conseil régional", "directeur de l'Agence de l'eau"];
const WHEN = ["mardi", "mercredi soir", "le 12 mars 2024", "la semaine dernière", "jeudi", "en décembre 2023", "il y a deux ans", "lundi matin"];
const ACTS = ["a signé un accord de coopération avec", "a rencontré", "s'est entretenu au téléphone avec", "a refusé la demande de", "a critiqué", "a reçu"];
const TOPICS = ["la sécurité maritime", "les exportations d'armes", "la gestion de l'eau", "les échanges universitaires", "la lutte contre la désinformation", "le financement des ports"];

export function frenchArticle(index: number): string {
  const next = random(index + 7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const sentences: string[] = [];
  while (sentences.join(" ").split(/\s+/u).length < 600) {
    const [country, demonym] = pick(COUNTRIES);
    const person = pick(PEOPLE);
    const other = pick(PEOPLE);
    switch (Math.floor(next() * 5)) {
      case 0:
        sentences.push(`Le ${pick(ROLES).replace(/^ministre/u, `ministre ${demonym}`)} ${person} ${pick(ACTS)} ${other} ${pick(WHEN)} à ${pick(CITIES)}, au sujet de ${pick(TOPICS)}.`);
        break;
      case 1:
        sentences.push(`« Nous voulons avancer sur ${pick(TOPICS)} », a déclaré M. ${person.split(" ")[1]} ${pick(WHEN)}.`);
        break;
      case 2:
        sentences.push(`Selon le quotidien ${pick(["Le Courrier", "La Gazette du Port", "Nordposten"])}, la ${country} ${pick(ACTS)} la ${pick(COUNTRIES)[0]} ${pick(WHEN)}.`);
        break;
      case 3:
        sentences.push(`${other} a affirmé que ${pick(TOPICS)} restait une priorité pour son homologue ${demonym}, qui était en visite à ${pick(CITIES)} ${pick(WHEN)}.`);
        break;
      default:
        sentences.push(`Les négociations sur ${pick(TOPICS)} ont duré deux jours, et un protocole d'accord a été conclu ${pick(WHEN)}.`);
    }
  }
  return `Dossier ${index}\n\n${sentences.join(" ")}`;
}

export interface AnnotationBenchmark {
  articles: number;
  wordsPerArticle: number;
  gazetteerLoadMs: number;
  articlesPerSecond: number;
  wordsPerSecond: number;
  /** Articles per second of each cumulative prefix of the pipeline. */
  prefixes: Record<string, number>;
  chronoFrArticlesPerSecond: number;
  /** recoupe's time stage (with sentences) against chrono.fr.parse, articles per second. */
  timeStageRatio: number;
  peakRssMb: number;
  heapUsedMb: number;
}

function measure(articles: readonly Article[], run: (article: Article) => void): number {
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  for (const article of articles) run(article);
  return Math.round(articles.length / ((performance.now() - started) / 1000));
}

/** Median of three rounds: single runs move by ±15 % on this machine. */
function median(articles: readonly Article[], run: (article: Article) => void): number {
  return [0, 1, 2].map(() => measure(articles, run)).sort((a, b) => a - b)[1]!;
}

export function benchmarkAnnotation(size: number): AnnotationBenchmark {
  const articles = Array.from({ length: size }, (_, index) => {
    const raw = frenchArticle(index);
    const extracted = extractArticle({ source: `bench/annotate-${index}.txt`, container: "text", format: "text", raw, encoding: "utf-8", byteLength: raw.length, metadata: {}, messages: [] });
    if (!extracted.ok) throw new Error(`generated article ${index} could not be extracted`);
    return { ...extracted.article, language: "fr", published: "2024-05-15" };
  });
  const words = articles.reduce((sum, article) => sum + article.text.split(/\s+/u).length, 0);
  const loadStarted = performance.now();
  annotateArticle(articles[0]!);
  const gazetteerLoadMs = Math.round(performance.now() - loadStarted);
  for (const article of articles.slice(0, 50)) annotateArticle(article);

  const prefixes: Record<string, number> = {};
  const stages = defaultPipeline.stages;
  for (let count = 1; count < stages.length; count += 1) {
    const prefix = createPipeline(stages.slice(0, count));
    prefixes[stages.slice(0, count).map((stage) => stage.name).join("+")] = median(articles, (article) => prefix.run(article));
  }
  const articlesPerSecond = median(articles, (article) => annotateArticle(article));
  prefixes[stages.map((stage) => stage.name).join("+")] = articlesPerSecond;
  const chronoFrArticlesPerSecond = median(articles, (article) => chrono.fr.parse(article.text, { instant: new Date("2024-05-15"), timezone: 0 }));
  const timeStage = prefixes["sentences+times"] ?? 0;
  return {
    articles: size,
    wordsPerArticle: Math.round(words / size),
    gazetteerLoadMs,
    articlesPerSecond,
    wordsPerSecond: Math.round((articlesPerSecond * words) / size),
    prefixes,
    chronoFrArticlesPerSecond,
    timeStageRatio: Number((timeStage / chronoFrArticlesPerSecond).toFixed(2)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
  };
}
