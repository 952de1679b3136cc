import { makeArticle } from "../test/make-article.js";
import { annotateArticle } from "../src/annotate/annotate-article.js";
for (const text of ["Le président est en visite d'Etat de deux jours sur Berne, Zurich et le Tessin.", "Santos roule sur l’un des ponts reliant Brooklyn à Manhattan.", "Entre le Japon et Bologne, où il enseigne régulièrement.", "Il est content de son séjour à Majorque."]) {
  const { article } = makeArticle(text, { language: "fr" });
  const a = annotateArticle(article);
  console.log(a.annotations.entities.map((e) => `${e.type}:${e.name}`).join(" | "));
}
