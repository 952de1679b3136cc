import { CorpusConnector } from "../src/connect/connect-corpus.js";
import { syntheticArticle } from "../bench/connect.js";
const c = new CorpusConnector();
let t = performance.now();
for (let i = 0; i < 10000; i++) c.add(syntheticArticle(i, 2000));
console.log("add", Math.round(performance.now() - t));
t = performance.now(); c.result(); console.log("result", Math.round(performance.now() - t));
t = performance.now(); c.add(syntheticArticle(10001, 2000)); c.result(); console.log("add1+result", Math.round(performance.now() - t));
