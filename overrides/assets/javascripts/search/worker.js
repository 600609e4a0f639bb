/*
 * Search worker: loads one language's prebuilt index (search/<lang>.json, written by
 * hooks/search_index.py) and answers queries, off the main thread. The page downloads the
 * index while this worker boots and hands the bytes over (transferred, not copied).
 *
 * Messages in:  {type: "index", bytes: ArrayBuffer}   {type: "query", id, q}
 * Messages out: {type: "ready", ms, sections}   {type: "error", message}
 *               {type: "results", id, q, pieces, terms, pages: [{url, title, sections:
 *                [{url, heading, text}]}]}
 */
/* global importScripts, lunr, helpSearchQuery */
"use strict"

importScripts("lunr-2.3.9.min.js", "query.js")

var FORMAT = 1
var MAX_PAGES = 20
var MAX_SECTIONS = 3
var state = null

function load(bytes) {
  var start = performance.now()
  var data = JSON.parse(new TextDecoder().decode(bytes))
  if (data.format !== FORMAT)
    throw new Error("index format " + data.format + ", expected " + FORMAT)
  var index = lunr.Index.load(data.index)
  state = {
    index: index,
    docs: data.docs,
    synonyms: data.synonyms,
    stopWords: new Set(data.stopWords),
    vocabulary: new Set(Object.keys(index.invertedIndex))
  }
  postMessage({ type: "ready", ms: performance.now() - start, sections: data.docs.length })
}

function query(id, q) {
  var clauses = helpSearchQuery.queryClauses(q, state.vocabulary, state.stopWords, state.synonyms)
  var pages = helpSearchQuery.search(state.index, state.docs, clauses).slice(0, MAX_PAGES)
  postMessage({
    type: "results",
    id: id,
    q: q,
    pieces: helpSearchQuery.queryPieces(q, state.vocabulary),
    terms: clauses.map(function (c) { return c.term }),
    pages: pages.map(function (page) {
      return {
        url: page.page,
        title: state.docs[page.sections[0].ref][1],
        sections: page.sections.slice(0, MAX_SECTIONS).map(function (hit) {
          var doc = state.docs[hit.ref]
          return { url: doc[0], heading: doc[2], text: doc[3] }
        })
      }
    })
  })
}

onmessage = function (event) {
  var message = event.data
  if (message.type === "index") {
    try {
      load(message.bytes)
    } catch (error) {
      postMessage({ type: "error", message: String(error) })
    }
  } else if (message.type === "query" && state)
    query(message.id, message.q)
}
