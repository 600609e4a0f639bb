/*
 * The help center's search box (markup: overrides/partials/search.html).
 *
 * Searches only the reader's language, on the page itself (query.js and lunr.js load
 * deferred with the page): that language's index head is downloaded when search is first
 * opened (or a pointer heads for it), and the shards of each query's words and the
 * fragments of the pages shown as queries need them. A search is a few milliseconds of
 * work; a worker was tried and cost more (its own boot, three scripts in a row) than it
 * saved. Queries run on every input event (typing, pasting, cutting, dictation) and at the
 * end of an IME composition, never on half-composed pinyin.
 * Timings are left as performance marks ("hc-search:open", ":ready", ":input",
 * ":results") for benchmarks/bench_search.py.
 */
;(function () {
  "use strict"

  var root = document.querySelector("[data-hc-search]")
  if (!root)
    return
  var text = root.dataset
  var toggle = document.getElementById("__search")
  var form = root.querySelector("form")
  var input = form.querySelector("input[name=q]")
  var meta = root.querySelector(".md-search-result__meta")
  var list = root.querySelector(".md-search-result__list")
  var none = root.querySelector(".hc-search-none")
  /* Result URLs are paths from the site root ("en/contact/#hours") */
  var siteRoot = new URL(text.hcBase.replace(/\/?$/, "/"), location.href)

  var search = window.helpSearchQuery
  var MAX_PAGES = 10
  var MAX_SECTIONS = 3
  var index = null
  var failed = false
  var composing = false
  var sent = 0
  var waiting = null /* query typed before the index was ready */

  function mark(name, detail) {
    performance.mark("hc-search:" + name, { detail: detail })
  }

  /* ---------------------------------------------------------------- the index */

  function fetchJson(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok)
        throw new Error("HTTP " + response.status + " for " + url)
      return response.json()
    })
  }

  /* The index head, only when the reader opens search (or a pointer heads for it); the
     shards and page fragments as queries need them (query.js) */
  var loading = false
  function start() {
    if (loading)
      return
    loading = true
    mark("open")
    meta.textContent = text.hcLoading
    var url = new URL(text.hcIndex, location.href).href
    fetchJson(url).then(function (head) {
      var t0 = performance.now()
      index = new search.SearchIndex(head, function (path) {
        return fetchJson(new URL(path, url).href)
      })
      mark("ready", { ms: performance.now() - t0, pages: head.pages.length })
      if (waiting !== null)
        run()
      else if (!input.value.trim())
        meta.textContent = text.hcPrompt
    }).catch(function (error) {
      fail(String(error))
    })
  }

  function fail(message) {
    failed = true
    meta.textContent = text.hcError
    none.hidden = false
    if (window.console)
      console.error("search: " + message)
  }

  function run() {
    var q = input.value
    if (composing || failed)
      return
    if (!index) {
      waiting = q
      start()
      return
    }
    waiting = null
    if (!q.trim()) {
      sent += 1
      list.replaceChildren()
      none.hidden = true
      meta.textContent = text.hcPrompt
      return
    }
    mark("input", { q: q })
    var id = ++sent
    index.search(q, MAX_PAGES).then(function (found) {
      if (id === sent)
        render(q, found)
    }).catch(function (error) {
      fail(String(error))
    })
  }

  /* ---------------------------------------------------------------- rendering */

  /* `value` with <mark> around each [start, end) of `marks` (query.js's highlights: the
     words that matched, never stray characters) */
  function highlighted(value, marks) {
    var fragment = document.createDocumentFragment()
    var at = 0
    ;(marks || []).forEach(function (span) {
      if (span[0] < at)
        return
      fragment.append(value.slice(at, span[0]))
      var mark = document.createElement("mark")
      mark.textContent = value.slice(span[0], span[1])
      fragment.append(mark)
      at = span[1]
    })
    fragment.append(value.slice(at))
    return fragment
  }

  /* A window of a section's text around its first highlight, with the marks inside it */
  var SNIPPET = 140
  function snippet(value, marks) {
    var first = marks.length ? marks[0][0] : 0
    var start = Math.max(0, first - 24)
    var end = Math.min(value.length, start + SNIPPET)
    var inside = marks.filter(function (m) { return m[0] >= start && m[1] <= end })
      .map(function (m) { return [m[0] - start, m[1] - start] })
    var text = value.slice(start, end)
    var lead = start > 0 ? "…" : ""
    if (lead)
      inside = inside.map(function (m) { return [m[0] + 1, m[1] + 1] })
    return highlighted(lead + text + (end < value.length ? "…" : ""), inside)
  }

  function element(tag, className, children) {
    var el = document.createElement(tag)
    if (className)
      el.className = className
    ;(children || []).forEach(function (child) { el.append(child) })
    return el
  }

  function link(url, article) {
    var a = element("a", "md-search-result__link", [article])
    a.href = new URL(url, siteRoot).href
    return a
  }

  function render(q, found) {
    var marks = function (value) { return search.highlights(value, found.matched) }
    var items = found.results.map(function (page) {
      var sections = page.sections.slice(0, MAX_SECTIONS).map(function (s) {
        return { url: s[0], heading: s[1], text: s[2] }
      })
      var own = sections.find(function (s) { return s.url === page.url }) || null
      var head = element("article", "md-search-result__article md-typeset", [
        element("div", "md-search-result__icon md-icon"),
        element("h1", null, [highlighted(page.title, marks(page.title))])
      ])
      if (own && own.text)
        head.append(element("p", null, [snippet(own.text, marks(own.text))]))
      var children = [link(page.url, head)]
      sections.forEach(function (section) {
        if (section === own)
          return
        children.push(link(section.url, element("article", "md-search-result__article md-typeset", [
          element("h2", null, [highlighted(section.heading, marks(section.heading))]),
          element("p", null, [snippet(section.text, marks(section.text))])
        ])))
      })
      return element("li", "md-search-result__item", children)
    })
    list.replaceChildren.apply(list, items)
    none.hidden = items.length > 0
    var total = found.total
    meta.textContent = total === 1
      ? text.hcOne
      : total ? text.hcOther.replace("#", total) : ""
    mark("results", { q: q, pages: items.length, total: total })
  }

  /* ---------------------------------------------------------------- opening, keys */

  function open() {
    if (!toggle.checked)
      toggle.checked = true
    start()
  }

  function close() {
    toggle.checked = false
    input.blur()
  }

  function links() {
    return Array.from(list.querySelectorAll("a[href]"))
  }

  input.addEventListener("focus", open)
  /* A pointer on its way to the box: start the download before the click lands */
  root.addEventListener("pointerenter", start, { once: true })
  document.querySelectorAll("label[for=__search]").forEach(function (label) {
    label.addEventListener("pointerenter", start, { once: true })
  })
  input.addEventListener("input", function (event) {
    if (!event.isComposing)
      run()
  })
  input.addEventListener("compositionstart", function () { composing = true })
  input.addEventListener("compositionend", function () {
    composing = false
    run()
  })
  toggle.addEventListener("change", function () {
    if (toggle.checked) {
      start()
      input.focus()
    }
  })
  form.addEventListener("submit", function (event) {
    event.preventDefault()
    var first = links()[0]
    if (first)
      first.click()
  })
  form.addEventListener("reset", function () {
    setTimeout(function () {
      run()
      input.focus()
    })
  })
  root.addEventListener("keydown", function (event) {
    if (event.isComposing)
      return
    var all = [input].concat(links())
    var at = all.indexOf(document.activeElement)
    if (event.key === "Escape") {
      event.preventDefault()
      close()
    } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && at !== -1) {
      event.preventDefault()
      event.stopPropagation()
      var step = event.key === "ArrowDown" ? 1 : all.length - 1
      all[(at + step) % all.length].focus()
    }
  })
  root.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !root.contains(event.relatedTarget))
      toggle.checked = false
  })
  list.addEventListener("click", function () { toggle.checked = false })
  document.addEventListener("keydown", function (event) {
    var target = event.target
    var typing = target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
    if (typing || event.ctrlKey || event.metaKey || event.altKey || toggle.checked)
      return
    if (event.key === "/" || event.key === "s" || event.key === "f") {
      event.preventDefault()
      input.focus()
      input.select()
    }
  })

  /* Deep link: ?q=... opens search with that query */
  var q = new URLSearchParams(location.search).get("q")
  if (q) {
    input.value = q
    input.focus()
    run()
  }
})()
