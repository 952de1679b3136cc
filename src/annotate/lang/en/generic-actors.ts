/** English generic actors: heads of unnamed groups and institutions, with their PLOVER/POLECAT actor type. Data only. */
import type { GenericActorLexicon } from "../generic-actor-lexicon.js";

export const englishGenericActors: GenericActorLexicon = {
  heads: [
    { forms: ["security forces", "security services", "law enforcement", "police officers", "police officer", "riot police"], actorType: "police", type: "ORG" },
    { forms: ["police", "policemen", "policeman", "cops", "officers", "gendarmes", "militia", "militias", "militiamen", "investigators", "detectives"], actorType: "police", type: "ORG" },
    { forms: ["armed forces", "army", "armies", "soldiers", "soldier", "troops", "military", "forces", "mercenaries", "snipers", "sniper", "warplanes", "fighter jets", "air force"], actorType: "military", type: "ORG" },
    { forms: ["protesters", "protester", "protestors", "demonstrators", "demonstrator", "rioters", "crowd", "crowds", "marchers", "strikers"], actorType: "protesters", type: "PER" },
    { forms: ["government", "governments", "regime", "authorities", "administration", "junta"], actorType: "government", type: "ORG" },
    { forms: ["parliament", "lawmakers", "legislators", "senate", "congress"], actorType: "legislature", type: "ORG" },
    { forms: ["court", "courts", "judge", "judges", "prosecutors", "prosecutor"], actorType: "judiciary", type: "ORG" },
    { forms: ["rebels", "rebel", "insurgents", "insurgent", "fighters", "guerrillas"], actorType: "rebels", type: "PER" },
    { forms: ["militants", "militant", "jihadists", "terrorists", "terrorist", "gunmen", "gunman", "attackers", "attacker", "assailants", "suicide bomber", "bomber"], actorType: "militants", type: "PER" },
    { forms: ["civilians", "residents", "citizens", "people", "villagers", "families", "refugees", "victims", "detainees", "prisoners", "population"], actorType: "civilians", type: "PER" },
    { forms: ["witnesses", "experts", "analysts", "lawyers", "doctors"], actorType: "civilians", type: "PER" },
    { forms: ["activists", "bloggers", "netizens", "human rights defenders"], actorType: "activists", type: "PER" },
    { forms: ["officials", "leaders", "diplomats", "ministers"], actorType: "officials", type: "PER" },
    { forms: ["opposition", "opponents", "dissidents"], actorType: "opposition", type: "PER" },
    { forms: ["students", "student"], actorType: "students", type: "PER" },
    { forms: ["journalists", "reporters", "media", "state television", "state TV", "state media"], actorType: "media", type: "ORG" },
    { forms: ["coalition", "international community", "peacekeepers", "observers"], actorType: "international", type: "ORG" },
  ],
  determiners: ["the", "a", "an", "some", "many", "several", "their", "its", "his", "her", "these", "those", "other", "all", "few", "numerous"],
  quantities: ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred", "thousand", "thousands", "hundreds", "dozens", "scores", "millions", "tens", "more", "group", "groups", "crowd", "number"],
  quantityPrepositions: ["of", "than"],
  qualifiers: ["riot", "military", "secret", "armed", "local", "foreign", "government", "pro-government", "anti-government", "federal", "state", "plainclothes", "regular", "elite", "peaceful", "unarmed", "angry"],
  qualifierPrefixes: ["pro-", "anti-"],
  ofPrepositions: ["of"],
  modifiersBefore: true,
  demonymCrowd: "civilians",
};
