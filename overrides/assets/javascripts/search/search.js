/*
 * The help center's search box (markup: overrides/partials/search.html).
 *
 * Searches only the reader's language: the worker starts when the page has loaded; that
 * language's index head is downloaded when search is first opened (or a pointer heads for
 * it), here, while the worker boots, and handed to the worker, which fetches the shards of
 * each query's words and the fragments of the pages it shows. Queries run on every input event (typing, pasting, cutting,
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
      worker.postMessage({ type: "index", bytes: buffer, url: url }, [buffer])
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
      mark("ready", { ms: message.ms, pages: message.pages })
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

  /* `value` with <mark> around each [start, end) of `marks` (the worker's highlights: the
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

  function render(message) {
    var items = message.pages.map(function (page) {
      var own = page.sections.find(function (s) { return s.url === page.url }) || null
      var head = element("article", "md-search-result__article md-typeset", [
        element("div", "md-search-result__icon md-icon"),
        element("h1", null, [highlighted(page.title, page.marks)])
      ])
      if (own && own.text)
        head.append(element("p", null, [snippet(own.text, own.marks)]))
      var children = [link(page.url, head)]
      page.sections.forEach(function (section) {
        if (section === own)
          return
        children.push(link(section.url, element("article", "md-search-result__article md-typeset", [
          element("h2", null, [highlighted(section.heading, section.headingMarks)]),
          element("p", null, [snippet(section.text, section.marks)])
        ])))
      })
      return element("li", "md-search-result__item", children)
    })
    list.replaceChildren.apply(list, items)
    none.hidden = items.length > 0
    var total = message.total
    meta.textContent = total === 1
      ? text.hcOne
      : total ? text.hcOther.replace("#", total) : ""
    mark("results", { q: message.q, pages: items.length, total: total })
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
