import { describe, expect, it } from "vitest";
import { readHtmlMetadata } from "./html-metadata.js";
import { parsePage } from "./source-text.js";

function read(html: string, url?: string) {
  const page = parsePage(html);
  if (page.exceeded) throw new Error(`test page past the ${page.exceeded} limit`);
  return readHtmlMetadata(page.document, url);
}

const body = "<p>Le conseil municipal a voté mardi soir le budget de l'année prochaine, après trois heures de débat.</p>";

describe("readHtmlMetadata: title", () => {
  it("takes the headline, not the site's logo in the first <h1>", () => {
    const page = `<html lang="fr"><head><title>Brest : la rade en fête - Le Télégramme</title></head><body><header><h1 class="logo">Le Télégramme</h1></header><article><h2>Brest : la rade en fête</h2>${body}</article></body></html>`;
    expect(read(page, "https://www.letelegramme.fr/finistere/brest/la-rade-en-fete-661.php").title).toBe("Brest : la rade en fête");
  });

  it("cuts the outlet's name, written or as a domain, off the end of a title", () => {
    const page = (siteName: string, title: string) => `<html><head><meta property="og:site_name" content="${siteName}"><meta property="og:title" content="${title}"></head><body>${body}</body></html>`;
    expect(read(page("Carnets de route", "Trois jours à pied - Carnets de route")).title).toBe("Trois jours à pied");
    expect(read(page("midilibre.fr", "Montpellier : le tramway testé de nuit - midilibre.fr")).title).toBe("Montpellier : le tramway testé de nuit");
    expect(read(page("TV5MONDE", "Niger : une annonce | TV5MONDE - Informations")).title).toBe("Niger : une annonce");
  });

  it("decodes entities a title was encoded with twice", () => {
    const page = `<html><head><meta property="og:title" content="&amp;#8216;The Medium&amp;#8217; &amp;amp; the Message"></head><body>${body}</body></html>`;
    expect(read(page).title).toBe("‘The Medium’ & the Message");
  });

  it("takes the headline the page shows where its metadata words it otherwise, not a section's <h1>", () => {
    const page = (h1s: string, ogTitle: string) =>
      `<html><head><title>${ogTitle} - BBC News</title><meta property="og:site_name" content="BBC News"><meta property="og:title" content="${ogTitle}"></head><body>${h1s}${body}</body></html>`;
    expect(read(page("<h1>Julian Assange: Sweden drops rape investigation</h1>", "Sweden drops Assange rape investigation")).title).toBe("Julian Assange: Sweden drops rape investigation");
    // A rewording that keeps most of the words is still the same headline ("Falls" is "Is Falling").
    expect(read(page("<h1>Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn’t Worry.</h1>", "Home Depot Stock Falls After Earnings Report Disappoints")).title).toBe(
      "Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn’t Worry.",
    );
    // A section's name, a logo or another story's headline shares too few words: the metadata stands.
    expect(read(page("<h1>Games</h1><h1>BBC News</h1>", "Sweden drops Assange rape investigation")).title).toBe("Sweden drops Assange rape investigation");
    expect(read(page("<h1>Taylor Swift is allowed to play her music after all</h1>", "Sweden drops Assange rape investigation")).title).toBe("Sweden drops Assange rape investigation");
    // An <h1> holding the headline and a deck or a share bar is more than the headline.
    const long = "<h1>Sweden drops Assange rape investigation as prosecutors say evidence has weakened over the years since the complaint was filed in 2010</h1>";
    expect(read(page(long, "Sweden drops Assange rape investigation")).title).toBe("Sweden drops Assange rape investigation");
  });

  it("keeps a dash that belongs to the headline", () => {
    const page = `<html><head><meta property="og:site_name" content="Le Monde"><meta property="og:title" content="Rugby - Le XV de France bat l'Irlande"></head><body>${body}</body></html>`;
    expect(read(page).title).toBe("Rugby - Le XV de France bat l'Irlande");
  });
});

