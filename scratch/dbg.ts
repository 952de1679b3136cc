import { makeArticle } from "../test/make-article.js";
import { annotateArticle } from "../src/annotate/annotate-article.js";
const { article } = makeArticle("C'est la première fois qu'une visite officielle a lieu à Oslo.", { published: "2025-10-15", language: "fr" });
const a = annotateArticle(article);
console.log(JSON.stringify(a.annotations.attributes), a.annotations.sentences);
