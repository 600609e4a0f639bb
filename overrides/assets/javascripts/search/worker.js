/*
 * Search worker: one language's index (head search/<lang>.json, written by
 * hooks/search_index.py), searched off the main thread. The page downloads the head while
 * this worker boots and hands the bytes over (transferred, not copied); the shards of a
 * query's words and the fragments of the pages shown are fetched here, once each.
 *
 * Messages in:  {type: "index", bytes: ArrayBuffer, url}   {type: "query", id, q}
 * Messages out: {type: "ready", ms, pages}   {type: "error", message}
 *               {type: "results", id, q, total, pages: [{url, title, marks, sections:
 *                [{url, heading, headingMarks, text, marks}]}]}   (marks: [[start, end]])
 */
/* global importScripts, helpSearchQuery */
"use strict"

importScripts("lunr-2.3.9.min.js", "query.js")

var MAX_PAGES = 10
var MAX_SECTIONS = 3
var index = null

function load(bytes, url) {
  var start = performance.now()
  var head = JSON.parse(new TextDecoder().decode(bytes))
  index = new helpSearchQuery.SearchIndex(head, function (path) {
    var target = new URL(path, url).href
    return fetch(target, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok)
        throw new Error("HTTP " + response.status + " for " + target)
      return response.json()
    })
  })
  postMessage({ type: "ready", ms: performance.now() - start, pages: head.pages.length })
}

function query(id, q) {
  index.search(q, MAX_PAGES).then(function (found) {
    var marks = function (text) { return helpSearchQuery.highlights(text, found.matched) }
    postMessage({
      type: "results",
      id: id,
      q: q,
      total: found.total,
      pages: found.results.map(function (page) {
        return {
          url: page.url,
          title: page.title,
          marks: marks(page.title),
          sections: page.sections.slice(0, MAX_SECTIONS).map(function (s) {
            return { url: s[0], heading: s[1], headingMarks: marks(s[1]), text: s[2], marks: marks(s[2]) }
          })
        }
      })
    })
  }).catch(function (error) {
    postMessage({ type: "error", message: String(error) })
  })
}

onmessage = function (event) {
  var message = event.data
  if (message.type === "index") {
    try {
      load(message.bytes, message.url)
    } catch (error) {
      postMessage({ type: "error", message: String(error) })
    }
  } else if (message.type === "query" && index)
    query(message.id, message.q)
}
