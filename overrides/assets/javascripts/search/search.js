/*
 * The help center's search box (markup: overrides/partials/search.html).
 *
 * Searches only the reader's language: the worker starts when the page has loaded; that
 * language's prebuilt index is downloaded when search is first opened (or a pointer heads
 * for it), here, while the worker boots, and handed to the worker. Queries run on every input event (typing, pasting, cutting,
 * dictation) and at the end of an IME composition, never on half-composed pinyin.
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

  var worker = null
  var ready = false
  var failed = false
  var composing = false
  var sent = 0
  var waiting = null /* query typed before the index was ready */

  function mark(name, detail) {
    performance.mark("hc-search:" + name, { detail: detail })
  }

  /* ---------------------------------------------------------------- worker */

  /* The worker (lunr.js + query rules, cached files) starts once the page has loaded ... */
  function warm() {
    if (worker)
      return
    worker = new Worker(text.hcWorker)
    worker.onmessage = receive
    worker.onerror = function (event) {
      fail(event.message)
    }
  }

  /* ... the index, the big download, only when the reader opens search */
  var loading = false
  function start() {
    if (loading)
      return
    loading = true
    mark("open")
    meta.textContent = text.hcLoading
    var url = new URL(text.hcIndex, location.href).href
    var bytes = fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok)
        throw new Error("HTTP " + response.status + " for " + url)
      return response.arrayBuffer()
    })
    warm()
    bytes.then(function (buffer) {
      worker.postMessage({ type: "index", bytes: buffer }, [buffer])
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

  function receive(event) {
    var message = event.data
    if (message.type === "ready") {
      ready = true
      mark("ready", { ms: message.ms, sections: message.sections })
      if (waiting !== null)
        run()
      else if (!input.value.trim())
        meta.textContent = text.hcPrompt
    } else if (message.type === "error") {
      fail(message.message)
    } else if (message.type === "results" && message.id === sent) {
      render(message)
    }
  }

  function run() {
    var q = input.value
    if (composing || failed)
      return
    if (!ready) {
      waiting = q
      start()
      return
    }
    waiting = null
    if (!q.trim()) {
      list.replaceChildren()
      none.hidden = true
      meta.textContent = text.hcPrompt
      return
    }
    mark("input", { q: q })
    sent += 1
    worker.postMessage({ type: "query", id: sent, q: q })
  }

  /* ---------------------------------------------------------------- rendering */

  function escapeRegExp(value) {
    return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  }

  /* One pattern for every term: Chinese words anywhere, Latin terms at a word start */
  function highlighter(terms) {
    var han = /[\u3400-\u9fff\uf900-\ufaff]/
    var alternatives = terms
      .filter(function (term) { return term.length > 0 })
      .sort(function (a, b) { return b.length - a.length })
      .map(function (term) {
        return han.test(term)
          ? escapeRegExp(term)
          : "(?<![\\p{L}\\p{N}])" + escapeRegExp(term) + "[\\p{L}\\p{N}']*"
      })
    return alternatives.length ? new RegExp(alternatives.join("|"), "giu") : null
  }

  function highlighted(value, pattern) {
    var fragment = document.createDocumentFragment()
    var at = 0
    if (pattern) {
      pattern.lastIndex = 0
      for (var m = pattern.exec(value); m; m = pattern.exec(value)) {
        if (!m[0].length) {
          pattern.lastIndex += 1
          continue
        }
        fragment.append(value.slice(at, m.index))
        var mark = document.createElement("mark")
        mark.textContent = m[0]
        fragment.append(mark)
        at = m.index + m[0].length
      }
    }
    fragment.append(value.slice(at))
    return fragment
  }

  /* A window of the section text around its first match */
  function snippet(value, pattern) {
    var first = -1
    if (pattern) {
      pattern.lastIndex = 0
      var m = pattern.exec(value)
      first = m ? m.index : -1
    }
    var start = Math.max(0, first - 24)
    var out = value.slice(start, start + 140)
    return (start > 0 ? "…" : "") + out + (start + 140 < value.length ? "…" : "")
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

  function render(message) {
    var pattern = highlighter(message.terms)
    var items = message.pages.map(function (page) {
      var own = page.sections.find(function (s) { return s.url === page.url }) || null
      var head = element("article", "md-search-result__article md-typeset", [
        element("div", "md-search-result__icon md-icon"),
        element("h1", null, [highlighted(page.title, pattern)])
      ])
      if (own && own.text)
        head.append(element("p", null, [highlighted(snippet(own.text, pattern), pattern)]))
      var children = [link(page.url, head)]
      page.sections.forEach(function (section) {
        if (section === own)
          return
        children.push(link(section.url, element("article", "md-search-result__article md-typeset", [
          element("h2", null, [highlighted(section.heading, pattern)]),
          element("p", null, [highlighted(snippet(section.text, pattern), pattern)])
        ])))
      })
      return element("li", "md-search-result__item", children)
    })
    list.replaceChildren.apply(list, items)
    none.hidden = items.length > 0
    meta.textContent = items.length === 1
      ? text.hcOne
      : items.length ? text.hcOther.replace("#", items.length) : ""
    mark("results", { q: message.q, pages: items.length })
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

  /* Booting the worker (lunr.js, ~10 KB compressed, cached) off the main thread once the
     page has loaded costs the page nothing; opening search then waits only for the index */
  if (document.readyState === "complete")
    warm()
  else
    window.addEventListener("load", warm, { once: true })

  /* Deep link: ?q=... opens search with that query */
  var q = new URLSearchParams(location.search).get("q")
  if (q) {
    input.value = q
    input.focus()
    run()
  }
})()