describe("readHtmlMetadata: outlet", () => {
  it("turns a domain-shaped site name into the outlet's written name", () => {
    const page = (siteName: string) => `<html><head><meta property="og:site_name" content="${siteName}"></head><body>${body}</body></html>`;
    expect(read(page("Le Monde.fr"), "https://www.lemonde.fr/x/article/2024/03/03/y.html").outlet).toBe("Le Monde");
    expect(read(page("SudOuest.fr")).outlet).toBe("Sud Ouest");
    expect(read(page("journal-inconnu.fr")).outlet).toBe("journal-inconnu.fr");
  });

  it("reads no outlet from a URL, a handle, a bare label or another section's name", () => {
    const page = (siteName: string) => `<html><head><meta property="og:site_name" content="${siteName}"></head><body>${body}</body></html>`;
    expect(read(page("https://www.hawaiinewsnow.com"), "https://www.hawaiinewsnow.com/2019/11/19/story/").outlet).toBe("hawaiinewsnow.com");
    expect(read(page("@politifact"), "https://www.politifact.com/article/2019/nov/18/tariffs/").outlet).toBe("PolitiFact");
    expect(read(page("usatoday"), "https://www.usatoday.com/story/news/2019/11/19/x/").outlet).toBe("USA Today");
    expect(read(page("U.S."), "https://www.reuters.com/article/us-global-markets/oil-idUSKBN1XT01R").outlet).toBe("Reuters");
    // A site name that is a form of the domain's outlet stands.
    expect(read(page("WSJ"), "https://www.wsj.com/articles/x").outlet).toBe("WSJ");
    expect(read(page("France 3 Bretagne"), "https://france3-regions.francetvinfo.fr/bretagne/x.html").outlet).toBe("France 3 Bretagne");
  });

  it("cuts the tagline or sections a site name lists after a bar", () => {
    const page = (siteName: string) => `<html><head><meta property="og:site_name" content="${siteName}"></head><body>${body}</body></html>`;
    expect(read(page("Autoracing | F1 | Indy | MotoGP | StockCar")).outlet).toBe("Autoracing");
    expect(read(page("LinkNaija | Nigeria's popular news platform")).outlet).toBe("LinkNaija");
    expect(read(page("Mensagens de Reflexão")).outlet).toBe("Mensagens de Reflexão");
  });

  it("resolves a JSON-LD publisher given by @id, and falls back on the known outlets, then the domain", () => {
    const graph = `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Santé : un titre","publisher":{"@id":"#org"},"author":{"@id":"#p1"}},{"@type":"NewsMediaOrganization","@id":"#org","name":"La Croix"},{"@type":"Person","@id":"#p1","name":"Bénédicte Vaillant"}]}</script>`;
    const withGraph = read(`<html><head>${graph}</head><body>${body}</body></html>`);
    expect(withGraph.outlet).toBe("La Croix");
    expect(withGraph.authors).toEqual(["Bénédicte Vaillant"]);
    expect(read(`<html><head><title>Marianne</title></head><body><h1>Laïcité : la circulaire</h1>${body}</body></html>`, "https://www.marianne.net/societe/laicite").outlet).toBe("Marianne");
    expect(read(`<html><body>${body}</body></html>`, "https://www.journal-inconnu.fr/a/b").outlet).toBe("journal-inconnu.fr");
  });
});

