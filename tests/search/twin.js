// Runs overrides/assets/javascripts/search/query.js in Node for tests/search/test_twins.py.
// stdin: {"query_js": path, "head": path of an index head, "queries": [string, ...],
//         "words": [word, ...], "pairs": [[a, b], ...], "highlight": [[text, [term, ...]], ...]}
// stdout: {"queries": [{"plan", "loaded", "pages", "matched", "highlights"}], "stemmed",
//          "phrases", "edits", "highlighted"}; each query on a fresh index (files it loads).
"use strict"
const fs = require("fs")
const path = require("path")

const input = JSON.parse(fs.readFileSync(0, "utf-8"))
const query = require(input.query_js)
const head = JSON.parse(fs.readFileSync(input.head, "utf-8"))
const folder = path.dirname(input.head)
const load = (rel) => Promise.resolve(JSON.parse(fs.readFileSync(path.join(folder, rel), "utf-8")))
const marked = (text, terms) => query.highlights(text, terms).map(([s, e]) => text.slice(s, e))

async function main() {
  const out = []
  for (const q of input.queries) {
    const index = new query.SearchIndex(head, load)
    const plan = index.plan(q)
    const found = await index.search(q, 5)
    out.push({
      plan: {
        concepts: plan.concepts.map((c) => [c.terms, c.weak]),
        bonus: plan.bonus,
      },
      loaded: index.loaded,
      pages: found.results.map((r) => [r.url, r.score]),
      total: found.total,
      matched: found.matched,
      highlights: found.results.map((r) => [
        marked(r.title, found.matched),
        r.sections.map((s) => marked(s[2], found.matched)),
      ]),
    })
  }
  process.stdout.write(JSON.stringify({
    queries: out,
    stemmed: input.words.map((w) => query.latinTerm(w)),
    phrases: input.words.map((w) => query.phraseTerm(w)),
    edits: input.pairs.map(([a, b]) => query.withinOneEdit(a, b)),
    highlighted: input.highlight.map(([text, terms]) => marked(text, terms)),
  }))
}
main().catch((error) => {
  process.stderr.write(String(error.stack || error))
  process.exit(1)
})
