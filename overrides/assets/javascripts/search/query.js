/*
 * Query rules of the help center search: a reader's query to a plan of concepts, a plan to
 * ranked pages, highlights, and the index whose shards and fragments load on demand. Twin of
 * src/helpcenter/search/query.py, terms.py and index_read.py; tests/search/test_twins.py runs
 * both on the same inputs (plans, files loaded, pages, highlights), so change them together.
 * The rules are described in query.py.
 *
 * Loaded by the page (a deferred script, before search.js) and by the tests (Node,
 * require). lunr.js gives the stemmer and stop words the index was built with.
 */
;(function (root, factory) {
  if (typeof module === "object" && module.exports)
    module.exports = factory(require("./lunr-2.3.9.min.js"))
  else
    root.helpSearchQuery = factory(root.lunr)
})(this, function (lunr) {
  "use strict"

  var FORMAT = 2
  var HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff"
  var HAN_RUN = new RegExp("^[" + HAN + "]+$")
  var LATIN_WORD = /^[a-z0-9]+(?:'[a-z0-9]+)*$/
  var RUN = "[" + HAN + "]+|[a-z0-9]+(?:'[a-z0-9]+)*"
  var LATIN_IN_TEXT = "[A-Za-z0-9\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a]+(?:['\u2019][A-Za-z0-9]+)*"

  var MAX_WORD = 8
  var BOOST_WORD = 10
  var BOOST_SYNONYM = 5
  var BOOST_PREFIX = 4
  var BOOST_FUZZY = 4
  var BOOST_KEY_PHRASE = 10
  var FUZZY_MIN_LENGTH = 5
  var MAX_EXPANSIONS = 30
  var OTHER_SECTIONS_SHARE = 0.25
  var LOOSE_FROM = 3
  var RELATIVE_CUT = 0.2

  /* ------------------------------------------------------------ terms (terms.py) */

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

  function latinKey(word) {
    return latinTerm(word) || word
  }

  function phraseTerm(phrase) {
    var words = runs(normalize(phrase))
    if (words.length < 2 || !words.every(function (w) { return LATIN_WORD.test(w) }))
      return null
    return words.map(latinKey).join(" ")
  }

  /* ------------------------------------------------------------ plans (query.py) */

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

  function byLengthThenText(a, b) {
    return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)
  }

  function correctTypos(text, vocabulary) {
    vocabulary.typos.slice().sort(function (x, y) { return byLengthThenText(x[0], y[0]) })
      .forEach(function (pair) {
        if (text.indexOf(pair[0]) !== -1 && !vocabulary.known.has(pair[0]))
          text = text.split(pair[0]).join(pair[1])
      })
    return text
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  }

  function occurrences(text, phrase) {
    var found = []
    if (isHan(phrase)) {
      for (var at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1))
        found.push(at)
      return found
    }
    var pattern = new RegExp("(?<![a-z0-9'])" + escapeRegExp(phrase) + "(?![a-z0-9'])", "g")
    for (var m = pattern.exec(text); m; m = pattern.exec(text))
      found.push(m.index)
    return found
  }

  function memberTerm(member) {
    var text = normalize(member)
    if (isHan(text))
      return text
    return phraseTerm(text) || latinTerm(text)
  }

  function withinOneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1)
      return false
    if (a.length > b.length) {
      var t = a
      a = b
      b = t
    }
    var i = 0
    while (i < a.length && a[i] === b[i])
      i++
    if (a.length < b.length)
      return a.slice(i) === b.slice(i + 1)
    if (a.slice(i + 1) === b.slice(i + 1))
      return true
    return a.slice(i + 2) === b.slice(i + 2) && a[i] === b[i + 1] && a[i + 1] === b[i]
  }

  function unique(list) {
    return Array.from(new Set(list))
  }

  function completions(prefixes, vocabulary) {
    var found = []
    prefixes.forEach(function (prefix) {
      vocabulary.terms.forEach(function (term) {
        if (term !== prefix && term.startsWith(prefix))
          found.push(term)
      })
    })
    return unique(found).slice(0, MAX_EXPANSIONS)
  }

  function nearMisses(word, vocabulary) {
    var found = []
    vocabulary.words.forEach(function (candidate) {
      if (withinOneEdit(word, candidate)) {
        var term = latinTerm(candidate)
        if (term !== null && vocabulary.known.has(term))
          found.push(term)
      }
    })
    return unique(found).slice(0, MAX_EXPANSIONS)
  }

  function mentions(text, vocabulary) {
    var found = []
    vocabulary.synonyms.forEach(function (group, number) {
      group.forEach(function (member) {
        var phrase = normalize(member)
        occurrences(text, phrase).forEach(function (at) {
          found.push([at, at + phrase.length, number])
        })
      })
    })
    found.sort(function (a, b) { return (a[0] - a[1]) - (b[0] - b[1]) || a[0] - b[0] })
    var taken = []
    found.forEach(function (m) {
      if (taken.every(function (t) { return m[1] <= t[0] || m[0] >= t[1] }))
        taken.push(m)
    })
    return taken.sort(function (a, b) { return a[0] - b[0] })
  }

  function words(text, vocabulary) {
    var out = []
    runs(text).forEach(function (run) {
      if (isHan(run))
        out.push.apply(out, segmentHan(run, vocabulary.wordsAndStopWords))
      else
        out.push(run)
    })
    return out
  }

  /* A plan: {concepts: [{terms: [[term, boost]], weak}], bonus: [[term, boost]]} */
  function planQuery(query, vocabulary) {
    var text = correctTypos(normalize(query), vocabulary)
    var concepts = []
    var seen = new Set()
    function add(terms, weak) {
      var items = Array.from(terms.entries())
      var key = JSON.stringify(items)
      if (items.length && !seen.has(key)) {
        seen.add(key)
        concepts.push({ terms: items, weak: !!weak })
      }
    }

    var found = mentions(text, vocabulary)
    var pieces = []
    var at = 0
    found.forEach(function (m) {
      pieces.push.apply(pieces, words(text.slice(at, m[0]), vocabulary))
      pieces.push(m[2])
      at = m[1]
    })
    pieces.push.apply(pieces, words(text.slice(at), vocabulary))
    var last = -1
    pieces.forEach(function (p, i) { if (typeof p === "string") last = i })
    pieces.forEach(function (piece, position) {
      var terms = new Map()
      if (typeof piece === "number") {
        var typed = new Set(found.filter(function (m) { return m[2] === piece })
          .map(function (m) { return text.slice(m[0], m[1]) }))
        vocabulary.synonyms[piece].forEach(function (member) {
          var term = memberTerm(member)
          if (term !== null && !vocabulary.stopWords.has(term)) {
            var boost = typed.has(normalize(member)) ? BOOST_WORD : BOOST_SYNONYM
            terms.set(term, Math.max(terms.get(term) || 0, boost))
          }
        })
        var sorted = Array.from(terms.entries())
        sorted.sort(function (a, b) { return b[1] - a[1] })
        add(new Map(sorted))
      } else if (isHan(piece)) {
        if (vocabulary.stopWords.has(piece))
          return
        terms.set(piece, BOOST_WORD)
        var single = Array.from(piece).length === 1
        if (single)
          completions([piece], vocabulary).forEach(function (t) { terms.set(t, BOOST_PREFIX) })
        add(terms, single)
      } else {
        var term = latinTerm(piece)
        if (term === null)
          return
        terms.set(term, BOOST_WORD)
        if (!vocabulary.known.has(term)) {
          var more = position === last ? completions([piece, term], vocabulary) : []
          var boost = BOOST_PREFIX
          if (!more.length && piece.length >= FUZZY_MIN_LENGTH) {
            more = nearMisses(piece, vocabulary)
            boost = BOOST_FUZZY
          }
          more.forEach(function (t) { if (t !== term) terms.set(t, boost) })
        }
        add(terms)
      }
    })
    var bonus = new Map()
    vocabulary.keyPhrases.forEach(function (phrase) {
      var term = memberTerm(phrase)
      if (term !== null && occurrences(text, phrase).length)
        bonus.set(term, BOOST_KEY_PHRASE)
    })
    return { concepts: concepts, bonus: Array.from(bonus.entries()) }
  }

  function planTerms(plan) {
    var terms = []
    plan.concepts.forEach(function (c) { c.terms.forEach(function (t) { terms.push(t[0]) }) })
    plan.bonus.forEach(function (t) { terms.push(t[0]) })
    return unique(terms)
  }

  /* ------------------------------------------------------------ ranking (query.py) */

  /* postings(term) -> Map(section -> weight x100); sectionPage[section] -> page */
  function rank(plan, postings, sectionPage) {
    var strong = plan.concepts.filter(function (c) { return !c.weak })
    var anyStrong = strong.some(function (c) {
      return c.terms.some(function (t) { return postings(t[0]).size > 0 })
    })
    var used = anyStrong ? strong : plan.concepts
    var scores = new Map()
    var covered = new Map()
    var matched = new Set()
    used.forEach(function (concept) {
      var best = new Map()
      concept.terms.forEach(function (pair) {
        postings(pair[0]).forEach(function (weight, section) {
          matched.add(pair[0])
          best.set(section, Math.max(best.get(section) || 0, pair[1] * weight / 100))
        })
      })
      new Set(Array.from(best.keys()).map(function (s) { return sectionPage[s] }))
        .forEach(function (page) { covered.set(page, (covered.get(page) || 0) + 1) })
      best.forEach(function (score, section) {
        scores.set(section, (scores.get(section) || 0) + score)
      })
    })
    if (!covered.size)
      return { pages: [], matched: [] }
    var most = Math.max.apply(null, Array.from(covered.values()))
    var need = Math.max(1, used.length >= LOOSE_FROM ? most - 1 : most)
    var chosen = new Set()
    covered.forEach(function (count, page) { if (count >= need) chosen.add(page) })
    plan.bonus.forEach(function (pair) {
      postings(pair[0]).forEach(function (weight, section) {
        if (chosen.has(sectionPage[section]))
          scores.set(section, (scores.get(section) || 0) + pair[1] * weight / 100)
      })
    })
    var byPage = new Map()
    scores.forEach(function (score, section) {
      var page = sectionPage[section]
      if (!chosen.has(page))
        return
      if (!byPage.has(page))
        byPage.set(page, [])
      byPage.get(page).push([section, score])
    })
    var hits = []
    byPage.forEach(function (sections, page) {
      sections.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0] })
      var others = 0
      for (var i = 1; i < sections.length; i++)
        others += sections[i][1]
      hits.push({ page: page, score: sections[0][1] + OTHER_SECTIONS_SHARE * others, sections: sections })
    })
    hits.sort(function (a, b) { return b.score - a.score || a.page - b.page })
    var cut = hits[0].score * RELATIVE_CUT
    return {
      pages: hits.filter(function (h) { return h.score >= cut }),
      matched: Array.from(matched)
    }
  }

  /* ------------------------------------------------------------ highlights (query.py) */

  /* [start, end) pairs of `text` showing a matched term (UTF-16 offsets) */
  function highlights(text, terms) {
    var wanted = new Set(terms)
    var spans = []
    var pattern = new RegExp(LATIN_IN_TEXT, "g")
    for (var m = pattern.exec(text); m; m = pattern.exec(text)) {
      var word = normalize(m[0])
      if (LATIN_WORD.test(word) && wanted.has(latinKey(word)))
        spans.push([m.index, m.index + m[0].length])
    }
    Array.from(wanted).filter(isHan).sort(byLengthThenText).forEach(function (term) {
      occurrences(text, term).forEach(function (at) {
        var end = at + term.length
        if (spans.every(function (s) { return end <= s[0] || at >= s[1] }))
          spans.push([at, end])
      })
    })
    return spans.sort(function (a, b) { return a[0] - b[0] })
  }

  /* ------------------------------------------------------------ the index (index_read.py) */

  /*
   * One language's index: `head` (search/<lang>.json, parsed) and `fetchJson(path)` that
   * resolves a path relative to the head's folder to parsed JSON (a Promise). Shards and
   * fragments are fetched once; `loaded` lists them in the order they were first asked for.
   */
  function SearchIndex(head, fetchJson) {
    if (head.format !== FORMAT)
      throw new Error("index format " + head.format + ", expected " + FORMAT)
    this.head = head
    this.fetchJson = fetchJson
    this.files = new Map()
    this.loaded = []
    this.vocabulary = {
      terms: head.terms,
      known: new Set(head.terms),
      wordsAndStopWords: new Set(head.terms.concat(head.stopWords)),
      stopWords: new Set(head.stopWords),
      synonyms: head.synonyms,
      typos: head.typos,
      words: head.words,
      keyPhrases: head.keyPhrases
    }
    this.position = new Map()
    var self = this
    head.terms.forEach(function (term, i) { self.position.set(term, i) })
    this.sectionPage = []
    this.firstSection = [0]
    head.sections.forEach(function (count, page) {
      for (var i = 0; i < count; i++)
        self.sectionPage.push(page)
      self.firstSection.push(self.firstSection[page] + count)
    })
  }

  SearchIndex.prototype.file = function (name) {
    if (!this.files.has(name)) {
      this.loaded.push(name)
      var path = this.head.files + name + "." + this.head.hash + ".json"
      var entry = { data: null, promise: null }
      entry.promise = this.fetchJson(path).then(function (data) {
        entry.data = data
        return data
      })
      this.files.set(name, entry)
    }
    return this.files.get(name).promise
  }

  SearchIndex.prototype.shardOf = function (term) {
    var position = this.position.get(term)
    if (position === undefined)
      return null
    var starts = this.head.shards
    var low = 0
    var high = starts.length - 1
    while (low < high) {
      var middle = (low + high + 1) >> 1
      if (starts[middle] <= position)
        low = middle
      else
        high = middle - 1
    }
    return low
  }

  /* Postings of a term whose shard is loaded */
  SearchIndex.prototype.postings = function (term) {
    var out = new Map()
    var shard = this.shardOf(term)
    if (shard === null)
      return out
    var encoded = this.files.get("t" + shard).data[this.position.get(term) - this.head.shards[shard]]
    var section = 0
    for (var i = 0; i < encoded.length; i += 2) {
      section += encoded[i]
      out.set(section, encoded[i + 1])
    }
    return out
  }

  SearchIndex.prototype.plan = function (query) {
    return planQuery(query, this.vocabulary)
  }

  /* The shards a plan needs, fetched at once; resolves to the plan's ranking */
  SearchIndex.prototype.rank = function (query) {
    var self = this
    var plan = this.plan(query)
    var waits = []
    planTerms(plan).forEach(function (term) {
      var shard = self.shardOf(term)
      if (shard !== null)
        waits.push(self.file("t" + shard))
    })
    return Promise.all(waits).then(function () {
      var cache = new Map()
      return rank(plan, function (term) {
        if (!cache.has(term))
          cache.set(term, self.postings(term))
        return cache.get(term)
      }, self.sectionPage)
    })
  }

  /* Resolves to {total, matched, results: [{url, title, score, sections: [[url, heading,
     text]]}]}: the first `limit` pages with their fragments */
  SearchIndex.prototype.search = function (query, limit) {
    var self = this
    return this.rank(query).then(function (ranking) {
      var top = ranking.pages.slice(0, limit === undefined ? ranking.pages.length : limit)
      return Promise.all(top.map(function (hit) { return self.file("p" + hit.page) }))
        .then(function (fragments) {
          return {
            total: ranking.pages.length,
            matched: ranking.matched,
            results: top.map(function (hit, i) {
              var first = self.firstSection[hit.page]
              return {
                url: self.head.pages[hit.page],
                title: fragments[i][0][1],
                score: hit.score,
                sections: hit.sections.map(function (s) { return fragments[i][s[0] - first] })
              }
            })
          }
        })
    })
  }

  return {
    normalize: normalize,
    latinTerm: latinTerm,
    phraseTerm: phraseTerm,
    segmentHan: segmentHan,
    withinOneEdit: withinOneEdit,
    planQuery: planQuery,
    planTerms: planTerms,
    rank: rank,
    highlights: highlights,
    SearchIndex: SearchIndex
  }
})