describe("readHtmlMetadata: authors", () => {
  it("reads the author a CMS states as a labelled Twitter field or in a name element", () => {
    const ghost = `<html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Claire Morvan"><meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="Vélo"></head><body>${body}</body></html>`;
    expect(read(ghost).authors).toEqual(["Claire Morvan"]);
    const sports = `<html lang="fr"><body><article><div class="Author"><span class="Author__name">Mathieu Grégoire</span> <span class="Author__role">avec J. C.</span></div>${body}</article></body></html>`;
    expect(read(sports).authors).toEqual(["Mathieu Grégoire"]);
    const filedUnder = `<html><head><meta name="twitter:label1" content="Filed under"><meta name="twitter:data1" content="Vélo"></head><body>${body}</body></html>`;
    expect(read(filedUnder).authors).toEqual([]);
  });

  it("reads no author where the outlet credits itself, and looks for a byline instead", () => {
    const ld = (author: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Sweden drops inquiry","author":{"@type":"Organization","name":"${author}"},"publisher":{"@type":"Organization","name":"Al Bawaba"}}</script>`;
    expect(read(`<html><head>${ld("Al-Bawaba")}</head><body>${body}</body></html>`).authors).toEqual([]);
    expect(read(`<html><head>${ld("Al-Bawaba")}</head><body><article><p class="byline">By Tom Gillespie</p>${body}</article></body></html>`).authors).toEqual(["Tom Gillespie"]);
    expect(read(`<html><head>${ld("Reuters")}</head><body>${body}</body></html>`).authors).toEqual(["Reuters"]);
    // Credited as a person, the outlet's name is a signature ("Par : RFI").
    const person = ld("Al Bawaba").replace('"@type":"Organization","name":"Al Bawaba"}', '"@type":"Person","name":"Al Bawaba"}');
    expect(read(`<html><head>${person}</head><body>${body}</body></html>`).authors).toEqual(["Al Bawaba"]);
  });

  it("prefers a visible byline naming people to the outlet credited as a person, and cuts the weekday glued to the last name", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"16-inch MacBook Pro review","author":{"@type":"Person","name":"AppleInsider"},"publisher":{"@type":"Organization","name":"AppleInsider"}}</script>`;
    const byline = `<div class="byline">By <a href="/cdn-cgi/l/email-protection#1a">Mike Wuerthele</a> and <a href="/cdn-cgi/l/email-protection#2b">Malcolm Owen</a> Monday, November 18, 2019, 05:00 am PT (08:00 am ET)</div>`;
    expect(read(`<html lang="en"><head>${ld}</head><body><article>${byline}${body}</article></body></html>`).authors).toEqual(["Mike Wuerthele", "Malcolm Owen"]);
  });

  it("reads the names on links to author pages in a byline no selector covers, not a linked name in the text", () => {
    const politifact = `<html lang="en"><body><nav><a href="/truth-o-meter/staff/">Our staff</a></nav><article><p class="article__meta"> By <a class="link" href="/west-virginia/staff/matthew-digby/">Matthew Digby</a> , <a class="link" href="/west-virginia/staff/minh-do/">Minh Do</a> <span class="article__meta">on Monday, November 18th, 2019 at 11:08 a.m.</span> </p>${body}</article></body></html>`;
    expect(read(politifact).authors).toEqual(["Matthew Digby", "Minh Do"]);
    const comwrap = `<html lang="de"><body><article><span class="about__block about__block--dimmed">Von</span> <span class="about__block"><a class="author-link" href="https://blog.comwrap.com/author/moritz-bachmann"> Moritz Bachmann</a></span>${body}</article></body></html>`;
    expect(read(comwrap).authors).toEqual(["Moritz Bachmann"]);
    const seeMore = `<html><body><h4><a class="name" href="/author/jose-altoveros.html">Jose Altoveros</a><a class="view-more" href="/author/jose-altoveros.html">View More Articles</a></h4>${body}</body></html>`;
    expect(read(seeMore).authors).toEqual(["Jose Altoveros"]);
    const mention = `<html lang="en"><body><article><p>US President <a href="/topics/people/donald-trump.html">Donald Trump</a> has been eager to withdraw, but the chairman of the Joint Chiefs of Staff said the troops would stay for as long as the talks with the armed group last.</p></article></body></html>`;
    expect(read(mention).authors).toEqual([]);
  });

  it("reads a byline whose names and agency sit in blocks of their own", () => {
    const ap = `<html lang="en"><body><div class="ap-story-byline"><div class="field field-name-field-byline-original">By DANICA KIRKA and JILL LAWLESS</div><div class="field field-name-field-byline-title">Associated Press</div></div>${body}</body></html>`;
    expect(read(ap).authors).toEqual(["DANICA KIRKA", "JILL LAWLESS"]);
  });

  it("reads an author element whose itemprop lists more than one name, before a comment's", () => {
    const page = `<html><body><article><p><span itemprop="author creator" class="info">Venera Erofeeva</span></p>${body}</article><section class="comments"><span itemprop="author">Guest</span></section></body></html>`;
    expect(read(page).authors).toEqual(["Venera Erofeeva"]);
  });

  it("decodes entities before splitting a byline at its separators", () => {
    const page = `<html lang="fr"><head><meta name="author" content="Yann L&amp;#039;Hénoret"></head><body>${body}</body></html>`;
    expect(read(page).authors).toEqual(["Yann L'Hénoret"]);
  });
});

describe("readHtmlMetadata: publication date", () => {
  it("prefers metadata, records where it came from, and never reads dateModified", () => {
    const page = `<html lang="fr"><head><meta property="article:modified_time" content="2024-02-08T08:10:00+01:00"><meta property="article:published_time" content="2024-02-07T19:45:00+01:00"></head><body>${body}</body></html>`;
    const { published, publishedSource } = read(page);
    expect(published).toBe("2024-02-07T19:45");
    expect(publishedSource).toEqual({ kind: "metadata", inferred: false, evidence: "article:published_time 2024-02-07T19:45:00+01:00" });
  });

  it("reads the publication stamp of a dateline, not its modification", () => {
    const page = `<html lang="fr"><body><article><h1>RER B : des travaux</h1><div class="timestamp">Le 7 février 2024 à 19h45, modifié le 8 février 2024 à 08h10</div>${body}</article></body></html>`;
    expect(read(page).published).toBe("2024-02-07T19:45");
    const updatedOnly = `<html lang="fr"><body><article><h1>Nice : un contrôle</h1><span class="updated">Mis à jour le 11/11/2024 à 08:00</span>${body}</article></body></html>`;
    expect(read(updatedOnly).published).toBeNull();
  });

  it("skips dates in scripts, comments, sidebars and related articles", () => {
    const page = `<html lang="fr"><head><script>var data = {"pubDate":"2019-01-01"};</script></head><body><!-- publié le 12/05/2021 --><aside class="sidebar"><time datetime="2024-03-10">10 mars 2024</time></aside><article><h1>Pourquoi la Creuse</h1><span class="post-date">3 mars 2024</span>${body}</article><section class="related"><time datetime="2024-04-05">5 avril 2024</time></section></body></html>`;
    const { published, publishedSource } = read(page);
    expect(published).toBe("2024-03-03");
    expect(publishedSource).toEqual({ kind: "dateline", inferred: true, evidence: "3 mars 2024" });
  });

  it("takes the URL's day over metadata of another day, and flags it as inferred", () => {
    const page = `<html><head><meta property="article:published_time" content="2019-11-19T07:03:25+00:00"></head><body>${body}</body></html>`;
    const url = "https://venture.example.com/2019/11/18/an-investigation/";
    expect(read(page, url)).toMatchObject({ published: "2019-11-18", publishedSource: { kind: "url", inferred: true, evidence: url } });
    // A date inside a slug may be the event's: the page's own stamp stands.
    expect(read(page, "https://news.example.com/news/hearings-testimony-2019-11-18/").published).toBe("2019-11-19T07:03");
  });

  it("takes the day a URL files with a month word over a page's date of another day", () => {
    const page = `<html><body><article><h1>Hong Kong</h1>${body}</article></body></html>`;
    const url = "https://news.example.com/world/2019/nov/18/hong-kong-a-city-on-the-brink";
    expect(read(page, url)).toMatchObject({ published: "2019-11-18", publishedSource: { kind: "url" } });
  });

  it("skips the date a fact-checked statement or a quote was made, and keeps a dateline that agrees with the URL", () => {
    const page = `<html lang="en"><body><article><div class="statement"><div class="statement__text">"$53 million a week is coming across the border."</div><p class="statement__meta">— <a href="/p/">Jane Roe</a> on Sunday, October 13th, 2019 in an article</p></div><h1>What is the value of drugs at the border?</h1><p class="article__meta">By Sam Lee <span class="article__meta">on Monday, November 18th, 2019 at 11:08 a.m.</span></p><blockquote><p class="date">March 2, 2018</p></blockquote>${body}</article></body></html>`;
    const url = "https://checks.example.com/statements/2019/nov/18/jane-roe/drugs-border/";
    expect(read(page, url)).toMatchObject({ published: "2019-11-18T11:08", publishedSource: { kind: "dateline" } });
    expect(read(page)).toMatchObject({ published: "2019-11-18T11:08" });
  });

  it("rejects placeholder dates", () => {
    const page = `<html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z"></head><body>${body}</body></html>`;
    expect(read(page).published).toBeNull();
  });
});

