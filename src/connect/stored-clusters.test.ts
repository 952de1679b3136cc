import { describe, expect, it } from "vitest";
import { makeArticle } from "../../test/make-article.js";
import { annotateArticle } from "../annotate/annotate-article.js";
import { articleFeatures } from "./article-features.js";
import { join, newCluster } from "./story-cluster.js";
import { restoredCluster, storedCluster } from "./stored-clusters.js";
import { articleSpan, isPublished } from "./story-time.js";
import { DocumentFrequencies, storyVector } from "./story-vectors.js";

/** A report with no publication date, dated by the day its events name. */
const TEXT = "La Norvège et le Danemark ont signé le 13 mai 2024 à Oslo un accord de défense. Le ministre norvégien de la Défense Jonas Berg a rencontré son homologue danoise Mette Lund.";

function clusterOf(published: string | null) {
  const features = articleFeatures(annotateArticle(makeArticle(TEXT, { published, title: TEXT.split(".")[0]! }).article));
  const frequencies = new DocumentFrequencies();
  frequencies.add(features);
  const cluster = newCluster(0);
  join(cluster, { features, vector: storyVector(features, frequencies), time: articleSpan(features) });
  return { cluster, id: features.id };
}

describe("stored clusters", () => {
  it("keeps which of a story's dates are publication dates, so a resumed build weighs time as the full build did", () => {
    const { cluster, id } = clusterOf(null);
    expect(cluster.time.first).toBe("2024-05-13");
    const restored = restoredCluster(JSON.parse(JSON.stringify(storedCluster(cluster))), 0, [id]);
    expect(restored.time.first).toBe("2024-05-13");
    expect(isPublished(restored.time)).toBe(false);
    const published = clusterOf("2024-05-14");
    expect(isPublished(restoredCluster(JSON.parse(JSON.stringify(storedCluster(published.cluster))), 0, [published.id]).time)).toBe(true);
  });

  it("reads a story stored before publication dates were kept apart as published where dated", () => {
    const { cluster, id } = clusterOf(null);
    const stored = storedCluster(cluster);
    const older = { ...stored, time: { first: stored.time.first, last: stored.time.last, yearless: stored.time.yearless } };
    expect(isPublished(restoredCluster(older, 0, [id]).time)).toBe(true);
  });
});
