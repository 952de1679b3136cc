/** The API's OpenAPI 3.1 description, served at /openapi.json; the dossier shapes point at docs/dossier.schema.json. */
const paging = [
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 50 } },
  { name: "offset", in: "query", schema: { type: "integer", minimum: 0, default: 0 } },
];
const idParameter = (what: string) => ({ name: "id", in: "path", required: true, schema: { type: "string" }, description: `the ${what}'s id` });
const json = (description: string, schema: object = { type: "object" }) => ({ description, content: { "application/json": { schema } } });
const errors = { "400": json("a usage error", { $ref: "#/components/schemas/Error" }), "401": { description: "missing or wrong bearer token" }, "404": json("not found", { $ref: "#/components/schemas/Error" }) };
const dossier = (definition: string) => ({ $ref: `https://recoupe.example/dossier.schema.json#/$defs/${definition}` });

export const openApiDocument = {
  openapi: "3.1.0",
  info: { title: "recoupe API", version: "0.1.0", description: "Read and cross-check a dossier: articles with their annotations, stories with claims and timelines, corpus entities, search, ingest. Shapes follow docs/dossier.schema.json." },
  security: [{ bearer: [] }],
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "required when the server was started with --token (always when bound beyond loopback)" } },
    schemas: { Error: { type: "object", required: ["error", "message"], properties: { error: { type: "string" }, message: { type: "string" } } } },
  },
  paths: {
    "/api/articles": { get: { summary: "Articles, newest first", parameters: paging, responses: { "200": json("a page of article summaries"), ...errors } } },
    "/api/articles/{id}": { get: { summary: "One article with its annotations and provenance", parameters: [idParameter("article"), { name: "raw", in: "query", schema: { enum: ["1"] } }], responses: { "200": json("the article", dossier("article")), ...errors } } },
    "/api/search": { get: { summary: "Full-text search (accents folded, stemmed)", parameters: [{ name: "q", in: "query", required: true, schema: { type: "string" } }, ...paging], responses: { "200": json("hits with snippets"), ...errors } } },
    "/api/stories": {
      get: {
        summary: "Stories, largest first: title, size, outlets, languages, publication and event dates, main entities, related stories; with the outlets and languages to filter by",
        parameters: [
          { name: "q", in: "query", schema: { type: "string" }, description: "words: stories holding an article the full-text search finds" },
          { name: "entity", in: "query", schema: { type: "string" }, description: "a corpus entity's id, or part of its name or an alias (accents and case ignored)" },
          { name: "outlet", in: "query", schema: { type: "string" }, description: "part of an outlet's name" },
          { name: "language", in: "query", schema: { type: "string" }, description: "an ISO 639-1 code" },
          { name: "from", in: "query", schema: { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" }, description: "articles published on or after (YYYY, YYYY-MM or YYYY-MM-DD)" },
          { name: "to", in: "query", schema: { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" }, description: "articles published on or before" },
          { name: "article", in: "query", schema: { type: "string" }, description: "only the story holding this article" },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, default: 50 }, description: "a page of this many stories (no upper bound: ask for `total` to get them all)" },
          { name: "offset", in: "query", schema: { type: "integer", minimum: 0, default: 0 }, description: "stories skipped before the page" },
        ],
        responses: { "200": json("the stories (total: how many pass the filters), and the filter facets"), ...errors },
      },
    },
    "/api/stories/{id}/briefing": {
      get: {
        summary:
          "What the story page shows in one response: the story dossier, its briefing (key event, what happened, quotes by speaker, timeline sentences, claims, comparison, warnings), the entity graph, one sentence per claim, entity names and the articles' metadata (no texts). A big story is summarised: each claim and statement keeps 12 sources, one per outlet first (claimSources gives each claim's counts), the source comparison and the articles 100 rows (totals gives their sizes); the whole story is at /api/stories/{id}, its articles at /api/stories/{id}/articles",
        parameters: [idParameter("story")],
        responses: { "200": json("the briefing"), ...errors },
      },
    },
    "/api/stories/{id}/articles": { get: { summary: "A story's articles' metadata (no texts), in the story's order", parameters: [idParameter("story"), ...paging], responses: { "200": json("a page of articles (total: the story's)"), ...errors } } },
    "/api/stories/{id}/export": {
      get: {
        summary: "One story as a file to download: its report as Markdown, HTML or JSON (as `recoupe report --story` writes it), or its articles' events as CSV (as `recoupe export --format csv`)",
        parameters: [idParameter("story"), { name: "format", in: "query", required: true, schema: { enum: ["md", "html", "json", "csv"] } }],
        responses: {
          "200": { description: "the file, with Content-Disposition: attachment", content: { "text/markdown": {}, "text/html": {}, "application/json": {}, "text/csv": {} } },
          ...errors,
        },
      },
    },
    "/api/stories/{id}": { get: { summary: "One story's dossier: claims, timeline, source comparison", parameters: [idParameter("story")], responses: { "200": json("the story", dossier("story")), ...errors } } },
    "/api/stories/{id}/claims": { get: { summary: "A story's claims with supporting and contradicting sources", parameters: [idParameter("story")], responses: { "200": json("the claims"), ...errors } } },
    "/api/stories/{id}/timeline": { get: { summary: "A story's dated events in order", parameters: [idParameter("story")], responses: { "200": json("the timeline"), ...errors } } },
    "/api/entities": { get: { summary: "Corpus entities, most mentioned first", parameters: paging, responses: { "200": json("a page of entities") } } },
    "/api/entities/{id}": { get: { summary: "One corpus entity with its mentions in each article", parameters: [idParameter("entity")], responses: { "200": json("the entity", dossier("corpusEntity")), ...errors } } },
    "/api/ingest": {
      post: {
        summary: "Analyze uploaded files (multipart field 'file', repeatable), read as they stream in; one result per document, errors per file (a file over the per-file limit is refused; past the request limit the rest is not read and the connection closes)",
        parameters: [
          { name: "filterHost", in: "query", schema: { type: "string" }, description: "WARC uploads: only records of these hosts and their subdomains; comma-separated or repeated (as analyze --filter-host)" },
          { name: "from", in: "query", schema: { type: "string" }, description: "WARC uploads: only records captured (WARC-Date) on or after (YYYY, YYYY-MM, YYYY-MM-DD or a UTC date-time)" },
          { name: "to", in: "query", schema: { type: "string" }, description: "WARC uploads: only records captured on or before (2024-03 includes all of March)" },
        ],
        requestBody: { content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "array", items: { type: "string", format: "binary" } } } } } } },
        responses: { "200": json("per-file results, and per WARC file what its records gave and why the others were skipped (archives)"), "422": json("no file could be analyzed"), ...errors },
      },
    },
  },
} as const;