describe("readHtmlMetadata: modification date", () => {
  it("reads dateModified or article:modified_time, with its source, apart from the publication", () => {
    const page = `<html lang="fr"><head><meta property="article:modified_time" content="2024-02-08T08:10:00+01:00"><meta property="article:published_time" content="2024-02-07T19:45:00+01:00"></head><body>${body}</body></html>`;
    expect(read(page)).toMatchObject({
      published: "2024-02-07T19:45",
      modified: "2024-02-08T08:10",
      modifiedSource: { kind: "metadata", inferred: false, evidence: "article:modified_time 2024-02-08T08:10:00+01:00" },
    });
    const jsonLd = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-18T16:07:00Z","dateModified":"Tue, 19 Nov 2019 06:13:48 -0600"}</script></head><body>${body}</body></html>`;
    expect(read(jsonLd)).toMatchObject({ modified: "2019-11-19T06:13", modifiedSource: { evidence: "JSON-LD dateModified Tue, 19 Nov 2019 06:13:48 -0600" } });
  });

  it("reads a visible update stamp from its cue on, in a dateline or a paragraph", () => {
    const dateline = `<html lang="fr"><body><article><h1>RER B : des travaux</h1><div class="timestamp">Le 7 février 2024 à 19h45, modifié le 8 février 2024 à 08h10</div>${body}</article></body></html>`;
    expect(read(dateline)).toMatchObject({ published: "2024-02-07T19:45", modified: "2024-02-08T08:10", modifiedSource: { kind: "dateline", inferred: false, evidence: "modifié le 8 février 2024 à 08h10" } });
    const paragraph = `<html lang="en"><head><meta property="article:published_time" content="2019-11-19T08:00:00Z"></head><body><article><h1>Storm</h1><p>Updated 10:02 AM ET, Tue November 19, 2019</p><p>The storm reached the coast on Tuesday morning, officials said, after two days at sea.</p></article></body></html>`;
    expect(read(paragraph)).toMatchObject({ modified: "2019-11-19T10:02", modifiedSource: { kind: "dateline" } });
  });

  it("keeps a modification of the publication's day when the publication states only the day (a URL's)", () => {
    const page = `<html><head><meta property="article:modified_time" content="2019-11-18T16:43:00+00:00"></head><body>${body}</body></html>`;
    expect(read(page, "https://venture.example.com/2019/11/18/an-investigation/")).toMatchObject({ published: "2019-11-18", modified: "2019-11-18T16:43" });
  });

  it("reads no modification where none is later than the publication, or where it is another page's", () => {
    const same = `<html><head><meta property="article:published_time" content="2024-01-09T10:02:44Z"><meta property="article:modified_time" content="2024-01-09T10:02:44Z"></head><body>${body}</body></html>`;
    expect(read(same).modified).toBeNull();
    const dayOnly = `<html><head><meta property="article:published_time" content="2024-01-09"><meta property="article:modified_time" content="2024-01-09"></head><body>${body}</body></html>`;
    expect(read(dayOnly).modified).toBeNull();
    const earlier = `<html><head><meta property="article:published_time" content="2024-01-09T10:02:44Z"><meta property="og:updated_time" content="2023-12-01T08:00:00Z"></head><body>${body}</body></html>`;
    expect(read(earlier).modified).toBeNull();
    const elsewhere = `<html lang="en"><body><article><h1>Storm</h1><p class="date">November 19, 2019</p>${body}</article><aside class="sidebar"><p>Updated November 22, 2019</p></aside><section class="comments"><p class="updated">Updated November 23, 2019</p></section><p>The report said the rules were updated on November 21, 2019, after two reviews.</p></body></html>`;
    expect(read(elsewhere)).toMatchObject({ published: "2019-11-19", modified: null });
  });
});
