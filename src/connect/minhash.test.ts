import { describe, expect, it } from "vitest";
import { estimateJaccard, minhashSignature, SIGNATURE_SIZE } from "./minhash.js";

const words = (text: string) => text.toLowerCase().split(/\s+/u).filter(Boolean);

const STORY =
  "La Norvège et le Danemark ont signé mardi à Oslo un accord de défense qui prévoit une surveillance commune de la mer du Nord, " +
  "des exercices conjoints deux fois par an, un comité mixte chargé des achats de frégates et un échange régulier de renseignements " +
  "entre les deux états-majors, a annoncé le ministère norvégien de la Défense dans un communiqué publié en fin de journée.";

describe("minhashSignature", () => {
  it("gives one text one signature, whoever computes it", () => {
    expect(minhashSignature(words(STORY))).toEqual(minhashSignature(words(STORY)));
  });

  it("estimates a light edit as close and another text as far", () => {
    const edited = STORY.replace("mardi", "lundi").replace("deux fois par an", "chaque année");
    const other = "La mairie de Lyon a inauguré mercredi une nouvelle ligne de tramway qui relie la gare à l'hôpital en vingt minutes, après trois ans de travaux et de nombreux retards sur le chantier du pont.";
    const signature = minhashSignature(words(STORY));
    expect(estimateJaccard(signature, minhashSignature(words(edited)))).toBeGreaterThan(0.5);
    expect(estimateJaccard(signature, minhashSignature(words(other)))).toBeLessThan(0.1);
  });

  it("fills every position even for a text shorter than the signature (densified bins)", () => {
    const signature = minhashSignature(words("Accord signé mardi à Oslo entre deux pays."));
    expect(signature).toHaveLength(SIGNATURE_SIZE);
    expect([...signature].every((value) => value !== 0xffffffff)).toBe(true);
    expect([...minhashSignature([])].every((value) => value === 0xffffffff)).toBe(true);
  });
});
