/*
 * Query rules of the help center search: a reader's query to weighted lunr clauses, and
 * results grouped by page. Twin of src/helpcenter/search/query.py and terms.py (the index
 * side); tests/search/test_twins.py runs both on the same inputs, so change them together.
 *
 * Loaded by worker.js (importScripts) and by the tests (Node, require).
 */
;(function (root, factory) {
  if (typeof module === "object" && module.exports)
    module.exports = factory(require("./lunr-2.3.9.min.js"))
  else
    root.helpSearchQuery = factory(root.lunr)
})(this, function (lunr) {
  "use strict"

  var HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff"
  var HAN_RUN = new RegExp("^[" + HAN + "]+$")
  var LATIN_WORD = /^[a-z0-9]+(?:'[a-z0-9]+)*$/
  var RUN = "[" + HAN + "]+|[a-z0-9]+(?:'[a-z0-9]+)*"

  var MAX_WORD = 8
  var BOOST_WORD = 10
  var BOOST_PREFIX = 2
  var BOOST_PART = 3
  var BOOST_SYNONYM = 4
  var OTHER_SECTIONS_SHARE = 0.25

  function normalize(text) {
    return text.normalize("NFKC").toLowerCase().replace(/[\u2018\u2019]/g, "'")
  }

  function runs(text) {
    return text.match(new RegExp(RUN, "g")) || []
  }

  function isHan(run) {
    return HAN_RUN.test(run)
  }

  function isStopWord(word) {
    return lunr.stopWordFilter(new lunr.Token(word)) === undefined
  }

  /* The index term of one normalized Latin word, or null for a stop word */
  function latinTerm(word) {
    if (isStopWord(word))
      return null
    return lunr.stemmer(new lunr.Token(word)).toString()
  }

  function less(a, b) {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])
  }

  /* Cut a Han run into vocabulary words: fewest unknown characters, then fewest pieces */
  function segmentHan(run, vocabulary) {
    var chars = Array.from(run)
    var n = chars.length
    var inf = [n + 1, n + 1]
    var best = [[0, 0]]
    var back = [0]
    for (var k = 1; k <= n; k++) {
      best.push(inf)
      back.push(0)
    }
    for (var i = 0; i < n; i++) {
      if (best[i] === inf)
        continue
      for (var j = i + 1; j <= Math.min(n, i + MAX_WORD); j++) {
        var piece = chars.slice(i, j).join("")
        var cost
        if (vocabulary.has(piece))
          cost = [best[i][0], best[i][1] + 1]
        else if (j === i + 1)
          cost = [best[i][0] + 1, best[i][1] + 1]
        else
          continue
        if (less(cost, best[j])) {
          best[j] = cost
          back[j] = i
        }
      }
    }
    var pieces = []
    for (var end = n; end > 0; end = back[end])
      pieces.push(chars.slice(back[end], end).join(""))
    return pieces.reverse()
  }

  function queryPieces(query, vocabulary) {
    var pieces = []
    runs(normalize(query)).forEach(function (run) {
      if (isHan(run))
        pieces.push.apply(pieces, segmentHan(run, vocabulary))
      else
        pieces.push(run)
    })
    return pieces
  }

  function parts(piece, vocabulary) {
    var chars = Array.from(piece)
    var found = []
    for (var size = chars.length - 1; size > 1; size--)
      for (var start = 0; start + size <= chars.length; start++) {
        var part = chars.slice(start, start + size).join("")
        if (vocabulary.has(part))
          found.push(part)
      }
    return found
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  }

  function mentions(query, phrase) {
    phrase = normalize(phrase)
    if (runs(phrase).some(isHan))
      return query.indexOf(phrase) !== -1
    return new RegExp("(?<![a-z0-9'])" + escapeRegExp(phrase) + "(?![a-z0-9'])").test(query)
  }

  /*
   * The weighted clauses for a query: [{term, boost, prefix}], each term once with its
   * highest weight. `vocabulary` is a Set of index terms, `stopWords` a Set (Chinese).
   */
  function queryClauses(query, vocabulary, stopWords, synonyms) {
    var weights = new Map()
    function add(term, boost, prefix) {
      var key = term + "\u0000" + (prefix ? 1 : 0)
      var old = weights.get(key)
      if (old === undefined || boost > old.boost)
        weights.set(key, { term: term, boost: boost, prefix: !!prefix })
    }

    var pieces = queryPieces(query, vocabulary)
    var latin = pieces.filter(function (p) { return LATIN_WORD.test(p) })
    var onlyStopWords = latin.length > 0 && latin.every(isStopWord)
    pieces.forEach(function (piece, position) {
      var last = position === pieces.length - 1
      if (isHan(piece)) {
        if (stopWords.has(piece))
          return
        add(piece, BOOST_WORD)
        if (last || Array.from(piece).length === 1)
          add(piece, BOOST_PREFIX, true)
        parts(piece, vocabulary).forEach(function (part) { add(part, BOOST_PART) })
        return
      }
      var term = latinTerm(piece) || (onlyStopWords ? piece : null)
      if (term === null)
        return
      add(term, BOOST_WORD)
      add(term, BOOST_PREFIX, true)
      if (piece !== term)
        add(piece, BOOST_PREFIX, true)
    })
    var text = normalize(query)
    synonyms.forEach(function (group) {
      if (!group.some(function (member) { return mentions(text, member) }))
        return
      group.forEach(function (member) {
        if (mentions(text, member))
          return
        queryPieces(member, vocabulary).forEach(function (piece) {
          var term = isHan(piece) ? piece : latinTerm(piece)
          if (term !== null && !stopWords.has(term))
            add(term, BOOST_SYNONYM)
        })
      })
    })
    return Array.from(weights.values())
  }

  /* Section hits [{url, score}] (best first) grouped into pages, best page first */
  function groupByPage(hits) {
    var pages = new Map()
    hits.forEach(function (hit) {
      var page = hit.url.split("#")[0]
      if (!pages.has(page))
        pages.set(page, [])
      pages.get(page).push(hit)
    })
    var grouped = []
    pages.forEach(function (sections, page) {
      var score = sections[0].score
      for (var i = 1; i < sections.length; i++)
        score += OTHER_SECTIONS_SHARE * sections[i].score
      grouped.push({ page: page, score: score, sections: sections })
    })
    return grouped.sort(function (a, b) { return b.score - a.score })
  }

  /*
   * Run the clauses against a loaded lunr.Index whose refs are positions in `docs`
   * ([[url, ...], ...]); returns pages [{page, score, sections: [{ref, url, score}]}]
   */
  function search(index, docs, clauses) {
    if (!clauses.length)
      return []
    var hits = index.query(function (q) {
      clauses.forEach(function (clause) {
        q.term(clause.term, {
          boost: clause.boost,
          usePipeline: false,
          wildcard: clause.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE
        })
      })
    })
    return groupByPage(hits.map(function (h) {
      return { ref: h.ref, url: docs[Number(h.ref)][0], score: h.score }
    }))
  }

  return {
    normalize: normalize,
    latinTerm: latinTerm,
    segmentHan: segmentHan,
    queryPieces: queryPieces,
    queryClauses: queryClauses,
    groupByPage: groupByPage,
    search: search
  }
})
