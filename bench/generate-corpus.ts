/**
 * A deterministic corpus of realistic news pages and text dumps for throughput benchmarks:
 * navigation, bylines, captions, share widgets, related links and comments around 5–15
 * paragraphs assembled from French and English phrase banks. Seeded, so runs compare.
 */
import type { RawDocument } from "../src/ingest/raw-document.js";

const SUBJECTS = {
  fr: ["Le ministre de l’Intérieur", "La présidente de la région", "Le conseil municipal", "Un porte-parole du gouvernement", "La direction du port", "Le syndicat des dockers", "L’agence de l’eau", "Le tribunal administratif"],
  en: ["The interior minister", "The regional president", "The city council", "A government spokesman", "The port authority", "The dockers' union", "The water agency", "The administrative court"],
};
const VERBS = {
  fr: ["a annoncé mardi", "a confirmé mercredi", "a démenti jeudi", "a signé lundi", "a présenté vendredi", "a rejeté dimanche"],
  en: ["announced on Tuesday", "confirmed on Wednesday", "denied on Thursday", "signed on Monday", "presented on Friday", "rejected on Sunday"],
};
const OBJECTS = {
  fr: ["un plan de financement de 40 millions d’euros pour la rénovation des quais", "un accord de coopération avec les communes voisines", "la fermeture temporaire du pont de la rivière", "un nouveau calendrier pour les travaux de la ligne ferroviaire", "une enquête sur la gestion des déchets industriels", "la création d’un comité conjoint chargé de suivre les prélèvements d’eau"],
  en: ["a 40 million euro plan to renovate the quays", "a cooperation agreement with neighbouring towns", "the temporary closure of the river bridge", "a new timetable for the railway works", "an inquiry into industrial waste management", "a joint committee to monitor water abstraction"],
};
const TAILS = {
  fr: ["selon un communiqué publié dans la soirée.", "après plusieurs semaines de négociations difficiles.", "a indiqué une source proche du dossier.", "« C’est une étape importante », a déclaré un élu.", "sans donner plus de détails sur le calendrier."],
  en: ["according to a statement released in the evening.", "after several weeks of difficult negotiations.", "a source close to the talks said.", '"This is an important step," an official said.', "without giving further details on the timetable."],
};
const HEADLINES = {
  fr: ["Le port s’agrandit", "Grève des dockers : accord trouvé", "Sécheresse : restrictions prolongées", "Municipales : les listes déposées", "Le pont fermé pour travaux", "Budget : la région vote"],
  en: ["Port expansion approved", "Dockers' strike ends", "Drought restrictions extended", "Local election lists filed", "Bridge closed for works", "Region passes budget"],
};

type Language = "fr" | "en";

/** Mulberry32: a tiny seeded generator, enough for reproducible corpora. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function paragraph(next: () => number, language: Language): string {
  const sentences = 2 + Math.floor(next() * 3);
  return Array.from({ length: sentences }, () => `${pick(next, SUBJECTS[language])} ${pick(next, VERBS[language])} ${pick(next, OBJECTS[language])}, ${pick(next, TAILS[language])}`).join(" ");
}

function article(next: () => number, language: Language) {
  const paragraphs = Array.from({ length: 5 + Math.floor(next() * 11) }, () => paragraph(next, language));
  const nav = Array.from({ length: 25 }, () => pick(next, HEADLINES[language]));
  return { title: `${pick(next, HEADLINES[language])} : ${pick(next, OBJECTS[language])}`, paragraphs, nav, day: 1 + Math.floor(next() * 28) };
}

export function htmlPage(index: number): RawDocument {
  const next = random(index * 2 + 1);
  const language: Language = next() < 0.7 ? "fr" : "en";
  const a = article(next, language);
  const raw = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${a.title} | Journal ${index % 40}</title>
<meta property="og:site_name" content="Journal ${index % 40}"><meta property="article:published_time" content="2025-03-${String(a.day).padStart(2, "0")}T08:15:00+01:00">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${a.title}","author":{"@type":"Person","name":"Auteur ${index % 97}"}}</script></head>
<body><header><nav><ul>${a.nav.map((item, i) => `<li><a href="/a/${i}">${item}</a></li>`).join("")}</ul></nav></header>
<main><article><h1>${a.title}</h1><div class="share-bar"><a>Facebook</a><a>X</a><a>E-mail</a></div>
<figure><img src="p.jpg"><figcaption>Illustration. Photo : Agence ${index % 7}</figcaption></figure>
${a.paragraphs.map((p, i) => (i === 3 ? `<h2>${pick(next, HEADLINES[language])}</h2><p>${p}</p>` : `<p>${p}</p>`)).join("\n")}
<aside class="related"><h3>Lire aussi</h3><ul>${a.nav.slice(0, 5).map((item) => `<li><a>${item}</a></li>`).join("")}</ul></aside></article>
<section class="comments"><h3>Commentaires</h3><p>Soyez le premier à commenter.</p></section></main><footer>© Journal ${index % 40}</footer></body></html>`;
  return { source: `bench/page-${index}.html`, container: "html", format: "html", raw, encoding: "utf-8", byteLength: Buffer.byteLength(raw), metadata: {}, messages: [] };
}

export function textDump(index: number): RawDocument {
  const next = random(index * 2 + 2);
  const language: Language = next() < 0.7 ? "fr" : "en";
  const a = article(next, language);
  const byline = language === "fr" ? `Par  Auteur ${index % 97} , AFP  Publié le  ${String(a.day).padStart(2, "0")}-03-2025 08:15` : `By Author ${index % 97} and Staff  Published on ${String(a.day).padStart(2, "0")}-03-2025 08:15`;
  const widgets = language === "fr" ? ["Suivez-nous et partagez", "RSS", "Twitter", "Soyez le premier à commenter"] : ["Follow us", "RSS", "Twitter", "Leave a comment"];
  const raw = [a.nav.join("\u00a0\u00a0\u00a0\u00a0"), "", a.title, "", byline, "", `Illustration | Photo : Agence ${index % 7}`, "", ...a.paragraphs.flatMap((p, i) => (i === 2 ? ["close", "", p, ""] : [p, ""])), `journal${index % 40}.example`, "", ...widgets].join("\n");
  return { source: `bench/dump-${index}.txt`, container: "text", format: "text", raw, encoding: "utf-8", byteLength: Buffer.byteLength(raw), metadata: {}, messages: [] };
}

export function generateCorpus(size: number): { pages: RawDocument[]; dumps: RawDocument[] } {
  const half = Math.ceil(size / 2);
  return { pages: Array.from({ length: half }, (_, i) => htmlPage(i)), dumps: Array.from({ length: size - half }, (_, i) => textDump(i)) };
}

/** One JSON Lines record as scrapers write them: a page's HTML or a dump's text, with its URL (even indexes pages, odd dumps). */
export function jsonlRecord(index: number): string {
  const document = index % 2 === 0 ? htmlPage(index) : textDump(index);
  const url = `https://journal.example/${index}`;
  return JSON.stringify(document.format === "html" ? { url, html: document.raw } : { url, text: document.raw });
}
