import { describe, expect, it } from "vitest";
import { minhashSignature } from "./minhash.js";
import { NearDuplicateIndex, copyGroupsAmong } from "./near-duplicates.js";

const words = (text: string) => text.toLowerCase().split(/\s+/u).filter(Boolean);
const signed = (id: string, text: string) => ({ id, signature: minhashSignature(words(text)) });

const DISPATCH =
  "Les dockers du port de Marseille ont voté mardi la reconduction de la grève pour une semaine, a annoncé le syndicat majoritaire " +
  "à l'issue d'une assemblée générale tenue devant la capitainerie. Les négociations avec la direction du port sur les effectifs " +
  "et le calendrier des travaux d'agrandissement des quais doivent reprendre jeudi en présence d'un médiateur nommé par la préfecture.";

/** Sentences of a week of reporting on the strike, each distinct, to build texts that overlap by a known share. */
const SENTENCES = [
  "Le trafic des conteneurs est à l'arrêt depuis dimanche soir sur l'ensemble des terminaux de l'est du bassin.",
  "Une quarantaine de navires attendaient mercredi matin au large de l'Estaque selon la capitainerie.",
  "Les transporteurs routiers réclament des indemnités pour les camions bloqués devant les grilles du port.",
  "La chambre de commerce estime les pertes à plusieurs millions d'euros par jour de blocage.",
  "Le ministre des Transports a appelé les deux parties à reprendre le dialogue sans attendre la fin de la semaine.",
  "Les grévistes dénoncent la suppression de quatre-vingts postes prévue par le plan de modernisation des grues.",
  "La direction affirme qu'aucun licenciement sec n'est envisagé et propose des départs volontaires.",
  "Un rassemblement de soutien a réuni plusieurs centaines de personnes devant l'hôtel de ville samedi après-midi.",
  "Les ferries à destination de la Corse et du Maghreb continuent de partir depuis la gare maritime.",
  "Le syndicat minoritaire a refusé de s'associer au mouvement et appelle à un vote à bulletin secret.",
  "Les exportateurs de céréales ont commencé à détourner leurs cargaisons vers les ports de Sète et de Gênes.",
  "La préfecture a interdit toute manifestation sur la voie rapide qui longe les bassins jusqu'à lundi.",
  "Un premier médiateur avait jeté l'éponge la semaine dernière après deux réunions sans résultat.",
  "Les pilotes du port ont fait savoir qu'ils ne se joindraient pas à la grève par souci de sécurité.",
  "Les élus régionaux demandent à l'État de garantir le financement du projet d'extension des quais.",
  "Plusieurs entreprises de logistique ont placé une partie de leurs salariés en chômage partiel.",
  "Le dernier conflit de cette ampleur remonte à l'automne de l'année où la réforme portuaire avait été votée.",
  "Les dockers assurent qu'ils déchargeront les denrées périssables et les médicaments malgré la grève.",
  "La direction a publié un communiqué rappelant que les salaires des grévistes ne seront pas versés.",
  "Un accord de fin de conflit pourrait être soumis au vote des dockers dès la semaine prochaine.",
  "Les riverains se plaignent du bruit des camions qui stationnent la nuit le long des boulevards.",
  "La compagnie maritime la plus touchée a annoncé qu'elle ne ferait plus escale à Marseille ce mois-ci.",
  "Le syndicat majoritaire a déposé un nouveau préavis couvrant toute la période des fêtes de fin d'année.",
  "Un expert du transport maritime juge que le port risque de perdre durablement des parts de marché.",
  "Les négociateurs se sont quittés tard dans la nuit sans fixer de date pour une prochaine rencontre.",
];
const text = (from: number, to: number) => SENTENCES.slice(from, to).join(" ");

describe("NearDuplicateIndex", () => {
  it("gives the groups of adding every article when stored articles are probed against the new ones, their own copies joined as known", () => {
    const runs = Array.from({ length: 6 }, (_, index) => signed(`a_run${index}`, `${DISPATCH} (Journal ${index}, avec AFP)`));
    const others = [signed("a_week", text(0, 12)), signed("a_weekend", text(12, 25))];
    // Stored: four runs of the dispatch and one other report; new: two runs and the other's copy.
    const stored = [...runs.slice(0, 4), others[0]!];
    const added = [...runs.slice(4), signed("a_week_copy", `${text(0, 12)} Mise à jour.`), others[1]!];
    const whole = new NearDuplicateIndex();
    for (const { id, signature } of [...stored, ...added]) whole.add(id, signature);
    const storedPairs = (() => {
      const index = new NearDuplicateIndex();
      for (const { id, signature } of stored) index.add(id, signature);
      return index.groups().flatMap(([first, ...rest]) => rest.map((other): [string, string] => [first!, other]));
    })();
    expect(storedPairs).toHaveLength(3);
    const updated = new NearDuplicateIndex();
    for (const { id, signature } of added) updated.add(id, signature);
    for (const { id, signature } of stored) updated.probe(id, signature);
    for (const [a, b] of storedPairs) updated.joinKnown(a, b);
    expect(updated.groups()).toEqual(whole.groups());
    expect(updated.groups()).toHaveLength(2);
    // A probed article is not filed: an article added after it does not find it.
    expect(updated.add("a_week_again", others[0]!.signature)).toEqual(["a_week_copy"]);
  });

  it("gathers forty outlets' runs of one dispatch into one group, each new copy joined through one of them", () => {
    const runs = Array.from({ length: 40 }, (_, index) => signed(`a_${String(index).padStart(2, "0")}`, `${DISPATCH} (Journal ${index}, avec AFP)`));
    const other = signed("a_other", text(0, 12));
    const index = new NearDuplicateIndex();
    const found = [...runs, other].map(({ id, signature }) => index.add(id, signature));
    expect(found[0]).toEqual([]);
    expect(found.slice(1, 40).every((copies) => copies.length === 1)).toBe(true);
    expect(found[40]).toEqual([]);
    expect(index.groups()).toEqual([runs.map((run) => run.id)]);
    const backward = new NearDuplicateIndex();
    for (const { id, signature } of [other, ...runs].reverse()) backward.add(id, signature);
    expect(backward.groups()).toEqual(index.groups());
  });

  it("joins two versions too far apart to be copies through a third that each copies, in any order of arrival", () => {
    // Each version shares 15 of the 25 sentences with the other: about 0.6 alike; the whole is 0.8 alike to each.
    const first = signed("a_first", text(0, 20));
    const second = signed("a_second", text(5, 25));
    const whole = signed("a_whole", text(0, 25));
    const apart = new NearDuplicateIndex();
    apart.add(first.id, first.signature);
    expect(apart.add(second.id, second.signature)).toEqual([]);
    expect(apart.add(whole.id, whole.signature)).toEqual(["a_first", "a_second"]);
    const expected = new Map([["a_first", "a_first"], ["a_second", "a_first"], ["a_whole", "a_first"]]);
    expect(copyGroupsAmong([first, second, whole])).toEqual(expected);
    expect(copyGroupsAmong([whole, second, first])).toEqual(expected);
  });

  it("lists no group when no text copies another", () => {
    expect(copyGroupsAmong([signed("a_1", text(0, 8)), signed("a_2", text(8, 16)), signed("a_3", text(16, 25))])).toEqual(new Map());
  });
});
