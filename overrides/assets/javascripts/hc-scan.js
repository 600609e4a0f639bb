/* Find contacts in pasted text: a compact mirror of helpcenter.guard.deobfuscate,
 * keywords, numbers and extract (same patterns, same order of passes, same claims), so a
 * whole message gets the verdict the build's guard would give it. */
(function () {
  "use strict";

  var TLDS = ("example test invalid localhost onion com net org info biz edu gov mil mobi pro " +
    "app dev io co me ai gg ly cc tv ws su pw tk xyz vip wang ltd icu wallet shop online site " +
    "store club live fun cloud tech space website life support help services finance financial " +
    "exchange money cash chat news zone asia trade market bet win loan credit gold digital cyou " +
    "cfd sbs bond cn hk tw mo jp kr sg th vn ph uk eu de fr ru ua nl ch es pt br ar mx ca au nz " +
    "za tr ae 中国 中國 公司 网络 網絡 在线 网址 商城 手机 рф рус онлайн сайт орг ком бел укр срб " +
    "мкд қаз мон москва").split(" ");
  function isTld(label) { return TLDS.indexOf(label.toLowerCase()) >= 0; }

  // ---------------------------------------------------------------- deobfuscate
  var NAMED = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0", commat: "@",
    period: ".", colon: ":", sol: "/", num: "#", plus: "+", lpar: "(", rpar: ")", hyphen: "-",
    dash: "‐", lowbar: "_", equals: "=", quest: "?", excl: "!", percnt: "%", Tab: "\t", NewLine: "\n" };
  var ALNUM = "A-Za-z0-9\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a";
  var INVISIBLE = "\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u202a-\\u202e" +
    "\\u2060-\\u2064\\u2066-\\u206f\\ufe00-\\ufe0f\\ufeff";
  var INVISIBLE_CHARS = new RegExp("[" + INVISIBLE + "]", "g");
  var SIGN = "[ \\t]{0,2}\\\\?(?:at|AT|At|艾特|@|dot|DOT|Dot|点|\\.)[ \\t]{0,2}\\\\?[\\])）}】>]";
  // nested: inside a link target or a reversed run (U+202E is then dropped, "](" is text).
  function passOne(nested) {
    return new RegExp([
      "(?<entity>&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?)",
      nested ? null : "(?<rlo>\\u202e[^\\u202c\\n\\r\\u2029]{0,4000}\\u202c?)",
      "(?<invisible>[" + (nested ? INVISIBLE : INVISIBLE.replace("\\u202a-\\u202e", "\\u202a-\\u202d")) + "]+)",
      "(?<stop>(?<=[" + ALNUM + "])[\\u3002\\uff61](?=[" + ALNUM + "]))",
      "(?<compat>[\\uff01-\\uff5e\\u3000\\ufe50-\\ufe6b\\u2460-\\u24ff\\u2070-\\u209f\\u00b2\\u00b3\\u00b9" +
        "\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f]|\\ud835[\\udc00-\\udfff])",
      "(?<bracket>[ \\t]{0,3}\\\\?[\\[(（{【<]" + SIGN + "[ \\t]{0,3})",
      "(?<escape>(?:\\\\[!-/:-@\\[-`{-~]){1,500})",
      nested ? null : "(?<link>(?<=\\])\\([ \\t]{0,10}(?<target><[^<>\\n]{1,2000}>" +
        "|(?:[^\\s()<>]{1,2000}|\\([^\\s()<>]{0,200}\\)){1,5}))",
      nested ? null : "(?<refdef>(?<![^\\n])\\[[^\\[\\]\\n]{1,200}\\]:[ \\t]{1,10}" +
        "(?<reftarget><[^<>\\n]{1,2000}>|[^\\s<>]{1,2000}))",
      "(?<comment><!--|-->)",
      "(?<tag></?(?<name>[A-Za-z][A-Za-z0-9-]{0,30})(?=[\\s/>])[^<>]{0,4000}>)"
    ].filter(Boolean).join("|"), "g");
  }
  var PASS_ONE = passOne(false), PASS_ONE_NESTED = passOne(true);
  var URL_ATTRS = ("href src srcset action formaction poster cite data background ping longdesc manifest " +
    "codebase icon lowsrc dynsrc archive classid usemap").split(" ");
  var VISIBLE_ATTR = new RegExp("(?<![\\w-])(" + URL_ATTRS.slice().sort().join("|") +
    "|srcdoc|title|alt|content|value|label|placeholder|style|to|from|values|on[a-z]{2,30}|data-[\\w-]{1,40}" +
    "|aria-[\\w-]{1,40})[ \\t\\r\\n]{0,5}=[ \\t\\r\\n]{0,5}(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)", "gi");
  // Markdown emphasis / strikethrough / code delimiters that pair on a line (see deobfuscate.py).
  var EMPHASIS = new RegExp([
    "\\*(?<![*\\\\]\\*)(?<star>\\*{0,2})(?![*\\s])(?=(?<s>[^*\\n]{1,4000})(?<!\\s)\\*\\k<star>(?!\\*))",
    "~(?<![~\\\\]~)~(?![~\\s])(?=(?<t>[^~\\n]{1,4000})(?<!\\s)~~(?!~))",
    "`(?<![`\\\\]`)(?<tick>`{0,2})(?!`)(?=(?<c>[^`\\n]{1,4000})`\\k<tick>(?!`))",
    "_(?<=\\._)(?<u1>_{0,2})(?![_\\s])(?=(?<a>[^_\\s]{1,254})_\\k<u1>(?![A-Za-z0-9_]))",
    "_(?<![A-Za-z0-9_\\\\/@]_)(?<u2>_{0,2})(?![_\\s])(?=(?<b>[^_\\s]{1,254})_\\k<u2>(?=@|\\.|://))"
  ].join("|"), "g");

  // A URL as a browser follows it: tab/newline dropped, backslash as slash, "https:/x" as "https://x",
  // "///x" as "//x".
  function urlValue(v) {
    v = v.replace(/[\t\n\r]/g, "").replace(/\\/g, "/").replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, "");
    v = v.replace(/^\/{3,}/, "//"); // "///evil.test" opens evil.test: extra slashes are skipped
    return v.replace(/(?<![A-Za-z0-9+.\-])((?:https?|wss?|ftp):)\/*(?=[^\/\s])/gi, "$1//");
  }

  function withoutEmphasis(text) {
    var cuts = [], closing = {}, m;
    EMPHASIS.lastIndex = 0;
    while ((m = EMPHASIS.exec(text)) !== null) {
      var at = m.index, width = m[0].length;
      if (closing[at]) { EMPHASIS.lastIndex = at + closing[at]; delete closing[at]; continue; }
      var g = m.groups, content = [g.s, g.t, g.c, g.a, g.b].filter(function (x) { return x !== undefined; })[0];
      var partner = at + width + content.length;
      cuts.push([at, width], [partner, width]);
      closing[partner] = width;
    }
    if (!cuts.length) return text;
    cuts.sort(function (x, y) { return x[0] - y[0]; });
    var out = "", last = 0;
    cuts.forEach(function (cut) { out += text.slice(last, cut[0]); last = cut[0] + cut[1]; });
    return out + text.slice(last);
  }

  function entity(value) {
    var m = /^&#([xX]?)([0-9A-Fa-f]+);?$/.exec(value);
    if (value[value.length - 1] !== ";" && !m) return value;
    if (m) {
      var code = parseInt(m[2], m[1] ? 16 : 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : value;
    }
    var name = value.slice(1).replace(/;$/, "");
    return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : value;
  }

  function fold(ch) {
    if (ch === "\u3000") return " ";
    var folded = ch.normalize("NFKC");
    if (/^\p{Nd}$/u.test(ch)) {
      var zero = { "\u0660": 0x660, "\u06f0": 0x6f0, "\u0966": 0x966 };
      for (var z in zero) {
        var d = ch.codePointAt(0) - zero[z];
        if (d >= 0 && d < 10) return String(d);
      }
    }
    return /^[\x00-\x7f]*$/.test(folded) ? folded : ch;
  }

  function replaceOne(value) {
    var groups = arguments[arguments.length - 1];
    if (groups.entity !== undefined) return entity(value).replace(INVISIBLE_CHARS, "");
    if (groups.rlo !== undefined) {  // shown reversed: read as stored and as shown
      var shown = value.slice(1).replace(/\u202c$/, "").replace(PASS_ONE_NESTED, replaceOne);
      return shown + " " + Array.from(shown).reverse().join("");
    }
    if (groups.invisible !== undefined) return "";
    if (groups.stop !== undefined) return ".";
    if (groups.compat !== undefined) return fold(value);
    if (groups.bracket !== undefined) {
      var inner = value.replace(/^[ \t\[\](){}（）【】<>\\]+|[ \t\[\](){}（）【】<>\\]+$/g, "").toLowerCase();
      return inner === "at" || inner === "艾特" || inner === "@" ? "@" : ".";
    }
    if (groups.escape !== undefined) return value.replace(/\\(.)/g, "$1");
    if (groups.link !== undefined || groups.refdef !== undefined) {
      var target = groups.link !== undefined ? groups.target : groups.reftarget;
      var head = value.slice(0, value.length - target.length);
      var url = target[0] === "<" ? target.slice(1, -1) : target;
      return head + urlValue(url.replace(PASS_ONE_NESTED, replaceOne));
    }
    if (groups.comment !== undefined) return " ".repeat(value.length);
    var values = [], m;
    VISIBLE_ATTR.lastIndex = 0;
    while ((m = VISIBLE_ATTR.exec(value)) !== null) {
      var v = m[2][0] === "\"" || m[2][0] === "'" ? m[2].slice(1, -1) : m[2];
      v = v.replace(/&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, entity);
      if (URL_ATTRS.indexOf(m[1].toLowerCase()) >= 0) v = urlValue(v);
      if (v.trim()) values.push(v);
    }
    if (values.length) return " " + values.join(" ") + " ";
    return INLINE_TAGS.indexOf(groups.name.toLowerCase()) >= 0 ? "" : " ";
  }
  var INLINE_TAGS = ("a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp " +
    "small span strong sub sup time tt u var wbr").split(" ");

  var SPELLED_AT = /[ \t]{1,3}(?:at|AT)[ \t]{1,3}|[ \t]{0,3}(?:艾特|@)[ \t]{0,3}/g;
  var SPELLED_DOMAIN = /^[A-Za-z0-9-]{1,63}(?:(?:\.|[ \t]{1,3}(?:dot|DOT)[ \t]{1,3}|[ \t]{0,3}点[ \t]{0,3})[A-Za-z0-9-]{1,63}){1,8}/;
  var SPELLED_DOT = /[ \t]{1,3}(?:dot|DOT)[ \t]{1,3}|[ \t]{0,3}点[ \t]{0,3}/g;

  function deobfuscate(text) {
    text = withoutEmphasis(text.replace(PASS_ONE, replaceOne));
    if (!/艾特| at | AT | @|@ /.test(text)) return text;
    var out = "", last = 0, m;
    SPELLED_AT.lastIndex = 0;
    while ((m = SPELLED_AT.exec(text)) !== null) {
      if (m[0] === "@" || m.index < last) continue;
      var before = text.slice(Math.max(0, m.index - 64), m.index);
      var local = /[A-Za-z0-9._%+-]{1,64}$/.exec(before);
      var domain = SPELLED_DOMAIN.exec(text.slice(m.index + m[0].length));
      if (!local || !domain) continue;
      var labels = domain[0].replace(SPELLED_DOT, ".").split(".");
      var spelledDot = new RegExp(SPELLED_DOT.source).test(domain[0]);
      if (!isTld(labels[labels.length - 1]) || ((m[0].trim() === "at" || m[0].trim() === "AT") && !spelledDot)) continue;
      var start = m.index - local[0].length, end = m.index + m[0].length + domain[0].length;
      out += text.slice(last, start) + local[0] + "@" + labels.join(".");
      last = end;
      SPELLED_AT.lastIndex = end;
    }
    return out + text.slice(last);
  }

  // ---------------------------------------------------------------- keywords
  var WORDS = {
    phone: ["电话", "热线", "致电", "拨打", "来电", "手机", "座机", "打给", "客服号码", "call", "phone",
      "hotline", "tel", "telephone", "mobile", "dial", "fax", "sms", "smsto", "callto", "facetime"],
    telegram: ["telegram", "tg", "电报", "纸飞机", "飞机"],
    x: ["twitter", "推特"],
    discord: ["discord"],
    whatsapp: ["whatsapp", "wa", "瓦次普"],
    wechat: ["微信号", "微信", "公众号", "wechat", "weixin", "vx", "v信", "wx", "加v", "薇信", "威信"],
    qq: ["qq群", "qq", "扣扣", "q群", "企鹅"],
    number: ["区块", "高度", "块高", "链id", "链 id", "金额", "余额", "数量", "手续费", "订单", "交易", "哈希",
      "版本", "验证码", "动态码", "编号", "nonce", "gas", "block", "height", "chain id", "chainid", "amount",
      "balance", "fee", "order", "tx", "txid", "hash", "version", "code", "otp", "2fa", "pin", "build",
      "id", "no.", "#"]
  };
  var CONTEXTS = Object.keys(WORDS);
  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\#]/g, "\\$&"); }
  var KEYWORDS = new RegExp(CONTEXTS.map(function (c) {
    return "(" + WORDS[c].slice().sort(function (a, b) { return b.length - a.length; }).map(function (w) {
      if (/^[\x00-\x7f]/.test(w)) return "(?<![A-Za-z0-9])" + escapeRe(w) + "(?![A-Za-z])";
      return escapeRe(w) + (/[a-z]$/.test(w) ? "(?![A-Za-z])" : "");  // "加v", not in "加vip"
    }).join("|") + ")";
  }).join("|") + "|((?<![A-Za-z0-9])X(?![A-Za-z0-9&]))", "gi");

  function findKeywords(text) {
    var found = [], m;
    KEYWORDS.lastIndex = 0;
    while ((m = KEYWORDS.exec(text)) !== null) {
      var context = "x";
      for (var i = 0; i < CONTEXTS.length; i++) if (m[i + 1] !== undefined) { context = CONTEXTS[i]; break; }
      if (i === CONTEXTS.length && m[0] !== "X") continue;  // as keywords._X: the capital letter only
      found.push({ start: m.index, end: m.index + m[0].length, context: context });
      if (!m[0]) KEYWORDS.lastIndex++;
    }
    return found;
  }

  function near(text, keywords, start, end, before, after) {
    var k = null, i;
    for (i = keywords.length - 1; i >= 0; i--) if (keywords[i].end <= start) { k = keywords[i]; break; }
    if (k && k.start >= start - before && text.slice(k.end, start).indexOf("\n") < 0) return k;  // wholly in the window, as Python
    for (i = 0; i < keywords.length; i++) {
      if (keywords[i].start >= end) {
        k = keywords[i];
        return k.end - end <= after && text.slice(end, k.start).indexOf("\n") < 0 ? k : null;
      }
    }
    return null;
  }

  // keywords.phone_near: a phone word earlier on the line beats a number word that is only the
  // topic ("Hotline for order issues: 202-555-0177"), not the label of the number ("订单号 1234").
  var LABELS_NUMBER = /^(?:[ \t:：#=()（）.\-]|号码|号|为|是|(?:[Nn][Oo]|[Nn][Uu][Mm][Bb][Ee][Rr]|[Ii][Ss])(?![A-Za-z])){0,6}$/;
  var PHONE_WORD_REACH = 40;

  function phoneNear(text, keywords, start, end) {
    var k = near(text, keywords, start, end, 40, 16);
    if (!k || k.context !== "number" || k.start >= end || LABELS_NUMBER.test(text.slice(k.end, start))) return k;
    var lo = Math.max(start - PHONE_WORD_REACH, text.lastIndexOf("\n", start - 1) + 1), best = null;
    keywords.forEach(function (w) {
      if (w.context !== "number" && w.start >= lo && w.end <= k.start && (!best || w.end > best.end)) best = w;
    });
    return best || k;
  }

  // keywords.platform_near: for a handle, the closest platform word before or after it.
  function platformNear(text, keywords, start, end, before, after) {
    var lo = Math.max(start - before, text.lastIndexOf("\n", start - 1) + 1);
    var lineEnd = text.indexOf("\n", end), hi = lineEnd >= 0 && lineEnd < end + after ? lineEnd : end + after;
    var best = null, next = null;
    keywords.forEach(function (k) {
      if (k.context === "number") return;
      if (k.start >= lo && k.end <= start && (!best || k.end > best.end)) best = k;
      if (k.start >= end && k.end <= hi && (!next || k.start < next.start)) next = k;
    });
    return next && (!best || next.start - end < start - best.end) ? next : best;
  }

  // ---------------------------------------------------------------- numbers
  var UNIT_AFTER = /^[ \t]{0,2}(?:%|‰|元|美元|人民币|枚|个|次|笔|秒|分钟|小时|天|年|月|日|号(?!码)|位|字节|(?:eth|btc|usdt|usdc|dai|bnb|trx|sol|matic|gwei|wei|sats?|usd|cny|rmb|eur|gbp|jpy|ms|s|kb|mb|gb|x|confirmations?|blocks?|bytes?|words?|days?|hours?|minutes?|seconds?)(?![A-Za-z]))/i;
  var DATE = /^(?:[0-9]{4}[-./ ][0-9]{1,2}[-./ ][0-9]{1,2}|[0-9]{1,2}[-./][0-9]{1,2}[-./][0-9]{4})/;

  function isPhoneShaped(run, followedBy, toldPhone, toldNumber) {
    var groups = run.match(/[0-9]+/g) || [], digits = groups.join("");
    if (digits.length < 7 || digits.length > 15) return false;
    var international = run[0] === "+" || (run.slice(0, 2) === "00" && digits.length >= 10);
    if (international || toldPhone) return true;
    if (toldNumber || UNIT_AFTER.test(followedBy)) return false;
    var seps = {};
    (run.match(/[^0-9+]+/g) || []).forEach(function (s) { seps[s.trim() || " "] = 1; });
    var sepList = Object.keys(seps);
    if (groups.length === 1) return /^1[3-9][0-9]{9}$/.test(digits) || /^[48]00[0-9]{7}$/.test(digits);
    if (DATE.test(run) || (groups.length === 2 && sepList.length === 1 && sepList[0] === ".")) return false;
    if (groups.length >= 4 && groups.every(function (g, i) { return g.length <= 2 && (i === 0 || +groups[i - 1] < +g); })) {
      return false;  // "1 2 3 4 5 6 7 8 9 10": a list of small numbers
    }
    if (sepList.every(function (s) { return ", .'".indexOf(s) >= 0 && s.length === 1; }) &&
        groups.slice(1).every(function (g) { return g.length === 3; })) {
      return groups[0].length > 3;
    }
    return !(sepList.length === 1 && sepList[0] === "." && groups.length === 4 &&
      groups.every(function (g) { return g.length <= 3; }));
  }

  // ---------------------------------------------------------------- extract
  var INTL = "\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u0391-\\u03c9\\u0400-\\u052f\\u1e00-\\u1eff";
  var LABEL = "[A-Za-z0-9" + INTL + "\\u4e00-\\u9fff-]{1,63}";
  var TOP = "(?:[A-Za-z" + INTL + "]{2,24}|中国|中國|公司|网络|網絡|在线|网址|商城|手机)";
  var PROSE_BEFORE = /[\u4e00-\u9fff]+(?=[A-Za-z0-9][A-Za-z0-9-]*\.)/y;
  var SCHEME = /(?<![A-Za-z0-9+.\-])([A-Za-z][A-Za-z0-9+.\-]{1,30}):(?=\S)/g;
  var PROTOCOL_RELATIVE = /(?<![A-Za-z0-9:\/])\/\/(?=[A-Za-z0-9])/g;
  var OPAQUE = ("mailto tel sms smsto callto facetime facetime-audio javascript vbscript livescript " +
    "data file blob tg whatsapp weixin wechat mqq skype viber intent line mms fb-messenger view-source jar").split(" ");
  var URL_BODY = /[^\s<>"'`{}|\\^\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]{1,4096}/y;
  var EMAIL = new RegExp("(?<![A-Za-z0-9._%+\\-" + INTL + "])[A-Za-z0-9._%+\\-" + INTL + "]{1,64}@(?:" + LABEL + "\\.){1,8}" + TOP, "g");
  var DOMAIN = new RegExp("(?<![A-Za-z0-9._@/\\\\\\-" + INTL + "])(?:" + LABEL + "\\.){1,8}" + TOP + "(?![A-Za-z0-9_\\-" + INTL + "])", "g");
  var DOMAIN_AT = new RegExp("(?:" + LABEL + "\\.){1,8}" + TOP + "(?![A-Za-z0-9_\\-" + INTL + "])", "y");
  var PATH_AFTER_DOMAIN = /(?::[0-9]{1,5})?[\/?#]/y;
  var PATH_AFTER_ANY_DOMAIN = /(?::[0-9]{1,5})?\//y;
  var FILE_ENDINGS = ("md markdown html htm xhtml php asp aspx jsp txt pdf png jpg jpeg gif svg webp avif ico bmp " +
    "css scss js mjs cjs ts tsx jsx vue json xml yml yaml toml ini cfg conf csv tsv log lock zip gz tgz tar rar 7z " +
    "mp3 mp4 webm ogg wav woff woff2 ttf otf exe apk ipa dmg msi deb rpm py pyc rb java kt swift c h cpp hpp go sh " +
    "bat ps1 sql db map bak tmp").split(" ");
  var HANDLE = /(?<![A-Za-z0-9_.@\/+\-])@(_{0,3}[A-Za-z][A-Za-z0-9_]{1,30})(?![A-Za-z0-9_@\/])/g;
  var DIGITS_BODY = "(?:\\+[ \\t]{0,2}|[(（][ \\t]{0,2})?[0-9](?:[ \\t\\u00a0.\\-\\u2010-\\u2015\\u2212\\/()（）]{0,3}[0-9]){6,40}(?![A-Za-z_])";
  var DIGITS = new RegExp("(?<![A-Za-z0-9_.+\\/@#$\\-])" + DIGITS_BODY, "g");
  var DIGITS_AT = new RegExp(DIGITS_BODY, "y");
  // A phone word, one mark, the number: "电话-13800138000", "TEL.13800138000", "Tel.+1 202…".
  var MARK_AFTER_WORD = /(?<=[A-Za-z\u4e00-\u9fff])[.\-\/][ \t]{0,2}(?=[+0-9])/g;
  var TRAILING = ".,;:!?'\"*_~";
  var FILE_TYPES = "png jpg jpeg gif svg webp ico css js map json html htm md yml".split(" ");
  var AT_RULES = "media import font-face keyframes supports page charset namespace layer container property apply tailwind".split(" ");
  // extract._LABEL_TOKEN and friends: the label between a platform word and its id.
  function anyCase(words) {
    return words.split(" ").map(function (w) {
      return w.replace(/[a-z]/g, function (c) { return "[" + c.toUpperCase() + c + "]"; });
    }).join("|");
  }
  var LABEL_TOKEN = new RegExp("[ \\t]{1,8}|[:：=\\-–—(（\\[【「『“\"'<>)）\\]】」』”|*_`~]" +
    "|艾特|号码|账号|帐号|群号|用户名|客服|人工|在线|官方|频道|群组|群|号|搜索|搜|添加|加|关注|联系|是|为|(?:" +
    anyCase("id official account handle username user is at on via search for add follow support service " +
      "services help desk helpdesk team customer contact channel group") + ")(?![A-Za-z0-9_\\-])", "y");
  var LIST = new RegExp("[ \\t]{0,3}(?:[/、,，;；|&]|或者|或|和|及|(?:" + anyCase("or and") + ")(?![A-Za-z]))[ \\t]{0,3}", "y");
  var ASIDE = /[(（][^()（）\n]{1,24}[)）]/y;
  var LINE_BREAK = /\r?\n(?![ \t]{0,8}\r?\n)/y;
  var PROSE_NEXT = /[ \t]{1,3}[a-z]/y;
  var LABEL_TOKENS = 16, LIST_ITEMS = 4;
  var DELIMITERS = ": ： 「 『 “ \" ' = 艾特 号 id 账号 帐号 号码 群号 用户名 username handle 是 为".split(" ");
  var NEUTRAL = /^[ \t*_`~]+$/;
  var ID_SHAPE = {
    wechat: /[A-Za-z][A-Za-z0-9_\-]{5,19}(?![A-Za-z0-9_\-])/y,
    qq: /[1-9][0-9]{4,11}(?![0-9])/y,
    telegram: /@?[A-Za-z][A-Za-z0-9_]{3,31}(?![A-Za-z0-9_])/y,
    x: /@?[A-Za-z0-9_]{2,32}(?![A-Za-z0-9_])/y,
    discord: /[A-Za-z0-9][A-Za-z0-9\-]{2,31}(?![A-Za-z0-9_\-])/y
  };
  var PROSE = ("support service services official account accounts group groups channel channels chat " +
    "chats community app apps users user pay mini program programs article articles message messages " +
    "team and or the to for with from in of we our your you are is was will can only never always also " +
    "bot bots link links post posts space spaces web desktop mobile id server servers invite invites").split(" ");

  function Claims(size) { this.mask = new Uint8Array(size); }
  Claims.prototype.free = function (s, e) { for (var i = s; i < e; i++) if (this.mask[i]) return false; return true; };
  Claims.prototype.take = function (s, e) { for (var i = s; i < e; i++) this.mask[i] = 1; };

  function sticky(re, text, pos) { re.lastIndex = pos; return re.exec(text); }

  function isAddress(text, start, end, glued) {  // extract._is_address
    var host = text.slice(start, end), top = host.slice(host.lastIndexOf(".") + 1);
    if (isTld(top)) return true;
    if (FILE_ENDINGS.indexOf(top.toLowerCase()) >= 0) return false;
    if (host.slice(0, 4).toLowerCase() === "www." && host.split(".").length >= 3) return true;
    if (sticky(PATH_AFTER_ANY_DOMAIN, text, end)) return true;
    return (glued || /[\u4e00-\u9fff]/.test(text.charAt(end))) && /^[A-Za-z0-9.\-]+$/.test(host);
  }

  function idsAt(text, pos, kinds, delimited, listItem) {  // extract._ids_at
    var found = [], before = text.slice(Math.max(0, pos - 2), pos);
    var emphasis = before.length - before.replace(/_+$/, "").length;  // "微信：__WxEvil_05__"
    kinds.forEach(function (kind) {
      var m = sticky(ID_SHAPE[kind], text, pos);
      if (!m) return;
      var value = m[0], after = pos + value.length;
      if (emphasis) value = value.slice(0, value.length - Math.min(emphasis, value.length - value.replace(/_+$/, "").length));
      var end = pos + value.length;
      if (text[after] === "@" || text[after] === "." || PROSE.indexOf(value.toLowerCase().replace(/^@/, "")) >= 0) return;
      if (kind === "x" && /^[0-9]+$/.test(value)) return;  // "推特：24小时在线": a number
      var looksId = /[0-9_\-]/.test(value) || /[A-Z]/.test(value.slice(1));
      var plain = !(value[0] === "@" || kind === "qq" || looksId);
      if (plain && (listItem || !delimited || sticky(PROSE_NEXT, text, end))) return;
      found.push({ start: pos, end: end, raw: value, kind: kind, explicit: true });
    });
    return found;
  }

  function readLabel(text, keyword, at) {  // extract._label
    var kinds = [keyword.context], pos = keyword.end, delimited = false, brokeLine = false;
    for (var i = 0; i < LABEL_TOKENS; i++) {
      var listed = sticky(LIST, text, pos), other = at[listed ? pos + listed[0].length : pos];
      if (other) {
        if (kinds.indexOf(other.context) < 0) kinds.push(other.context);
        pos = other.end; delimited = false;
        continue;
      }
      var aside = sticky(ASIDE, text, pos), asideEnd = aside ? pos + aside[0].length : -1;
      if (aside && idsAt(text, pos + 1, kinds, false, true).every(function (c) { return c.end !== asideEnd - 1; })) {
        pos = asideEnd; delimited = false;  // "(24/7)"; but "（ExampleWalletCN）" is the id
        continue;
      }
      var token = sticky(LABEL_TOKEN, text, pos);
      if (!token && delimited && !brokeLine) {
        var lineBreak = sticky(LINE_BREAK, text, pos);
        if (lineBreak) { brokeLine = true; pos += lineBreak[0].length; continue; }
      }
      if (!token) break;
      if (DELIMITERS.indexOf(token[0].toLowerCase()) >= 0) delimited = true;
      else if (!NEUTRAL.test(token[0])) delimited = false;
      pos += token[0].length;
    }
    return { kinds: kinds, pos: pos, delimited: delimited };
  }

  function bodyAt(text, pos) { URL_BODY.lastIndex = pos; var m = URL_BODY.exec(text); return m ? pos + m[0].length : null; }

  function trim(text, start, end) {
    while (end > start) {
      var last = text[end - 1], slice = text.slice(start, end);
      var count = function (ch) { return slice.split(ch).length - 1; };
      if (TRAILING.indexOf(last) >= 0 || (")]".indexOf(last) >= 0 && count(last) > count(last === ")" ? "(" : "["))) end--;
      else break;
    }
    return end;
  }

  function extract(text) {
    var claims = new Claims(text.length), keywords = findKeywords(text), found = [], m, end, bodyEnd;
    SCHEME.lastIndex = 0;
    while ((m = SCHEME.exec(text)) !== null) {
      var scheme = m[1].toLowerCase(), after = m.index + m[0].length;
      bodyEnd = bodyAt(text, after);
      if (bodyEnd === null || !(OPAQUE.indexOf(scheme) >= 0 || text.slice(after, after + 2) === "//")) continue;
      end = trim(text, m.index, bodyEnd);
      claims.take(m.index, bodyEnd);
      found.push({ start: m.index, raw: text.slice(m.index, end), kind: null, explicit: true });
      SCHEME.lastIndex = bodyEnd;
    }
    PROTOCOL_RELATIVE.lastIndex = 0;
    while ((m = PROTOCOL_RELATIVE.exec(text)) !== null) {
      bodyEnd = bodyAt(text, m.index);
      if (bodyEnd !== null && claims.free(m.index, bodyEnd)) {
        end = trim(text, m.index, bodyEnd);
        claims.take(m.index, bodyEnd);
        found.push({ start: m.index, raw: "https:" + text.slice(m.index, end), kind: null, explicit: true });
      }
    }
    EMAIL.lastIndex = 0;
    while ((m = EMAIL.exec(text)) !== null) {
      var top = m[0].slice(m[0].lastIndexOf(".") + 1).toLowerCase();
      if (FILE_TYPES.indexOf(top) >= 0 || !claims.free(m.index, m.index + m[0].length)) continue;
      claims.take(m.index, m.index + m[0].length);
      found.push({ start: m.index, raw: m[0], kind: null, explicit: true });
    }
    DOMAIN.lastIndex = 0;
    while ((m = DOMAIN.exec(text)) !== null) {
      end = m.index + m[0].length;
      if (!claims.free(m.index, end)) continue;
      var prose = sticky(PROSE_BEFORE, text, m.index), domainStart = prose ? m.index + prose[0].length : m.index;
      if (!isAddress(text, domainStart, end, prose !== null)) continue;
      PATH_AFTER_DOMAIN.lastIndex = end;
      if (PATH_AFTER_DOMAIN.test(text)) {
        bodyEnd = bodyAt(text, end);
        if (bodyEnd !== null) end = trim(text, domainStart, bodyEnd);
      }
      claims.take(m.index, end);
      found.push({ start: domainStart, raw: text.slice(domainStart, end), kind: null, explicit: true });
    }
    var platforms = keywords.filter(function (k) { return ID_SHAPE[k.context]; }), at = {}, labelEnd = -1;
    platforms.forEach(function (k) { at[k.start] = k; });
    platforms.forEach(function (keyword) {
      if (keyword.start < labelEnd) return;  // read with the label it is in ("微信或QQ：")
      var label = readLabel(text, keyword, at);
      labelEnd = label.pos;
      var ids = idsAt(text, label.pos, label.kinds, label.delimited, false);
      for (var n = 0; n < LIST_ITEMS; n++) {  // "微信或QQ：WxEvil_02 / 22345678"
        if (!ids.length || !ids.every(function (c) { return claims.free(c.start, c.end); })) break;
        ids.forEach(function (c) { claims.take(c.start, c.end); found.push(c); });
        var last = Math.max.apply(null, ids.map(function (c) { return c.end; }));
        var separator = sticky(LIST, text, last);
        if (!separator) break;
        ids = idsAt(text, last + separator[0].length, label.kinds, false, true);
      }
    });
    HANDLE.lastIndex = 0;
    while ((m = HANDLE.exec(text)) !== null) {
      end = m.index + m[0].length;
      if (AT_RULES.indexOf(m[1].toLowerCase()) >= 0 || !claims.free(m.index, end)) continue;
      var domainAt = text[end] === "." ? sticky(DOMAIN_AT, text, m.index + 1) : null;
      if (domainAt) {  // "@evil.test": the domain part of an address, not a handle
        var domainEnd = m.index + 1 + domainAt[0].length;
        if (isAddress(text, m.index + 1, domainEnd, false)) {
          claims.take(m.index, domainEnd);
          found.push({ start: m.index + 1, raw: domainAt[0], kind: null, explicit: true });
        }
        continue;
      }
      var k = platformNear(text, keywords, m.index, end, 60, 30);
      claims.take(m.index, end);
      if (k && (k.context === "telegram" || k.context === "x" || k.context === "discord")) {
        found.push({ start: m.index, raw: m[0], kind: k.context, explicit: true });
      } else {
        found.push({ start: m.index, raw: m[0], kind: null, kinds: ["telegram", "x"], explicit: false });
      }
    }
    function phoneAt(start, match, kw) {  // extract._phone
      var run = match.replace(/[ \t\u00a0.\-\/(]+$/, ""), runEnd = start + run.length;
      if (!claims.free(start, runEnd)) return;
      var context = kw ? kw.context : null, followedBy = text.slice(runEnd, runEnd + 16);
      var toldPhone = context !== null && context !== "number" && context !== "qq", toldNumber = context === "number";
      if (!isPhoneShaped(run, followedBy, toldPhone, toldNumber)) return;
      var amount = toldNumber || UNIT_AFTER.test(followedBy);  // "余额变化 +12345678", "+1 234 567 ETH"
      claims.take(start, runEnd);
      found.push({ start: start, raw: run, kind: context === "whatsapp" ? "whatsapp" : "phone", explicit: toldPhone || (run[0] === "+" && !amount) });
    }
    var byEnd = {};
    keywords.forEach(function (k) { byEnd[k.end] = k; });
    MARK_AFTER_WORD.lastIndex = 0;
    while ((m = MARK_AFTER_WORD.exec(text)) !== null) {
      var word = byEnd[m.index], d = null;
      if (word && (word.context === "phone" || word.context === "whatsapp")) d = sticky(DIGITS_AT, text, m.index + m[0].length);
      if (d && !/[0-9]/.test(text.charAt(d.index + d[0].length))) phoneAt(d.index, d[0], word);
    }
    var longRunEnd = -1;
    DIGITS.lastIndex = 0;
    while ((m = DIGITS.exec(text)) !== null) {
      var start = m.index;
      end = start + m[0].length;
      var continues = end < text.length && /[0-9]/.test(text[end]);
      if (continues || (longRunEnd >= 0 && start - longRunEnd <= 3 && text.slice(longRunEnd, start).replace(/[ .\-\/]/g, "") === "")) {
        longRunEnd = end;
        continue;
      }
      var run = m[0].replace(/[ \t\u00a0.\-\/(]+$/, "");
      phoneAt(start, m[0], phoneNear(text, keywords, start, start + run.length));
    }
    return found.sort(function (a, b) { return a.start - b.start; });
  }

  window.hcScan = { deobfuscate: deobfuscate, extract: extract, isTld: isTld, TLDS: TLDS };
})();
