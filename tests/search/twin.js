// Runs overrides/assets/javascripts/search/query.js in Node for tests/search/test_twins.py.
// stdin: {"query_js": path, "index": path of an index file, "queries": [string, ...]}
// stdout: [{"pieces": [...], "clauses": [[term, boost, prefix], ...], "pages": [url, ...]}]
"use strict"
const fs = require("fs")

const input = JSON.parse(fs.readFileSync(0, "utf-8"))
const query = require(input.query_js)
const lunr = require(require("path").join(require("path").dirname(input.query_js), "lunr-2.3.9.min.js"))
const data = JSON.parse(fs.readFileSync(input.index, "utf-8"))
const index = lunr.Index.load(data.index)
const vocabulary = new Set(Object.keys(index.invertedIndex))
const stopWords = new Set(data.stopWords)

const out = input.queries.map((q) => {
  const clauses = query.queryClauses(q, vocabulary, stopWords, data.synonyms)
  return {
    pieces: query.queryPieces(q, vocabulary),
    clauses: clauses.map((c) => [c.term, c.boost, c.prefix]),
    pages: query.search(index, data.docs, clauses).map((p) => p.page),
    stemmed: input.words.map((w) => query.latinTerm(w)),
  }
})
process.stdout.write(JSON.stringify(out))
