/* The "is this contact official?" checker: judges whatever is pasted, in the browser, from the
 * registry export the page points at (data-hc-export). Nothing leaves the page: the only
 * requests are the export and the confusables table, same origin, once per page load.
 * window.hcChecker.check(text, region) is what tests/checker runs the shared vectors through;
 * it mirrors helpcenter.registry_pages.verdict.checker_verdict. */
(function () {
  "use strict";

  var C = window.hcContacts, S = window.hcScan;
  // Worst first: the answer for a whole message is its worst contact.
  var ORDER = ["unsafe", "impostor", "lookalike", "retired", "unlisted", "official", "reference", "internal"];
  var PASSING = { official: 1, reference: 1, internal: 1 };
  // Within one candidate that could be on several platforms (B's check._SEVERITY).
  var SEVERITY = ["impostor", "unsafe", "lookalike", "retired", "unlisted"];

  function read(judge, candidate, kind, region) {
    try {
      var contact;
      if (kind === null) {
        contact = C.linkContact(candidate.raw, region);
        if (contact === null) return { verdict: "internal", channel: null, why: "a link inside this site" };
      } else {
        contact = C.normalize(kind, candidate.raw, region);
      }
      return judge.judge(contact);
    } catch (error) {
      if (error instanceof C.UnsafeLink) return { verdict: "unsafe", channel: null, why: error.message };
      if (error instanceof C.InvalidContact) {
        return candidate.explicit ? { verdict: "unlisted", channel: null, why: "unreadable contact: " + error.message, unreadable: true } : null;
      }
      throw error;
    }
  }

  function judgeCandidate(judge, candidate, region) {
    if (candidate.kinds) {
      var judged = candidate.kinds.map(function (k) { return read(judge, candidate, k, region); })
        .filter(function (j) { return j !== null; });
      var passing = judged.filter(function (j) { return PASSING[j.verdict]; });
      if (passing.length || !judged.length) return passing.length ? passing[0] : null;
      return judged.sort(function (a, b) { return SEVERITY.indexOf(a.verdict) - SEVERITY.indexOf(b.verdict); })[0];
    }
    return read(judge, candidate, candidate.kind, region);
  }

  function check(judge, text, region) {
    var cleaned = S.deobfuscate(text), hits = [];
    S.extract(cleaned).forEach(function (candidate) {
      var j = judgeCandidate(judge, candidate, region);
      if (j !== null) { j.raw = candidate.raw; hits.push(j); }
    });
    var worst = hits.slice().sort(function (a, b) { return ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict); })[0];
    return { verdict: worst ? worst.verdict : "none", channel: worst ? worst.channel : null, worst: worst || null, hits: hits };
  }

  // ---------------------------------------------------------------- words
  var WORDS = {
    zh: {
      official: "官方渠道", retired: "已停用的旧渠道", impostor: "已知假冒渠道", lookalike: "仿冒官方渠道",
      unlisted: "不是官方渠道", unsafe: "危险链接", reference: "可以信任的外部网站（不是客服渠道）",
      internal: "本站内的链接", none: "没有找到联系方式",
      officialText: "这是我们的{label}。但来电显示、短信和邮件的发件人都能伪造：如果是对方先联系你，这个结果证明不了对方就是我们。客服也绝不会索要助记词、私钥或任何费用。",
      retiredText: "它以前是我们的渠道，自 {date} 起不再有人接听或回复。现在用它联系你的都不是我们。",
      impostorText: "这是用户举报、经核实的骗子渠道（{date} 报告）。立即停止联系，不要转账，不要提供助记词。",
      lookalikeText: "它故意模仿我们的{label}，但不是官方的。这是骗子常用的手法。",
      unlistedText: "它不在我们的官方清单上。不要添加、不要回拨、不要转账。",
      unreadable: "无法识别为有效的联系方式（电话请带国家代码，例如 +86）。不在官方清单上的一律不要相信。",
      unsafeText: "这个链接会在你的设备上运行代码或读取文件。千万不要打开。",
      referenceText: "这是我们在帮助文章里引用的外部网站，不提供客服。",
      internalText: "这是本帮助中心里的页面。",
      noneText: "请粘贴电话、邮箱、网址、账号或整段消息。",
      real: "官方渠道：{value}",
      stepsOfficial: ["对方先联系你的，挂断或停止回复，再从 App 内或{contact}自己找到官方渠道联系我们。", "仍然不要透露助记词、私钥或验证码。"],
      stepsBad: ["不要回复、不要添加、不要转账。", "如果你已经按对方说的做了，请看{scam}。", "需要帮助时，只通过{contact}上的官方渠道联系我们。"],
      next: "接下来怎么做：", scam: "被骗了怎么办", contact: "联系客服页面", found: "找到的联系方式", loading: "正在载入官方清单…", failed: "官方清单载入失败，请刷新页面后重试。"
    },
    en: {
      official: "Official channel", retired: "Retired channel", impostor: "Known impostor", lookalike: "Lookalike of an official channel",
      unlisted: "Not an official channel", unsafe: "Unsafe link", reference: "A trusted external site (not a support channel)",
      internal: "A page of this help center", none: "No contact found",
      officialText: "This is our {label}. But caller ID, text senders and email senders can be faked: if they contacted you first, this result doesn't prove it's us. And support never asks for your seed phrase, private key or any fee.",
      retiredText: "It used to be ours; nobody has answered it since {date}. Anyone using it to reach you now is not us.",
      impostorText: "Users reported this scam channel and we confirmed it (reported on {date}). Stop replying, don't send money, never share your seed phrase.",
      lookalikeText: "It imitates our {label} but is not official. This is a classic scammer trick.",
      unlistedText: "It is not on our official list. Don't add it, don't call it back and don't send money.",
      unreadable: "This isn't a contact we can read (write phone numbers with the country code, like +1). Treat anything not on the official list as fake.",
      unsafeText: "This link would run code or read files on your device. Don't open it.",
      referenceText: "An external site our articles refer to. It offers no support.",
      internalText: "A page of this help center.",
      noneText: "Paste a phone number, email, web address, account or a whole message.",
      real: "Official channel: {value}",
      stepsOfficial: ["If they contacted you first, hang up or stop replying, then reach us yourself from the app or the {contact}.", "Still never share your seed phrase, private key or codes."],
      stepsBad: ["Don't reply, don't add it, don't send money.", "If you already did what they asked, read {scam}.", "When you need help, use only the official channels on the {contact}."],
      next: "What to do next:", scam: "what to do if you were scammed", contact: "contact page", found: "Contacts found", loading: "Loading the official list…", failed: "The official list did not load; reload the page and try again."
    }
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fill(node, template, links) {
    // Puts links into a sentence without innerHTML: "{scam}" → <a href=…>…</a>.
    template.split(/(\{[a-z]+\})/).forEach(function (part) {
      var name = /^\{([a-z]+)\}$/.exec(part);
      if (name && links[name[1]]) node.appendChild(links[name[1]]());
      else node.appendChild(document.createTextNode(part));
    });
  }

  function describe(hit, judge, w, lang) {
    var channel = hit.channel ? judge.doc.channels.filter(function (c) { return c.id === hit.channel; })[0] : null;
    var label = channel ? channel.labels[lang] : "";
    var texts = {
      official: w.officialText, retired: w.retiredText, impostor: w.impostorText, lookalike: w.lookalikeText,
      unlisted: hit.unreadable ? w.unreadable : w.unlistedText, unsafe: w.unsafeText,
      reference: w.referenceText, internal: w.internalText
    };
    var text = (texts[hit.verdict] || "").replace("{label}", label)
      .replace("{date}", hit.retiredOn || hit.reportedOn || "");
    if (channel && channel.status === "active" && hit.verdict !== "official") {
      text += " " + w.real.replace("{value}", channel.labels[lang] + " " + channel.value);
    }
    return text;
  }

  function render(form, result, judge, answer) {
    var lang = form.getAttribute("data-hc-lang") === "zh" ? "zh" : "en", w = WORDS[lang];
    result.textContent = "";
    result.setAttribute("data-hc-verdict", answer.verdict);
    if (answer.channel) result.setAttribute("data-hc-channel", answer.channel);
    else result.removeAttribute("data-hc-channel");
    result.appendChild(el("p", "hc-verdict", null)).appendChild(el("strong", null, w[answer.verdict]));
    result.appendChild(el("p", "hc-verdict-detail", answer.worst ? describe(answer.worst, judge, w, lang) : w.noneText));
    if (answer.hits.length > 1) {
      result.appendChild(el("p", null, w.found + (lang === "zh" ? "：" : ":")));
      var list = result.appendChild(el("ul", "hc-hits"));
      answer.hits.forEach(function (hit) {
        var item = list.appendChild(el("li"));
        item.appendChild(el("code", null, hit.raw));
        item.appendChild(document.createTextNode(lang === "zh" ? "：" + w[hit.verdict] : ": " + w[hit.verdict]));
      });
    }
    if (answer.verdict === "none" || answer.verdict === "internal" || answer.verdict === "reference") return;
    result.appendChild(el("p", null, w.next));
    var steps = result.appendChild(el("ul", "hc-next-steps"));
    var links = {
      scam: function () { var a = el("a", null, w.scam); a.href = form.getAttribute("data-hc-scam-help"); return a; },
      contact: function () { var a = el("a", null, w.contact); a.href = form.getAttribute("data-hc-contact"); return a; }
    };
    (answer.verdict === "official" ? w.stepsOfficial : w.stepsBad).forEach(function (step) {
      fill(steps.appendChild(el("li")), step, links);
    });
  }

  function load(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error(url + ": HTTP " + response.status);
      return response.json();
    });
  }

  function start(form) {
    var exportUrl = form.getAttribute("data-hc-export");
    var confusablesUrl = exportUrl.replace(/channels\.json$/, "confusables.json");
    var input = form.querySelector("textarea"), result = document.getElementById("hc-checker-result");
    var lang = form.getAttribute("data-hc-lang") === "zh" ? "zh" : "en";
    var judge = null, timer = null;
    var ready = Promise.all([load(exportUrl), load(confusablesUrl)]).then(function (docs) {
      judge = new window.hcJudge.Judge(docs[0], docs[1]);
      form.setAttribute("data-hc-ready", "");
      return judge;
    });
    function run() {
      if (judge === null) return;
      if (!input.value.trim()) { result.textContent = ""; result.removeAttribute("data-hc-verdict"); return; }
      render(form, result, judge, check(judge, input.value, null));
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 150); });
    form.addEventListener("submit", function (event) { event.preventDefault(); clearTimeout(timer); run(); });
    ready.then(run, function () {
      result.setAttribute("data-hc-verdict", "error");
      result.textContent = WORDS[lang].failed;
    });
    window.hcChecker = {
      ready: ready,
      check: function (text, region) {
        var a = check(judge, text, region || null);
        return { verdict: a.verdict, channel: a.channel, hits: a.hits.map(function (h) { return { raw: h.raw, verdict: h.verdict, channel: h.channel }; }) };
      }
    };
  }

  var form = document.querySelector("form.hc-checker[data-hc-export]");
  if (form) start(form);
})();
