/**
 * Written names of news outlets whose pages name them only by domain ("ladepeche.fr") or not at
 * all, keyed by registrable domain. Hand-kept because no npm package maps news domains to names
 * (metascraper-publisher reads the page's own tags only); the table is data, not rules: French
 * national, regional and francophone outlets first, then the most cited English-language ones.
 */
const KNOWN_OUTLETS: Readonly<Record<string, string>> = {
  // French national press, radio and television
  "lemonde.fr": "Le Monde", "lefigaro.fr": "Le Figaro", "liberation.fr": "Libération", "leparisien.fr": "Le Parisien",
  "lesechos.fr": "Les Echos", "latribune.fr": "La Tribune", "la-croix.com": "La Croix", "humanite.fr": "L'Humanité",
  "mediapart.fr": "Mediapart", "lexpress.fr": "L'Express", "lepoint.fr": "Le Point", "nouvelobs.com": "L'Obs",
  "marianne.net": "Marianne", "lejdd.fr": "Le Journal du Dimanche", "valeursactuelles.com": "Valeurs actuelles",
  "challenges.fr": "Challenges", "lopinion.fr": "L'Opinion", "courrierinternational.com": "Courrier international",
  "telerama.fr": "Télérama", "20minutes.fr": "20 Minutes", "huffingtonpost.fr": "HuffPost", "slate.fr": "Slate",
  "francetvinfo.fr": "franceinfo", "radiofrance.fr": "Radio France", "franceinter.fr": "France Inter",
  "franceculture.fr": "France Culture", "rfi.fr": "RFI", "france24.com": "France 24", "tv5monde.com": "TV5MONDE",
  "bfmtv.com": "BFMTV", "tf1info.fr": "TF1 Info", "lci.fr": "LCI", "europe1.fr": "Europe 1", "rtl.fr": "RTL",
  "cnews.fr": "CNews", "arte.tv": "Arte", "afp.com": "AFP", "lesinrocks.com": "Les Inrockuptibles",
  "capital.fr": "Capital", "usinenouvelle.com": "L'Usine nouvelle", "lequipe.fr": "L'Équipe", "numerama.com": "Numerama",
  "mondediplomatique.fr": "Le Monde diplomatique", "monde-diplomatique.fr": "Le Monde diplomatique", "reporterre.net": "Reporterre",
  "actu.fr": "Actu.fr", "letudiant.fr": "L'Étudiant", "lesjours.fr": "Les Jours", "publicsenat.fr": "Public Sénat",
  // French regional dailies
  "ouest-france.fr": "Ouest-France", "sudouest.fr": "Sud Ouest", "ladepeche.fr": "La Dépêche du Midi",
  "lavoixdunord.fr": "La Voix du Nord", "letelegramme.fr": "Le Télégramme", "midilibre.fr": "Midi Libre",
  "nicematin.com": "Nice-Matin", "varmatin.com": "Var-Matin", "corsematin.com": "Corse Matin", "laprovence.com": "La Provence",
  "leprogres.fr": "Le Progrès", "ledauphine.com": "Le Dauphiné libéré", "republicain-lorrain.fr": "Le Républicain Lorrain",
  "estrepublicain.fr": "L'Est républicain", "dna.fr": "Dernières Nouvelles d'Alsace", "lalsace.fr": "L'Alsace",
  "bienpublic.com": "Le Bien public", "lejsl.com": "Le Journal de Saône-et-Loire", "vosgesmatin.fr": "Vosges Matin",
  "lamontagne.fr": "La Montagne", "lepopulaire.fr": "Le Populaire du Centre", "larep.fr": "La République du Centre",
  "lanouvellerepublique.fr": "La Nouvelle République", "centre-presse.fr": "Centre Presse", "charentelibre.fr": "Charente libre",
  "larepubliquedespyrenees.fr": "La République des Pyrénées", "lindependant.fr": "L'Indépendant", "lunion.fr": "L'Union",
  "courrier-picard.fr": "Courrier picard", "paris-normandie.fr": "Paris-Normandie",
  "lamarseillaise.fr": "La Marseillaise", "lyonmag.com": "LyonMag", "maville.com": "Ma Ville",
  "clicanoo.re": "Le Journal de l'île de La Réunion", "france-antilles.fr": "France-Antilles",
  "la1ere.francetvinfo.fr": "La 1ère", "france3-regions.francetvinfo.fr": "France 3 Régions",
  // Francophone press outside France
  "lesoir.be": "Le Soir", "lalibre.be": "La Libre Belgique", "rtbf.be": "RTBF", "dhnet.be": "La DH", "lavenir.net": "L'Avenir",
  "rts.ch": "RTS", "letemps.ch": "Le Temps", "24heures.ch": "24 heures", "tdg.ch": "Tribune de Genève",
  "ledevoir.com": "Le Devoir", "lapresse.ca": "La Presse", "radio-canada.ca": "Radio-Canada", "journaldemontreal.com": "Le Journal de Montréal",
  "jeuneafrique.com": "Jeune Afrique", "le360.ma": "Le360", "lematin.ma": "Le Matin",
  "medias24.com": "Médias24", "telquel.ma": "TelQuel", "h24info.ma": "H24info", "leseco.ma": "L'Economiste",
  "elwatan-dz.com": "El Watan", "tsa-algerie.com": "TSA", "kapitalis.com": "Kapitalis", "lapresse.tn": "La Presse de Tunisie",
  "seneweb.com": "Seneweb", "lequotidien.sn": "Le Quotidien", "abidjan.net": "Abidjan.net", "lorientlejour.com": "L'Orient-Le Jour",
  "i24news.tv": "i24NEWS", "aa.com.tr": "Anadolu",
  // English-language outlets
  "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal",
  "theguardian.com": "The Guardian", "bbc.com": "BBC", "bbc.co.uk": "BBC", "reuters.com": "Reuters", "apnews.com": "AP News",
  "cnn.com": "CNN", "nbcnews.com": "NBC News", "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News", "foxnews.com": "Fox News",
  "npr.org": "NPR", "politico.com": "Politico", "politico.eu": "Politico Europe", "bloomberg.com": "Bloomberg", "ft.com": "Financial Times",
  "economist.com": "The Economist", "latimes.com": "Los Angeles Times", "usatoday.com": "USA Today", "chicagotribune.com": "Chicago Tribune",
  "bostonglobe.com": "The Boston Globe", "theatlantic.com": "The Atlantic", "newyorker.com": "The New Yorker", "time.com": "Time",
  "forbes.com": "Forbes", "businessinsider.com": "Business Insider", "cnbc.com": "CNBC", "axios.com": "Axios", "vox.com": "Vox",
  "theverge.com": "The Verge", "wired.com": "Wired", "techcrunch.com": "TechCrunch", "venturebeat.com": "VentureBeat",
  "arstechnica.com": "Ars Technica", "independent.co.uk": "The Independent", "telegraph.co.uk": "The Telegraph",
  "thetimes.co.uk": "The Times", "dailymail.co.uk": "Daily Mail", "mirror.co.uk": "Daily Mirror", "sky.com": "Sky News",
  "aljazeera.com": "Al Jazeera", "dw.com": "DW", "euronews.com": "Euronews", "timesofisrael.com": "The Times of Israel",
  "jpost.com": "The Jerusalem Post", "haaretz.com": "Haaretz", "moroccoworldnews.com": "Morocco World News",
  "abc.net.au": "ABC News (Australia)", "smh.com.au": "The Sydney Morning Herald", "theglobeandmail.com": "The Globe and Mail",
  "cbc.ca": "CBC News", "ap.org": "AP", "politifact.com": "PolitiFact", "detroitnews.com": "The Detroit News",
  "floridatoday.com": "Florida Today", "cleveland.com": "cleveland.com", "nj.com": "NJ.com", "oregonlive.com": "The Oregonian", "hindustantimes.com": "Hindustan Times", "thehindu.com": "The Hindu", "scmp.com": "South China Morning Post",
};

/** The outlet's written name for a host or URL, looked up by its longest known domain; null when unknown. */
export function knownOutletName(hostOrUrl: string): string | null {
  const host = hostOf(hostOrUrl);
  if (!host) return null;
  const labels = host.split(".");
  // "france3-regions.francetvinfo.fr" before "francetvinfo.fr": the most specific entry wins.
  for (let start = 0; start < labels.length - 1; start++) {
    const name = KNOWN_OUTLETS[labels.slice(start).join(".")];
    if (name) return name;
  }
  return null;
}

/** A URL's or a bare domain's host, lower-cased, without "www."; null when it is neither. */
export function hostOf(hostOrUrl: string): string | null {
  const text = hostOrUrl.trim().toLowerCase();
  let host: string;
  try {
    host = /^[a-z][a-z0-9+.-]*:\/\//.test(text) ? new URL(text).hostname : text.split("/")[0]!;
  } catch {
    return null;
  }
  host = host.replace(/^www\d?\./, "");
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) ? host : null;
}

