/* The "is this contact official?" checker: the answer for whatever a person pastes (a number,
 * an address, a whole message, or a QR code screenshot), in their browser, from the registry
 * export and the grammar data the page points at (data-hc-export). Nothing leaves the page: the
 * only requests are those data files and, when an image is chosen, the QR decoder (zxing-cpp
 * compiled to WebAssembly, served by this site), all same origin.
 *
 * Section "verdict" mirrors helpcenter.registry_pages.verdict; the rest is the page. Registry
 * text (labels, purposes, notes) is only ever set as textContent. */
(function (root) {
  "use strict";

  // ------------------------------------------------------------ verdict
  var verdict = (function () {
    var ORDER = ["unsafe", "impostor", "lookalike", "retired", "unlisted", "official", "reference", "internal"];
    function checkerVerdict(checker, text, region) {
      var hits = checker.checkText(text, region || null);
      if (!hits.length) return null;
      return hits.map(function (h) { return h.judgement; }).reduce(function (worst, j) {
        return ORDER.indexOf(j.verdict) < ORDER.indexOf(worst.verdict) ? j : worst;
      });
    }
    return { ORDER: ORDER, checkerVerdict: checkerVerdict };
  })();

  /* The reader for one set of published data: {grammar, confusables, suffixes, phones, registry}. */
  function reader(data) {
    var C = root.hcContacts(data), R = root.hcRegistry(C), read = root.hcRead(C, R);
    var index = new R.index.RegistryIndex(data.registry);
    return { contacts: C, index: index, checker: new read.check.Checker(index) };
  }

  root.hcChecker = { verdict: verdict, reader: reader };
  if (typeof document === "undefined") return;

  // ------------------------------------------------------------ words
  var WORDS = {
    zh: {
      official: "官方渠道", retired: "已停用的旧渠道", impostor: "已知的假冒渠道", lookalike: "冒充官方的渠道",
      unlisted: "不是官方渠道", unsafe: "危险链接", reference: "可信的外部网站（不是客服渠道）",
      internal: "本帮助中心的页面", none: "没有找到联系方式",
      officialText: "这是我们的{label}。但来电显示、短信和邮件的发件人都能伪造：如果是对方先联系你，这个结果证明不了对方就是我们。客服也绝不会索要助记词、私钥或任何费用。",
      officialOwned: "这是我们官方网站上的地址。但短信和邮件里的链接、发件人都能伪造：如果是对方先联系你，这个结果证明不了对方就是我们。客服也绝不会索要助记词、私钥或任何费用。",
      spoofing: "我们从不主动打电话、发短信或私信联系任何人。对方主动找上你，就算显示的是这个号码或地址，也不要相信。",
      retiredText: "它以前是我们的渠道，自 {date} 起不再有人接听或回复。现在用它联系你的都不是我们。",
      impostorText: "用户举报、并经我们核实的骗子渠道（{date} 报告）。请马上停止联系，不要转账，不要透露助记词。",
      lookalikeText: "它在故意模仿我们的{label}，但不是官方的。这是骗子惯用的手法。",
      unlistedText: "它不在我们的官方渠道清单上。不要添加，不要回拨，也不要转账。",
      unreadable: "无法识别为有效的联系方式。不在官方清单上的，一律不要相信。",
      noCountry: "这个号码没有国家区号，不是我们的官方号码。我们的电话只有：{phones}。",
      unsafeText: "打开这个链接会在你的设备上运行代码或读取文件。千万不要打开。",
      referenceText: "这是我们在帮助文章里引用的外部网站，它不提供客服。",
      internalText: "这是本帮助中心里的页面，或者是你自己电脑、网络里的地址。",
      noneText: "请粘贴电话、邮箱、网址、账号或整段消息，也可以选择二维码截图。",
      real: "官方渠道：{value}",
      stepsOfficial: ["对方先联系你的，挂断或停止回复，再从 App 内或{contact}自己找到官方渠道联系我们。", "仍然不要透露助记词、私钥、密码或验证码。"],
      stepsBad: ["不要回复、不要添加、不要转账。", "如果你已经照对方说的做了，请看{scam}。", "需要帮助时，只通过{contact}上的官方渠道联系我们。"],
      next: "接下来怎么做：", scam: "被骗了怎么办", contact: "联系客服页面",
      found: "逐个核对的结果", loading: "正在载入官方渠道清单…", failed: "官方渠道清单没有载入成功，请刷新页面再试。",
      report: "举报给我们的安全团队", reportSubject: "举报可疑联系方式：{value}",
      reportBody: "我在帮助中心核对了这个联系方式，结果是“{verdict}”：\n\n{value}\n\n我是在哪里看到它的（可选）：\n",
      qrPick: "选择二维码截图", qrHint: "也可以直接粘贴截图。图片只在你的浏览器里识别，不会上传。",
      qrReading: "正在识别二维码…", qrNone: "这张图片里没有找到二维码。", qrFailed: "二维码识别程序没有载入成功，请刷新页面再试。",
      qrFound: "二维码内容：", sep: "："
    },
    en: {
      official: "Official channel", retired: "Retired channel", impostor: "Known impostor", lookalike: "Imitates an official channel",
      unlisted: "Not an official channel", unsafe: "Unsafe link", reference: "A trusted external site (not a support channel)",
      internal: "A page of this help center", none: "No contact found",
      officialText: "This is our {label}. But caller ID, text senders and email senders can be faked: if they contacted you first, this result doesn't prove it's us. And support never asks for your seed phrase, private key or any fee.",
      officialOwned: "This address is on our official website. But links and senders in texts and emails can be faked: if they contacted you first, this result doesn't prove it's us. And support never asks for your seed phrase, private key or any fee.",
      spoofing: "We never call, text or message anyone first. If someone contacts you, don't trust them, even if they show this number or address.",
      retiredText: "It used to be ours; nobody has answered it since {date}. Anyone using it to reach you now is not us.",
      impostorText: "Users reported this scam channel and we confirmed it (reported on {date}). Stop replying, don't send money, never share your seed phrase.",
      lookalikeText: "It imitates our {label} but is not official. This is a classic scammer trick.",
      unlistedText: "It is not on our official list. Don't add it, don't call it back and don't send money.",
      unreadable: "This isn't a contact we can read. Treat anything that is not on the official list as fake.",
      noCountry: "This number has no country code and is not one of ours. Our only phone numbers are: {phones}.",
      unsafeText: "This link would run code or read files on your device. Don't open it.",
      referenceText: "An external site our articles refer to. It offers no support.",
      internalText: "A page of this help center, or an address on your own computer or network.",
      noneText: "Paste a phone number, email, web address, account or a whole message, or choose a QR code screenshot.",
      real: "Official channel: {value}",
      stepsOfficial: ["If they contacted you first, hang up or stop replying, then reach us yourself from the app or the {contact}.", "Still never share your seed phrase, private key, password or codes."],
      stepsBad: ["Don't reply, don't add it, don't send money.", "If you already did what they asked, read {scam}.", "When you need help, use only the official channels on the {contact}."],
      next: "What to do next:", scam: "what to do if you were scammed", contact: "contact page",
      found: "Each contact, checked", loading: "Loading the official list…", failed: "The official list did not load; reload the page and try again.",
      report: "Report it to our security team", reportSubject: "Suspicious contact: {value}",
      reportBody: "I checked this contact in the help center and it said \"{verdict}\":\n\n{value}\n\nWhere I saw it (optional):\n",
      qrPick: "Choose a QR code screenshot", qrHint: "You can also paste a screenshot. The image is read in your browser and never uploaded.",
      qrReading: "Reading the QR code…", qrNone: "No QR code found in this image.", qrFailed: "The QR code reader did not load; reload the page and try again.",
      qrFound: "The QR code says: ", sep: ": "
    }
  };
  var BAD = { unsafe: 1, impostor: 1, lookalike: 1, retired: 1, unlisted: 1 };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function fill(node, template, links) {
    // Puts links into a sentence without innerHTML: "{scam}" → <a href=…>…</a>.
    template.split(/(\{[a-z]+\})/).forEach(function (part) {
      var name = /^\{([a-z]+)\}$/.exec(part);
      if (name && links[name[1]]) node.appendChild(links[name[1]]());
      else if (part) node.appendChild(document.createTextNode(part));
    });
  }

  function channelOf(doc, id) { return id ? doc.channels.filter(function (c) { return c.id === id; })[0] || null : null; }

  function ourPhones(doc) {
    return doc.channels.filter(function (c) { return c.status === "active" && (c.kind === "phone" || c.kind === "whatsapp"); })
      .map(function (c) { return c.display; }).join(" / ");
  }

  function noCountryCode(hit) {
    return hit.judgement.unreadable && (hit.kind === "phone" || hit.kind === "whatsapp") && /has no country code/.test(hit.judgement.why);
  }

  function describe(hit, doc, w, lang) {
    var j = hit.judgement, channel = channelOf(doc, j.channelId), label = channel ? channel.labels[lang] : "";
    if (noCountryCode(hit)) return w.noCountry.replace("{phones}", ourPhones(doc));
    var texts = {
      official: channel && j.why.indexOf("official channel") === 0 ? w.officialText : w.officialOwned,
      retired: w.retiredText, impostor: w.impostorText, lookalike: w.lookalikeText,
      unlisted: j.unreadable ? w.unreadable : w.unlistedText, unsafe: w.unsafeText,
      reference: w.referenceText, internal: w.internalText
    };
    var text = (texts[j.verdict] || "").replace("{label}", label)
      .replace("{date}", (channel && channel.retired_on) || j.reportedOn || "");
    if (channel && channel.status === "active" && j.verdict !== "official") {
      text += " " + w.real.replace("{value}", channel.labels[lang] + " " + channel.display);
    }
    return text;
  }

  function reportLink(doc, hit, w) {
    var channel = channelOf(doc, doc.report_to);
    if (!channel) return null;
    var value = hit.raw, words = w[hit.judgement.verdict];
    var href = "mailto:" + channel.key + "?subject=" + encodeURIComponent(w.reportSubject.replace("{value}", value)) +
      "&body=" + encodeURIComponent(w.reportBody.replace("{verdict}", words).replace("{value}", value));
    var a = el("a", "md-button hc-report", w.report);
    a.href = href;
    return a;
  }

  function render(form, result, doc, hits, qrText) {
    var lang = form.getAttribute("data-hc-lang") === "zh" ? "zh" : "en", w = WORDS[lang];
    var worst = hits.length ? hits.reduce(function (a, b) {
      return verdict.ORDER.indexOf(b.judgement.verdict) < verdict.ORDER.indexOf(a.judgement.verdict) ? b : a;
    }) : null;
    var answer = worst ? worst.judgement.verdict : "none";
    result.textContent = "";
    result.setAttribute("data-hc-verdict", answer);
    if (worst && worst.judgement.channelId) result.setAttribute("data-hc-channel", worst.judgement.channelId);
    else result.removeAttribute("data-hc-channel");
    if (qrText !== undefined) {
      var qr = result.appendChild(el("p", "hc-qr-text", w.qrFound));
      qr.appendChild(el("code", null, qrText));
    }
    result.appendChild(el("p", "hc-verdict")).appendChild(el("strong", null, w[answer]));
    result.appendChild(el("p", "hc-verdict-detail", worst ? describe(worst, doc, w, lang) : w.noneText));
    if (answer === "official") result.appendChild(el("p", "hc-spoofing", w.spoofing));
    if (hits.length > 1) {
      result.appendChild(el("p", null, w.found + w.sep.trim()));
      var list = result.appendChild(el("ul", "hc-hits"));
      hits.forEach(function (hit) {
        var item = list.appendChild(el("li"));
        item.setAttribute("data-hc-verdict", hit.judgement.verdict);
        item.appendChild(el("code", null, hit.raw));
        item.appendChild(document.createTextNode(w.sep + w[hit.judgement.verdict]));
        if (BAD[hit.judgement.verdict]) item.appendChild(el("span", "hc-hit-detail", " " + describe(hit, doc, w, lang)));
      });
    }
    if (answer === "none" || answer === "internal" || answer === "reference") return;
    if (BAD[answer]) {
      var report = reportLink(doc, worst, w);
      if (report) result.appendChild(el("p", "hc-report-line")).appendChild(report);
    }
    result.appendChild(el("p", null, w.next));
    var steps = result.appendChild(el("ul", "hc-next-steps"));
    var links = {
      scam: function () { var a = el("a", null, w.scam); a.href = form.getAttribute("data-hc-scam-help"); return a; },
      contact: function () { var a = el("a", null, w.contact); a.href = form.getAttribute("data-hc-contact"); return a; }
    };
    (answer === "official" ? w.stepsOfficial : w.stepsBad).forEach(function (step) {
      fill(steps.appendChild(el("li")), step, links);
    });
  }

  function load(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error(url + ": HTTP " + response.status);
      return response.json();
    });
  }

  // ------------------------------------------------------------ QR codes
  var script = document.currentScript;
  var assets = script ? script.src.replace(/hc-checker\.js(\?.*)?$/, "") : "";
  var zxing = null;

  function decoder() {
    // Loaded only when an image is chosen; from this site (never a CDN); kept for the page.
    if (zxing) return zxing;
    zxing = new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = assets + "vendor/zxing-wasm/zxing-reader.js";
      tag.onload = function () {
        var wasm = assets + "vendor/zxing-wasm/zxing_reader.wasm";
        window.ZXingWASM.prepareZXingModule({ overrides: { locateFile: function () { return wasm; } }, fireImmediately: true })
          .then(function () { resolve(window.ZXingWASM); }, reject);
      };
      tag.onerror = function () { reject(new Error("zxing-reader.js did not load")); };
      document.head.appendChild(tag);
    });
    zxing.catch(function () { zxing = null; });
    return zxing;
  }

  function readQr(image) {
    return decoder().then(function (lib) {
      return lib.readBarcodes(image, { formats: ["QRCode", "MicroQRCode"], tryHarder: true, maxNumberOfSymbols: 4 });
    }).then(function (codes) {
      return codes.filter(function (c) { return c.isValid && c.text; }).map(function (c) { return c.text; });
    });
  }

  function start(form) {
    var exportUrl = form.getAttribute("data-hc-export"), base = exportUrl.replace(/channels\.json$/, "");
    var input = form.querySelector("textarea"), result = document.getElementById("hc-checker-result");
    var lang = form.getAttribute("data-hc-lang") === "zh" ? "zh" : "en", w = WORDS[lang];
    var current = null, timer = null;
    var files = { registry: exportUrl, grammar: base + "grammar.json", confusables: base + "confusables.json", suffixes: base + "suffixes.json", phones: base + "phones.json" };
    var names = Object.keys(files);
    var ready = Promise.all(names.map(function (name) { return load(files[name]); })).then(function (docs) {
      var data = {};
      names.forEach(function (name, i) { data[name] = docs[i]; });
      current = reader(data);
      current.doc = data.registry;
      form.setAttribute("data-hc-ready", "");
      return current;
    });

    function hitsFor(text) {
      return current.checker.checkText(text, null).map(function (h) {
        return { raw: h.raw, judgement: h.judgement, kind: h.judgement.contact ? h.judgement.contact.kind : kindOfRaw(h) };
      });
    }
    function kindOfRaw(hit) { return /^[+(（]?[0-9]/.test(hit.raw) ? "phone" : null; }
    function run(qrText) {
      if (current === null) return;
      var text = qrText !== undefined ? qrText : input.value;
      if (!text.trim()) { result.textContent = ""; result.removeAttribute("data-hc-verdict"); return; }
      render(form, result, current.doc, hitsFor(text), qrText);
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { run(); }, 150); });
    form.addEventListener("submit", function (event) { event.preventDefault(); clearTimeout(timer); run(); });
    ready.then(function () { run(); }, function () {
      result.setAttribute("data-hc-verdict", "error");
      result.textContent = w.failed;
    });

    // A screenshot of a QR code: picked, or pasted into the form.
    var picker = el("p", "hc-qr");
    var pick = picker.appendChild(el("label", "md-button hc-qr-pick", w.qrPick));
    var file = pick.appendChild(el("input"));
    file.type = "file";
    file.accept = "image/*";
    file.className = "hc-qr-file";
    picker.appendChild(el("span", "hc-checker-hint", " " + w.qrHint));
    form.appendChild(picker);
    function image(blob) {
      if (!blob) return;
      result.setAttribute("data-hc-verdict", "reading");
      result.textContent = w.qrReading;
      Promise.all([ready, readQr(blob)]).then(function (done) {
        var texts = done[1];
        if (!texts.length) { result.setAttribute("data-hc-verdict", "none"); result.textContent = w.qrNone; return; }
        run(texts.join("\n"));
      }, function () {
        result.setAttribute("data-hc-verdict", "error");
        result.textContent = w.qrFailed;
      });
    }
    file.addEventListener("change", function () { image(file.files && file.files[0]); file.value = ""; });
    form.addEventListener("paste", function (event) {
      var items = (event.clipboardData && event.clipboardData.items) || [];
      for (var i = 0; i < items.length; i++) {
        if (items[i].kind === "file" && /^image\//.test(items[i].type)) { event.preventDefault(); image(items[i].getAsFile()); return; }
      }
    });

    root.hcChecker.ready = ready;
    root.hcChecker.check = function (text, region) {
      var hits = current.checker.checkText(text, region || null);
      var worst = verdict.checkerVerdict(current.checker, text, region || null);
      return {
        verdict: worst ? worst.verdict : "none", channel: worst ? worst.channelId : null,
        hits: hits.map(function (h) { return { raw: h.raw, verdict: h.judgement.verdict, channel: h.judgement.channelId }; })
      };
    };
    root.hcChecker.readQr = readQr;
  }

  var form = document.querySelector("form.hc-checker[data-hc-export]");
  if (form) start(form);
})(typeof window !== "undefined" ? window : globalThis);
