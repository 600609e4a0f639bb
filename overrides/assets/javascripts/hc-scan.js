/* Find contacts in pasted text: a compact mirror of helpcenter.guard.deobfuscate,
 * keywords, numbers and extract (same patterns, same order of passes, same claims), so a
 * whole message gets the verdict the build's guard would give it. */
(function () {
  "use strict";

  var TLDS = ("example test invalid localhost onion com net org info biz edu gov mil mobi pro " +
    "app dev io co me ai gg ly cc tv ws su pw tk xyz vip wang ltd icu wallet cn hk tw mo jp kr " +
    "sg th vn ph uk eu de fr ru ua nl ch es pt br ar mx ca au nz za tr ae 中国 中國 公司 网络 網絡 " +
    "在线 网址 商城 手机").split(" ");
  function isTld(label) { return TLDS.indexOf(label.toLowerCase()) >= 0; }

  // ---------------------------------------------------------------- deobfuscate
  var NAMED = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0", commat: "@",
    period: ".", colon: ":", sol: "/", num: "#", plus: "+", lpar: "(", rpar: ")", hyphen: "-",
    dash: "‐", lowbar: "_", equals: "=", quest: "?", excl: "!", percnt: "%" };
  var ALNUM = "A-Za-z0-9\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a";
  var PASS_ONE = new RegExp([
    "(?<entity>&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?)",
    "(?<invisible>[\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u202a-\\u202e" +
      "\\u2060-\\u2064\\u2066-\\u206f\\ufe00-\\ufe0f\\ufeff]+)",
    "(?<stop>(?<=[" + ALNUM + "])[\\u3002\\uff61](?=[" + ALNUM + "]))",
    "(?<compat>[\\uff01-\\uff5e\\u3000\\ufe50-\\ufe6b\\u2460-\\u24ff\\u2070-\\u209f\\u00b2\\u00b3\\u00b9" +
      "\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f]|\\ud835[\\udc00-\\udfff])",
    "(?<bracket>[ \\t]{0,3}[\\[(（{【<][ \\t]{0,2}(?:at|AT|At|艾特|@|dot|DOT|Dot|点|\\.)[ \\t]{0,2}[\\])）}】>][ \\t]{0,3})",
    "(?<comment><!--|-->)",
    "(?<tag></?(?<name>[A-Za-z][A-Za-z0-9-]{0,30})(?=[\\s/>])[^<>]{0,4000}>)"
  ].join("|"), "g");
  var VISIBLE_ATTR = /(?<![\w-])(href|src|srcset|action|formaction|poster|cite|title|alt|content|value|label|placeholder|data-[\w-]{1,40})[ \t\r\n]{0,5}=[ \t\r\n]{0,5}("[^"]*"|'[^']*'|[^\s"'>]+)/gi;

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
    if (groups.entity !== undefined) return entity(value);
    if (groups.invisible !== undefined) return "";
    if (groups.stop !== undefined) return ".";
    if (groups.compat !== undefined) return fold(value);
    if (groups.bracket !== undefined) {
      var inner = value.replace(/^[ \t\[\](){}（）【】<>]+|[ \t\[\](){}（）【】<>]+$/g, "").toLowerCase();
      return inner === "at" || inner === "艾特" || inner === "@" ? "@" : ".";
    }
    if (groups.comment !== undefined) return " ".repeat(value.length);
    var values = [], m;
    VISIBLE_ATTR.lastIndex = 0;
    while ((m = VISIBLE_ATTR.exec(value)) !== null) {
      var v = m[2][0] === "\"" || m[2][0] === "'" ? m[2].slice(1, -1) : m[2];
      v = v.replace(/&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, entity);
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
    text = text.replace(PASS_ONE, replaceOne);
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
      "hotline", "tel", "telephone", "mobile", "dial", "fax", "sms"],
    telegram: ["telegram", "tg", "电报", "纸飞机", "飞机"],
    x: ["twitter", "推特"],
    discord: ["discord"],
    whatsapp: ["whatsapp", "wa", "瓦次普"],
    wechat: ["微信号", "微信", "公众号", "wechat", "weixin", "vx", "v信", "wx"],
    qq: ["qq群", "qq", "扣扣", "q群"],
    number: ["区块", "高度", "块高", "链id", "链 id", "金额", "余额", "数量", "手续费", "订单", "交易", "哈希",
      "版本", "验证码", "动态码", "编号", "nonce", "gas", "block", "height", "chain id", "chainid", "amount",
      "balance", "fee", "order", "tx", "txid", "hash", "version", "code", "otp", "2fa", "pin", "build",
      "id", "no.", "#"]
  };
  var CONTEXTS = Object.keys(WORDS);
  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\#]/g, "\\$&"); }
  var KEYWORDS = new RegExp(CONTEXTS.map(function (c) {
    return "(" + WORDS[c].slice().sort(function (a, b) { return b.length - a.length; }).map(function (w) {
      return /^[\x00-\x7f]/.test(w) ? "(?<![A-Za-z0-9])" + escapeRe(w) + "(?![A-Za-z])" : escapeRe(w);
    }).join("|") + ")";
  }).join("|") + "|((?<![A-Za-z0-9])X(?![A-Za-z0-9&]))", "gi");

  function findKeywords(text) {
    var found = [], m;
    KEYWORDS.lastIndex = 0;
    while ((m = KEYWORDS.exec(text)) !== null) {
      var context = "x";
      for (var i = 0; i < CONTEXTS.length; i++) if (m[i + 1] !== undefined) { context = CONTEXTS[i]; break; }
      found.push({ start: m.index, end: m.index + m[0].length, context: context });
      if (!m[0]) KEYWORDS.lastIndex++;
    }
    return found;
  }

  function near(text, keywords, start, end, before, after) {
    var k = null, i;
    for (i = keywords.length - 1; i >= 0; i--) if (keywords[i].end <= start) { k = keywords[i]; break; }
    if (k && start - k.end <= before && text.slice(k.end, start).indexOf("\n") < 0) return k;
    for (i = 0; i < keywords.length; i++) {
      if (keywords[i].start >= end) {
        k = keywords[i];
        return k.start - end <= after && text.slice(end, k.start).indexOf("\n") < 0 ? k : null;
      }
    }
    return null;
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
    if (sepList.every(function (s) { return ", .'".indexOf(s) >= 0 && s.length === 1; }) &&
        groups.slice(1).every(function (g) { return g.length === 3; })) {
      return groups[0].length > 3;
    }
    return !(sepList.length === 1 && sepList[0] === "." && groups.length === 4 &&
      groups.every(function (g) { return g.length <= 3; }));
  }

  // ---------------------------------------------------------------- extract
  var LABEL = "[A-Za-z0-9\\u4e00-\\u9fff-]{1,63}", TOP = "[A-Za-z\\u4e00-\\u9fff]{2,24}";
  var SCHEME = /(?<![A-Za-z0-9+.\-])([A-Za-z][A-Za-z0-9+.\-]{1,30}):(?=\S)/g;
  var PROTOCOL_RELATIVE = /(?<![A-Za-z0-9:\/])\/\/(?=[A-Za-z0-9])/g;
  var OPAQUE = ("mailto tel sms smsto callto facetime facetime-audio javascript vbscript livescript " +
    "data file blob tg whatsapp weixin wechat mqq skype viber intent line mms fb-messenger view-source jar").split(" ");
  var URL_BODY = /[^\s<>"'`{}|\\^\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]{1,4096}/y;
  var EMAIL = new RegExp("(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]{1,64}@(?:" + LABEL + "\\.){1,8}" + TOP, "g");
  var DOMAIN = new RegExp("(?<![A-Za-z0-9._@/\\\\\\-])(?:" + LABEL + "\\.){1,8}" + TOP + "(?![A-Za-z0-9_\\-])", "g");
  var DOMAIN_AT = new RegExp("(?:" + LABEL + "\\.){1,8}" + TOP + "(?![A-Za-z0-9_\\-])", "y");
  var PATH_AFTER_DOMAIN = /(?::[0-9]{1,5})?[\/?#]/y;
  var HANDLE = /(?<![A-Za-z0-9_.@\/+\-])@([A-Za-z][A-Za-z0-9_]{2,31})(?![A-Za-z0-9_@\/])/g;
  var DIGITS = /(?<![A-Za-z0-9_.+\/@#$\-])(?:\+[ \t]{0,2}|\([ \t]{0,2})?[0-9](?:[ \t\u00a0.\-\u2010-\u2015\u2212\/()]{0,3}[0-9]){0,40}(?![A-Za-z_])/g;
  var TRAILING = ".,;:!?'\"*_~";
  var FILE_TYPES = "png jpg jpeg gif svg webp ico css js map json html htm md yml".split(" ");
  var AT_RULES = "media import font-face keyframes supports page charset namespace layer container property apply tailwind".split(" ");
  var FILLER = /(?:[ \t:：=\-–—(（\[【「『“"'<]|号码|号|账号|帐号|群号|群|搜索|搜|添加|加|关注|官方|(?:[Ii][Dd]|[Oo][Ff][Ff][Ii][Cc][Ii][Aa][Ll]|[Aa][Cc][Cc][Oo][Uu][Nn][Tt]|[Hh][Aa][Nn][Dd][Ll][Ee]|[Uu][Ss][Ee][Rr][Nn][Aa][Mm][Ee]|[Uu][Ss][Ee][Rr]|[Ii][Ss]|[Aa][Tt]|[Oo][Nn]|[Vv][Ii][Aa]|[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Rr]|[Aa][Dd][Dd]|[Ff][Oo][Ll][Ll][Oo][Ww])(?![A-Za-z]))/y;
  var DELIMITERS = [":", "：", "「", "『", "“", "\"", "'", "=", "号", "id", "账号", "帐号", "号码", "群号"];
  var ID_SHAPE = {
    wechat: /[A-Za-z][A-Za-z0-9_\-]{5,19}(?![A-Za-z0-9_\-])/y,
    qq: /[1-9][0-9]{4,11}(?![0-9])/y,
    telegram: /@?[A-Za-z][A-Za-z0-9_]{3,31}(?![A-Za-z0-9_])/y,
    x: /@?[A-Za-z0-9_]{2,15}(?![A-Za-z0-9_])/y
  };
  var PROSE = ("support service services official account accounts group groups channel channels chat " +
    "chats community app apps users user pay mini program programs article articles message messages " +
    "team and or the to for with from in of we our your you are is was will can only never always also " +
    "bot bots link links post posts space spaces web desktop mobile id").split(" ");

  function Claims(size) { this.mask = new Uint8Array(size); }
  Claims.prototype.free = function (s, e) { for (var i = s; i < e; i++) if (this.mask[i]) return false; return true; };
  Claims.prototype.take = function (s, e) { for (var i = s; i < e; i++) this.mask[i] = 1; };

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
      if (!isTld(m[0].slice(m[0].lastIndexOf(".") + 1)) || !claims.free(m.index, end)) continue;
      PATH_AFTER_DOMAIN.lastIndex = end;
      if (PATH_AFTER_DOMAIN.test(text)) {
        bodyEnd = bodyAt(text, end);
        if (bodyEnd !== null) end = trim(text, m.index, bodyEnd);
      }
      claims.take(m.index, end);
      found.push({ start: m.index, raw: text.slice(m.index, end), kind: null, explicit: true });
    }
    keywords.forEach(function (keyword) {
      var shape = ID_SHAPE[keyword.context];
      if (!shape) return;
      var pos = keyword.end, delimited = false;
      for (var i = 0; i < 8; i++) {
        FILLER.lastIndex = pos;
        var filler = FILLER.exec(text);
        if (!filler) break;
        delimited = delimited || DELIMITERS.indexOf(filler[0].toLowerCase()) >= 0;
        pos = FILLER.lastIndex;
      }
      shape.lastIndex = pos;
      var idm = shape.exec(text);
      if (!idm || !claims.free(pos, pos + idm[0].length)) return;
      var value = idm[0], idEnd = pos + value.length;
      if (text[idEnd] === "@" || text[idEnd] === "." || PROSE.indexOf(value.toLowerCase().replace(/^@/, "")) >= 0) return;
      var looksId = /[0-9_\-]/.test(value) || /[A-Z]/.test(value.slice(1));
      if (!(delimited || value[0] === "@" || keyword.context === "qq" || looksId)) return;
      claims.take(pos, idEnd);
      found.push({ start: pos, raw: value, kind: keyword.context, explicit: true });
    });
    HANDLE.lastIndex = 0;
    while ((m = HANDLE.exec(text)) !== null) {
      end = m.index + m[0].length;
      if (AT_RULES.indexOf(m[1].toLowerCase()) >= 0 || !claims.free(m.index, end)) continue;
      DOMAIN_AT.lastIndex = m.index + 1;
      if (text[end] === "." && DOMAIN_AT.test(text)) continue;
      var k = near(text, keywords, m.index, end, 60, 30);
      claims.take(m.index, end);
      if (k && (k.context === "telegram" || k.context === "x" || k.context === "discord")) {
        found.push({ start: m.index, raw: m[0], kind: k.context, explicit: true });
      } else {
        found.push({ start: m.index, raw: m[0], kind: null, kinds: ["telegram", "x"], explicit: false });
      }
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
      end = start + run.length;
      if (!claims.free(start, end)) continue;
      var kw = near(text, keywords, start, end, 40, 16), context = kw ? kw.context : null;
      var toldPhone = context !== null && context !== "number" && context !== "qq";
      if (!isPhoneShaped(run, text.slice(end, end + 16), toldPhone, context === "number")) continue;
      claims.take(start, end);
      found.push({ start: start, raw: run, kind: context === "whatsapp" ? "whatsapp" : "phone", explicit: toldPhone || run[0] === "+" });
    }
    return found.sort(function (a, b) { return a.start - b.start; });
  }

  window.hcScan = { deobfuscate: deobfuscate, extract: extract, isTld: isTld, TLDS: TLDS };
})();
