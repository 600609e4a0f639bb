/* helpcenter.contacts in the browser: one section per Python module, in the same order and with
 * the same names (snake_case as camelCase), built from the same data the guard reads
 * (/registry/grammar.json, confusables.json, suffixes.json, phones.json). Every rule is in that
 * data; this file holds none of its own. tests/checker/test_twins.py runs it in Node beside the
 * Python modules over generated messages, and holds the names of both sides equal.
 *
 * window.hcContacts(data) -> {py, kinds, errors, grammar, text, idna, suffixes, phoneData, url,
 *   email, phone, handles, platforms, normalize, lookalike} */
(function (root) {
  "use strict";

  // ------------------------------------------------------------ py: what Python does for free
  var py = (function () {
    function isAscii(text) { return /^[\x00-\x7f]*$/.test(text); }
    function strip(text, chars) { return rstrip(lstrip(text, chars), chars); }
    function lstrip(text, chars) {
      var i = 0;
      while (i < text.length && chars.indexOf(text[i]) >= 0) i++;
      return text.slice(i);
    }
    function rstrip(text, chars) {
      var i = text.length;
      while (i > 0 && chars.indexOf(text[i - 1]) >= 0) i--;
      return text.slice(0, i);
    }
    function partition(text, sep) {
      var at = text.indexOf(sep);
      return at < 0 ? [text, "", ""] : [text.slice(0, at), sep, text.slice(at + sep.length)];
    }
    function rpartition(text, sep) {
      var at = text.lastIndexOf(sep);
      return at < 0 ? ["", "", text] : [text.slice(0, at), sep, text.slice(at + sep.length)];
    }
    function count(text, sub, start, end) {
      var n = 0, at = text.indexOf(sub, start);
      while (at >= 0 && at + sub.length <= end) { n++; at = text.indexOf(sub, at + sub.length); }
      return n;
    }
    function bisectRight(list, value) {
      var lo = 0, hi = list.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (value < list[mid]) hi = mid; else lo = mid + 1; }
      return lo;
    }
    // re.compile(p).match(text, pos, endpos): a sticky copy, on the text up to endpos.
    function match(re, text, pos, endpos) {
      var sticky = re._sticky || (re._sticky = new RegExp(re.source, "y"));
      sticky.lastIndex = pos || 0;
      return sticky.exec(endpos === undefined ? text : text.slice(0, endpos));
    }
    function fullmatch(re, text, pos, endpos) {
      var whole = re._whole || (re._whole = new RegExp("(?:" + re.source + ")$", "y"));
      whole.lastIndex = pos || 0;
      return whole.exec(endpos === undefined ? text : text.slice(0, endpos));
    }
    function search(re, text, pos, endpos) {
      var global = re._global || (re._global = new RegExp(re.source, "g"));
      global.lastIndex = pos || 0;
      return global.exec(endpos === undefined ? text : text.slice(0, endpos));
    }
    function finditer(re, text, pos, endpos) {
      var global = re._global || (re._global = new RegExp(re.source, "g"));
      var scanned = endpos === undefined ? text : text.slice(0, endpos), found = [], m;
      global.lastIndex = pos || 0;
      while ((m = global.exec(scanned)) !== null) {
        found.push(m);
        if (m[0] === "") global.lastIndex++;
      }
      return found;
    }
    function sub(re, text, replace) {
      return finditer(re, text).reduceRight(function (out, m) {
        return out.slice(0, m.index) + (typeof replace === "function" ? replace(m) : replace) +
          out.slice(m.index + m[0].length);
      }, text);
    }
    function codePoints(text) { return Array.from(text); }
    // urllib.parse.unquote: %XX runs decoded as UTF-8, bad bytes as U+FFFD.
    function unquote(text) {
      if (text.indexOf("%") < 0) return text;
      return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, function (run) {
        var bytes = new Uint8Array(run.length / 3);
        for (var i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.substr(i * 3 + 1, 2), 16);
        return new TextDecoder("utf-8").decode(bytes);
      });
    }
    function unquotePlus(text) { return unquote(text.replace(/\+/g, " ")); }
    // urllib.parse.parse_qs(query)[name][0] (blank values dropped), or null.
    function queryValue(query, name) {
      var pairs = query.split("&");
      for (var i = 0; i < pairs.length; i++) {
        var eq = pairs[i].indexOf("=");
        if (eq < 0) continue;
        var value = unquotePlus(pairs[i].slice(eq + 1));
        if (unquotePlus(pairs[i].slice(0, eq)) === name && value !== "") return value;
      }
      return null;
    }
    // urllib.parse.parse_qsl(query, keep_blank_values=True): the names.
    function queryNames(query) {
      return query.split("&").filter(Boolean).map(function (pair) {
        return unquotePlus(partition(pair, "=")[0]);
      });
    }
    function lower(text) { return text.toLowerCase(); }
    function asciiLower(text) { return text.replace(/[A-Z]+/g, function (s) { return s.toLowerCase(); }); }
    function title(word) { return word ? word[0].toUpperCase() + word.slice(1).toLowerCase() : word; }
    return {
      isAscii: isAscii, strip: strip, lstrip: lstrip, rstrip: rstrip, partition: partition,
      rpartition: rpartition, count: count, bisectRight: bisectRight, match: match,
      fullmatch: fullmatch, search: search, finditer: finditer, sub: sub, codePoints: codePoints,
      unquote: unquote, queryValue: queryValue, queryNames: queryNames, lower: lower,
      asciiLower: asciiLower, title: title
    };
  })();

  function build(data) {
    var G = data.grammar;

    // ------------------------------------------------------------ kinds
    var kinds = (function () {
      var Kind = {
        WEBSITE: "website", EMAIL: "email", PHONE: "phone", TELEGRAM: "telegram", X: "x",
        DISCORD: "discord", WHATSAPP: "whatsapp", WECHAT: "wechat", QQ: "qq",
        APP_STORE: "app-store", OTHER_URL: "other-url"
      };
      var URL_KINDS = { website: 1, "app-store": 1, "other-url": 1 };
      function Contact(kind, key, display) { return { kind: kind, key: key, display: display }; }
      return { Kind: Kind, URL_KINDS: URL_KINDS, Contact: Contact };
    })();
    var Kind = kinds.Kind, Contact = kinds.Contact;

    // ------------------------------------------------------------ errors
    var errors = (function () {
      function InvalidContact(message) { this.name = "InvalidContact"; this.message = message; }
      function UnsafeLink(message) { this.name = "UnsafeLink"; this.message = message; }
      return { InvalidContact: InvalidContact, UnsafeLink: UnsafeLink };
    })();
    var InvalidContact = errors.InvalidContact, UnsafeLink = errors.UnsafeLink;

    // ------------------------------------------------------------ grammar
    var grammar = (function () {
      var SPECIAL = "\\^$.|?*+()[]{}-/#&~'\"";
      // Strings are UTF-16 units already: units and fromUnits change nothing here.
      function units(text) { return text; }
      function fromUnits(text) { return text; }
      function escape(text) {
        return Array.from(text).map(function (c) { return SPECIAL.indexOf(c) >= 0 ? "\\" + c : c; }).join("");
      }
      function hex4(code) { return "\\u" + ("0000" + code.toString(16)).slice(-4); }
      function astralPieces(first, last) {
        var pieces = [];
        while (first <= last) {
          var high = 0xd800 + ((first - 0x10000) >> 10);
          var blockEnd = 0x10000 + ((high - 0xd800 + 1) << 10) - 1, end = Math.min(last, blockEnd);
          var lowFirst = 0xdc00 + ((first - 0x10000) & 0x3ff), lowLast = 0xdc00 + ((end - 0x10000) & 0x3ff);
          var low = lowFirst === lowLast ? hex4(lowFirst) : hex4(lowFirst) + "-" + hex4(lowLast);
          pieces.push(hex4(high) + "[" + low + "]");
          first = end + 1;
        }
        return pieces;
      }
      function bmpClass(ranges) {
        return ranges.filter(function (r) { return r[0] <= 0xffff; }).map(function (r) {
          var top = Math.min(r[1], 0xffff);
          return r[0] === top ? hex4(r[0]) : hex4(r[0]) + "-" + hex4(top);
        }).join("");
      }
      function codeClass(ranges) {
        var bmp = bmpClass(ranges), astral = [];
        ranges.forEach(function (r) { if (r[1] > 0xffff) astral = astral.concat(astralPieces(Math.max(r[0], 0x10000), r[1])); });
        var parts = (bmp ? ["[" + bmp + "]"] : []).concat(astral);
        return parts.length ? "(?:" + parts.join("|") + ")" : "(?!)";
      }
      function wordsPattern(words) {
        return triePattern(Array.from(new Set(words)).map(function (word) { return Array.from(word).map(escape); }));
      }
      function triePattern(items) {
        var root = new Map();
        items.forEach(function (tokens) {
          var node = root;
          tokens.forEach(function (token) {
            if (!node.has(token)) node.set(token, new Map());
            node = node.get(token);
          });
          node.set("", new Map());
        });
        return trie(root);
      }
      function depth(node) {
        var most = 0;
        node.forEach(function (child, token) { if (token) most = Math.max(most, 1 + depth(child)); });
        return most;
      }
      function trie(node) {
        var children = [];
        node.forEach(function (child, token) { if (token) children.push([token, child, depth(child)]); });
        children.sort(function (a, b) { return b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
        var branches = children.map(function (c) { return c[0] + trie(c[1]); });
        if (!branches.length) return "";
        var body = branches.length === 1 ? branches[0] : "(?:" + branches.join("|") + ")";
        if (node.has("")) return (branches.length > 1 ? body : "(?:" + body + ")") + "?";
        return body;
      }
      function byLanguage(entry) {
        return Object.keys(entry).reduce(function (all, lang) { return all.concat(entry[lang]); }, []);
      }
      var foldTableCache = null;
      function foldTable() {
        if (foldTableCache) return foldTableCache;
        foldTableCache = {};
        G.unicode.fold.forEach(function (run) {
          for (var code = run[0]; code <= run[1]; code++) {
            foldTableCache[String.fromCodePoint(code)] =
              run[2].length === 1 ? String.fromCodePoint(run[2].codePointAt(0) + code - run[0]) : run[2];
          }
        });
        return foldTableCache;
      }
      function ignorableRanges() { return G.unicode.ignorable; }
      function foldRanges() { return G.unicode.fold.map(function (r) { return [r[0], r[1]]; }); }
      return {
        grammar: function () { return G; }, units: units, fromUnits: fromUnits, escape: escape,
        codeClass: codeClass, bmpClass: bmpClass, wordsPattern: wordsPattern, triePattern: triePattern, byLanguage: byLanguage,
        foldTable: foldTable, ignorableRanges: ignorableRanges, foldRanges: foldRanges
      };
    })();

    // ------------------------------------------------------------ text
    var text = (function () {
      var folding = null, casefolding = null;
      function foldingTable() {
        if (folding) return folding;
        folding = new Map();
        G.unicode.fold.forEach(function (run) {
          for (var code = run[0]; code <= run[1]; code++) {
            folding.set(code, run[2].length === 1 ? String.fromCodePoint(run[2].codePointAt(0) + code - run[0]) : run[2]);
          }
        });
        G.unicode.ignorable.forEach(function (range) {
          for (var code = range[0]; code <= range[1]; code++) folding.set(code, "");
        });
        Array.from(G.text.stops).forEach(function (stop) { folding.set(stop.codePointAt(0), "."); });
        return folding;
      }
      function translate(value, table) {
        var out = "";
        for (var ch of value) {
          var mapped = table.get(ch.codePointAt(0));
          out += mapped === undefined ? ch : mapped;
        }
        return out;
      }
      function fold(value) { return translate(value, foldingTable()).normalize("NFC"); }
      function casefold(value) {
        if (!casefolding) {
          casefolding = new Map();
          G.unicode.casefold.forEach(function (pair) { casefolding.set(pair[0].codePointAt(0), pair[1]); });
        }
        return translate(value.toLowerCase(), casefolding);
      }
      var C0_AND_SPACE = Array.from({ length: 0x21 }, function (_, i) { return String.fromCharCode(i); }).join("");
      function clean(raw) { return py.strip(fold(raw).replace(/[\t\n\r]/g, ""), C0_AND_SPACE); }
      return { fold: fold, casefold: casefold, clean: clean };
    })();

    // ------------------------------------------------------------ idna
    var idna = (function () {
      var PREFIX = "xn--", BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700;
      function adapt(delta, points, first) {
        delta = first ? Math.floor(delta / DAMP) : delta >> 1;
        delta += Math.floor(delta / points);
        var k = 0;
        for (; delta > ((BASE - TMIN) * TMAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - TMIN));
        return Math.floor(k + ((BASE - TMIN + 1) * delta) / (delta + SKEW));
      }
      function digit(d) { return String.fromCharCode(d < 26 ? 97 + d : 22 + d); }
      function encode(label) {  // RFC 3492, as Python's "punycode" codec
        var input = Array.from(label).map(function (c) { return c.codePointAt(0); });
        var out = input.filter(function (c) { return c < 128; }).map(function (c) { return String.fromCharCode(c); }).join("");
        var basic = out.length, handled = basic, n = 128, delta = 0, bias = 72;
        if (basic) out += "-";
        while (handled < input.length) {
          var m = Math.min.apply(null, input.filter(function (c) { return c >= n; }));
          delta += (m - n) * (handled + 1);
          n = m;
          for (var i = 0; i < input.length; i++) {
            var c = input[i];
            if (c < n) delta++;
            if (c === n) {
              var q = delta;
              for (var k = BASE; ; k += BASE) {
                var t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
                if (q < t) break;
                out += digit(t + ((q - t) % (BASE - t)));
                q = Math.floor((q - t) / (BASE - t));
              }
              out += digit(q);
              bias = adapt(delta, handled + 1, handled === basic);
              delta = 0;
              handled++;
            }
          }
          delta++; n++;
        }
        return out;
      }
      function decode(input) {
        var n = 128, i = 0, bias = 72, out = [], basic = input.lastIndexOf("-");
        for (var j = 0; j < (basic < 0 ? 0 : basic); j++) {
          if (input.charCodeAt(j) >= 128) throw new Error("bad punycode");
          out.push(input.charCodeAt(j));
        }
        for (var idx = basic > 0 ? basic + 1 : 0; idx < input.length;) {
          var old = i, w = 1;
          for (var k = BASE; ; k += BASE) {
            if (idx >= input.length) throw new Error("bad punycode");
            var c = input.charCodeAt(idx++);
            var d = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : BASE;
            if (d >= BASE) throw new Error("bad punycode");
            i += d * w;
            var t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
            if (d < t) break;
            w *= BASE - t;
          }
          bias = adapt(i - old, out.length + 1, old === 0);
          n += Math.floor(i / (out.length + 1));
          i %= out.length + 1;
          if (n > 0x10ffff) throw new Error("bad punycode");
          out.splice(i++, 0, n);
        }
        return String.fromCodePoint.apply(null, out);
      }
      function notInHost(value) {
        var chars = Array.from(value);
        for (var i = 0; i < chars.length; i++) {
          if (chars[i] !== "-" && !/[\p{L}\p{M}\p{N}]/u.test(chars[i])) return chars[i];
        }
        return null;
      }
      function asciiLabel(label) {
        if (py.isAscii(label)) return label.toLowerCase();
        var value = text.fold(label).toLowerCase();
        if (py.isAscii(value)) return value;
        var bad = notInHost(value);
        if (bad !== null) {
          throw new InvalidContact(label + " is not a valid internationalized host name (" + bad + " cannot be in a host name)");
        }
        return PREFIX + encode(value);
      }
      function unicodeLabel(label) {
        if (label.slice(0, PREFIX.length) !== PREFIX) return label;
        var value;
        try { value = decode(label.slice(PREFIX.length)); } catch (e) { return label; }
        if (py.isAscii(value) || notInHost(value) !== null || value.toLowerCase() !== value) return label;
        return value;
      }
      return { asciiLabel: asciiLabel, unicodeLabel: unicodeLabel };
    })();

    // ------------------------------------------------------------ suffixes
    var suffixes = (function () {
      var S = data.suffixes, rules = S.rules.split("\n"), written = S.tlds.split("\n");
      var exact = new Set(), wildcard = new Set(), exception = new Set(), tlds = new Set(written);
      rules.forEach(function (r) {
        if (r[0] === "!") exception.add(r.slice(1));
        else if (r.slice(0, 2) === "*.") wildcard.add(r.slice(2));
        else exact.add(r);
      });
      written.forEach(function (t) { tlds.add(idna.asciiLabel(t)); });
      function isTld(label) { return tlds.has(label.toLowerCase()); }
      function publicSuffix(host) {
        var labels = host.split(".");
        for (var start = 0; start < labels.length; start++) {
          var candidate = labels.slice(start).join(".");
          if (exception.has(candidate)) return labels.slice(start + 1).join(".");
          if (exact.has(candidate)) return candidate;
          if (start + 1 < labels.length && wildcard.has(labels.slice(start + 1).join("."))) return candidate;
        }
        return labels[labels.length - 1];
      }
      function registrableDomain(host) {
        var suffix = publicSuffix(host);
        if (host === suffix) return null;
        var rest = host.slice(0, host.length - suffix.length - 1);
        return rest.slice(rest.lastIndexOf(".") + 1) + "." + suffix;
      }
      return { suffixData: function () { return S; }, isTld: isTld, publicSuffix: publicSuffix, registrableDomain: registrableDomain };
    })();

    // ------------------------------------------------------------ phone_data
    var phoneData = { phoneData: function () { return data.phones; } };

    // ------------------------------------------------------------ url
    var url = (function () {
      var SCHEME = /^([A-Za-z][A-Za-z0-9+.\-]*):/;
      var ASCII_LABEL = /^[a-z0-9_](?:[a-z0-9_\-]{0,61}[a-z0-9_])?$/;
      var DOT_SEGMENTS = { ".": 1, "%2e": 1 }, DOUBLE_DOT_SEGMENTS = { "..": 1, ".%2e": 1, "%2e.": 1, "%2e%2e": 1 };
      function unsafeSchemes() { return G.urls.unsafe; }
      function splitScheme(href) {
        var m = SCHEME.exec(href);
        if (!m) return [null, href];
        var scheme = m[1].toLowerCase(), rest = href.slice(m[0].length);
        if ((scheme.indexOf(".") >= 0 || scheme === "localhost") && (/^[0-9]/.test(rest) || !rest)) return [null, href];
        return [scheme, rest];
      }
      function normalizeHost(host) {
        var value = py.rstrip(py.unquote(host), ".");
        if (value[0] === "[" && value[value.length - 1] === "]") {
          if (!/^\[[0-9A-Fa-f:.]+\]$/.test(value)) throw new InvalidContact(host + " is not a valid IPv6 host; write it as [2001:db8::1]");
          return value.toLowerCase();
        }
        if (!value) throw new InvalidContact("the address has no host; write it as https://example.com/path");
        return value.split(".").map(function (label) {
          label = idna.asciiLabel(label);
          if (!ASCII_LABEL.test(label)) throw new InvalidContact(host + " is not a valid host name");
          return label;
        }).join(".");
      }
      function unicodeHost(host) { return host.split(".").map(idna.unicodeLabel).join("."); }
      function looksLikeHost(segment) {
        var authority = py.rstrip(py.rpartition(segment, "@")[2].split(":")[0], ".");
        var labels = authority.split(".");
        if (labels.length < 2 || labels.some(function (l) { return !l; })) return false;
        if (labels[0].toLowerCase() === "www" || labels.every(function (l) { return /^[0-9]+$/.test(l); })) return true;
        var top = labels[labels.length - 1].toLowerCase();
        return G.urls.file_endings.indexOf(top) < 0 && suffixes.isTld(top);
      }
      function WebAddress(scheme, host, port, path, query) {
        this.scheme = scheme; this.host = host; this.port = port; this.path = path; this.query = query;
        this.authority = port === null ? host : host + ":" + port;
        var q = query ? "?" + query : "";
        this.key = scheme + "://" + this.authority + path + q;
        this.display = scheme + "://" + unicodeHost(host) + (port === null ? "" : ":" + port) + path + q;
        this.segments = path.split("/").filter(Boolean).map(py.unquote);
      }
      function splitPort(hostPort) {
        var host, portText;
        if (hostPort[0] === "[") {
          var parts = py.partition(hostPort, "]");
          host = parts[0] + "]";
          portText = parts[2][0] === ":" ? parts[2].slice(1) : parts[2];
        } else if (hostPort.indexOf(":") >= 0) {
          var split = py.rpartition(hostPort, ":");
          host = split[0]; portText = split[2];
        } else {
          return [hostPort, null];
        }
        if (!portText) return [host, null];
        if (!/^[0-9]{1,5}$/.test(portText) || +portText > 65535) throw new InvalidContact(hostPort + " has an invalid port; write it as host:8443");
        return [host, +portText];
      }
      function normalizePath(path) {
        var parts = [];
        path.split("/").forEach(function (part) {
          var lower = part.toLowerCase();
          if (part === "" || DOT_SEGMENTS[lower]) return;
          if (DOUBLE_DOT_SEGMENTS[lower]) { parts.pop(); return; }
          parts.push(part);
        });
        return parts.map(function (p) { return "/" + p; }).join("");
      }
      function parseWebAddress(scheme, rest) {
        rest = py.lstrip(rest.replace(/\\/g, "/"), "/");
        var end = rest.length;
        "/?#".split("").forEach(function (c) { var i = rest.indexOf(c); if (i >= 0 && i < end) end = i; });
        var authority = rest.slice(0, end), tail = rest.slice(end).split("#")[0];
        var hp = splitPort(py.rpartition(authority, "@")[2]);
        var pq = py.partition(tail, "?");
        var defaults = G.urls.default_ports[scheme] || [];
        return new WebAddress(scheme === "http" ? "https" : scheme, normalizeHost(hp[0]),
          hp[1] !== null && defaults.indexOf(hp[1]) >= 0 ? null : hp[1], normalizePath(pq[0]), pq[2]);
      }
      function splitKey(key) {
        var rest = key.split("://").slice(1).join("://").split("?")[0];
        var parts = py.partition(rest, "/");
        return [parts[0], parts[1] + parts[2]];
      }
      function keyQuery(key) { return py.partition(key, "?")[2]; }
      function under(path, prefix) {
        return !prefix || path === prefix || path.slice(0, prefix.length + 1) === prefix + "/";
      }
      return {
        unsafeSchemes: unsafeSchemes, splitScheme: splitScheme, normalizeHost: normalizeHost,
        unicodeHost: unicodeHost, looksLikeHost: looksLikeHost, WebAddress: WebAddress,
        parseWebAddress: parseWebAddress, splitKey: splitKey, keyQuery: keyQuery, under: under
      };
    })();

    // ------------------------------------------------------------ email
    var email = (function () {
      var LOCAL = /^[^ \t\n\r\f@"(),:;<>\[\]\\]+$/, HOW = "write it as name@example.com";
      var RECIPIENT_FIELDS = { to: 1, cc: 1, bcc: 1 };
      function normalizeEmail(raw) {
        var value = text.clean(raw);
        if (value.slice(0, 7).toLowerCase() === "mailto:") {
          var parts = py.partition(value.slice(7), "?");
          py.queryNames(parts[2]).forEach(function (name) {
            if (RECIPIENT_FIELDS[name.toLowerCase()]) {
              throw new InvalidContact(raw + " adds recipients with " + name + "=; link one address, without to/cc/bcc");
            }
          });
          value = py.unquote(parts[0]);
        }
        if (/[,;]/.test(value)) throw new InvalidContact(raw + " holds several addresses; link one address per link");
        var split = py.rpartition(value, "@"), local = split[0], domain = split[2];
        if (!split[1] || !local || !domain) throw new InvalidContact(raw + " is not an email address; " + HOW);
        if (local[0] === "\"") throw new InvalidContact(raw + " has a quoted name before @; " + HOW);
        if (!LOCAL.test(local) || local[0] === "." || local[local.length - 1] === "." || local.indexOf("..") >= 0) {
          throw new InvalidContact(raw + " has an invalid name before @; " + HOW);
        }
        var host = url.normalizeHost(domain);
        if (host.indexOf(".") < 0 && host[0] !== "[") throw new InvalidContact(raw + " has no domain after @; " + HOW);
        local = local.toLowerCase();
        return Contact(Kind.EMAIL, local + "@" + host, local + "@" + url.unicodeHost(host));
      }
      return { normalizeEmail: normalizeEmail };
    })();

    // ------------------------------------------------------------ phone
    var phone = (function () {
      var HOW = "write it as +<country code> <number>, like +1 202-555-0142";
      var WRITTEN = new RegExp("^\\+?[ \\t]*[0-9" + G.numbers.separators + "]+$");
      var LETTERS = Object.assign({}, G.numbers.chinese_digits, G.numbers.letter_digits);
      function numberDigits(value) {
        return Array.from(value).map(function (c) { return LETTERS[c] || c; }).join("");
      }
      function withoutTrunkPrefix(national, prefix, lengths) {
        if (prefix && national.slice(0, prefix.length) === prefix && lengths.indexOf(national.length - prefix.length) >= 0) {
          return national.slice(prefix.length);
        }
        return national;
      }
      function normalizePhone(raw, region, kind) {
        var value = text.clean(raw), lower = value.toLowerCase();
        for (var i = 0; i < G.urls.phone.length; i++) {
          var scheme = G.urls.phone[i];
          if (lower.slice(0, scheme.length + 1) === scheme + ":") {
            value = py.unquote(py.lstrip(value.slice(scheme.length + 1), "/")).split(/[;?,]/)[0];
            break;
          }
        }
        value = py.strip(numberDigits(value), " \t\n\r\x0b\x0c");
        if (!WRITTEN.test(value) || !/[0-9]/.test(value)) throw new InvalidContact(raw + " is not a phone number; " + HOW);
        var digits = value.replace(/[^0-9]/g, ""), international = value[0] === "+";
        if (!international && value.slice(0, 2) === "00") { international = true; digits = digits.slice(2); }
        var table = data.phones, code = null, national;
        if (international) {
          for (var n = 1; n <= 3 && code === null; n++) if (table.codes[digits.slice(0, n)]) code = digits.slice(0, n);
          if (code === null) throw new InvalidContact(raw + " has no known country code; " + HOW);
          national = digits.slice(code.length);
        } else {
          code = table.regions[region || ""] || null;
          if (code === null) throw new InvalidContact(raw + " has no country code; " + HOW);
          national = digits;
        }
        var rules = table.codes[code];
        national = withoutTrunkPrefix(national, rules.prefix, rules.lengths);
        if (rules.lengths.indexOf(national.length) < 0) throw new InvalidContact(raw + " is not a valid phone number; " + HOW);
        return Contact(kind || Kind.PHONE, "+" + code + national, "+" + code + " " + national);
      }
      return { numberDigits: numberDigits, normalizePhone: normalizePhone, withoutTrunkPrefix: withoutTrunkPrefix };
    })();

    // ------------------------------------------------------------ handles
    var handles = (function () {
      var PLATFORMS = G.handles.platforms, patterns = {};
      function platforms() { return PLATFORMS; }
      function handleKinds() {
        var found = {};
        Object.keys(PLATFORMS).forEach(function (name) {
          var entry = PLATFORMS[name];
          if (entry.kind !== null && entry.value) found[entry.kind] = 1;
        });
        return found;
      }
      function valuePattern(platform) {
        var entry = PLATFORMS[platform];
        return patterns[platform] || (patterns[platform] = new RegExp("^(?:" + (entry.value || entry.id) + ")$"));
      }
      function normalizeHandle(kind, raw) {
        var entry = PLATFORMS[kind], handle = text.clean(raw), prefix = entry.prefix;
        if (prefix && handle.slice(0, prefix.length) === prefix) handle = handle.slice(prefix.length);
        if (!valuePattern(kind).test(handle)) throw new InvalidContact(raw + " is not a valid " + kind + " value; " + entry.how);
        return Contact(kind, handle.toLowerCase(), prefix + handle);
      }
      function otherPlatformContact(platform, raw) {
        var entry = PLATFORMS[platform], handle = text.clean(raw);
        if (!valuePattern(platform).test(handle)) throw new InvalidContact(raw + " is not a valid " + entry.name + " id");
        var key = handle.toLowerCase();
        if (key[0] === "@") key = key.slice(1);
        return Contact(Kind.OTHER_URL, platform + ":" + key, entry.name + " " + handle);
      }
      return { platforms: platforms, handleKinds: handleKinds, normalizeHandle: normalizeHandle, otherPlatformContact: otherPlatformContact };
    })();

    // ------------------------------------------------------------ platforms
    var platforms = (function () {
      var H = G.hosts;
      function platformContact(address) {
        var host = address.host, parts = address.segments;
        H.dropped_prefixes.forEach(function (prefix) { if (host.slice(0, prefix.length) === prefix) host = host.slice(prefix.length); });
        if (H.telegram.indexOf(host) >= 0) return telegram(parts[0] === "s" ? parts.slice(1) : parts);
        if (/\.t\.me$/.test(host)) return handles.normalizeHandle(Kind.TELEGRAM, host.slice(0, -5));
        if (H.x.indexOf(host) >= 0) return x(parts, address.query);
        // An invite is the whole path: discord.gg/<code>/more is another page, judged as a URL.
        if (H.discord_invite.indexOf(host) >= 0 && parts.length === 1) return handles.normalizeHandle(Kind.DISCORD, parts[0]);
        if (H.discord.indexOf(host) >= 0 && parts.length === 2 && parts[0] === "invite") return handles.normalizeHandle(Kind.DISCORD, parts[1]);
        if (H.whatsapp_short.indexOf(host) >= 0 && parts.length) return whatsappNumber(parts[0], address);
        if (H.whatsapp.indexOf(host) >= 0 && parts[0] === "send") return whatsappQuery(address.query, address.display);
        return null;
      }
      function appLinkContact(scheme, rest) {
        var parts = py.partition(py.lstrip(rest, "/"), "?"), target = parts[0], query = parts[2];
        if (scheme === "tg") {
          var domain = py.queryValue(query, "domain"), invite = py.queryValue(query, "invite");
          if (target === "resolve" && domain !== null) return handles.normalizeHandle(Kind.TELEGRAM, domain);
          if (target === "join" && invite !== null) return telegramInvite(invite);
          throw new InvalidContact("tg:" + rest + " does not name an account; link https://t.me/<username>");
        }
        if (scheme === "whatsapp") return whatsappQuery(query, scheme + ":" + rest);
        return null;
      }
      function telegram(parts) {
        if (!parts.length) return null;
        var first = parts[0];
        if (first === "joinchat" && parts.length > 1) return telegramInvite(parts[1]);
        if (first[0] === "+") return telegramInvite(first.slice(1));
        return handles.normalizeHandle(Kind.TELEGRAM, first);
      }
      function telegramInvite(code) { return Contact(Kind.TELEGRAM, "+" + code, "https://t.me/+" + code); }
      function x(parts, query) {
        if (!parts.length) return null;
        var screen = parts[0] === "intent" ? py.queryValue(query, "screen_name") : null;
        if (screen !== null) return handles.normalizeHandle(Kind.X, screen);
        if (H.x_pages.indexOf(parts[0].toLowerCase()) >= 0) return null;
        return handles.normalizeHandle(Kind.X, parts[0]);
      }
      function whatsappNumber(digits, address) {
        if (digits === "message") throw new InvalidContact(address.display + " is a WhatsApp short link that hides its number; link https://wa.me/<number> instead");
        return phone.normalizePhone("+" + py.lstrip(digits, "+"), null, Kind.WHATSAPP);
      }
      function whatsappQuery(query, shown) {
        var value = py.queryValue(query, "phone");
        if (value === null) throw new InvalidContact(shown + " names no phone; link https://wa.me/<number>");
        return phone.normalizePhone("+" + py.lstrip(py.strip(value, " \t\n\r\x0b\x0c"), "+"), null, Kind.WHATSAPP);
      }
      return { platformContact: platformContact, appLinkContact: appLinkContact };
    })();

    // ------------------------------------------------------------ normalize
    var normalize = (function () {
      function normalizeContact(kind, raw, region) {
        var contact;
        if (kind === Kind.PHONE) return phone.normalizePhone(raw, region);
        if (kind === Kind.EMAIL) return email.normalizeEmail(raw);
        if (kinds.URL_KINDS[kind]) {
          contact = linkOrInvalid(raw, region);
          if (contact.kind !== Kind.WEBSITE) throw wrongKind(kind, raw, contact);
          return Contact(kind, contact.key, contact.display);
        }
        if (isLink(raw)) {
          contact = linkOrInvalid(raw, region);
          if (contact.kind !== kind) throw wrongKind(kind, raw, contact);
          return contact;
        }
        if (kind === Kind.WHATSAPP) return phone.normalizePhone(raw, region, Kind.WHATSAPP);
        if (handles.handleKinds()[kind]) return handles.normalizeHandle(kind, raw);
        throw new InvalidContact("unknown contact kind " + kind);
      }
      function web(scheme, rest) {
        var address = url.parseWebAddress(scheme, rest);
        return platforms.platformContact(address) || Contact(Kind.WEBSITE, address.key, address.display);
      }
      function linkContact(href, region) {
        var value = text.clean(href).replace(/\\/g, "/");
        if (!value) return null;
        var split = url.splitScheme(value), scheme = split[0], rest = split[1];
        if (scheme === null) return schemeless(value, region);
        if (url.unsafeSchemes().indexOf(scheme) >= 0) throw new UnsafeLink(href + " uses the " + scheme + ": scheme, which runs code or reads local data");
        if (G.urls.web.indexOf(scheme) >= 0) return web(scheme, rest);
        if (scheme === "mailto") return email.normalizeEmail(value);
        if (G.urls.phone.indexOf(scheme) >= 0) return phone.normalizePhone(value, region);
        var app = platforms.appLinkContact(scheme, rest);
        if (app !== null) return app;
        return Contact(Kind.OTHER_URL, scheme + ":" + rest, value);
      }
      function schemeless(value, region) {
        if (value.slice(0, 2) === "//") return web("https", value);
        if (/^[\/#?.]/.test(value)) return null;
        var first = value.split("/")[0].split("?")[0].split("#")[0];
        if (first.indexOf("@") >= 0 && value.indexOf("/") < 0 && url.looksLikeHost(py.rpartition(first, "@")[2])) return email.normalizeEmail(value);
        if (url.looksLikeHost(first)) return web("https", value);
        return null;
      }
      function isLink(raw) {
        var value = text.clean(raw);
        if (url.splitScheme(value)[0] !== null) return true;
        return value.indexOf("/") >= 0 && url.looksLikeHost(value.split("/")[0]);
      }
      function linkOrInvalid(raw, region) {
        var contact = linkContact(raw, region);
        if (contact === null) throw new InvalidContact(raw + " is a relative link; write the full address, like https://example.com");
        return contact;
      }
      function wrongKind(kind, raw, contact) { return new InvalidContact(raw + " is a " + contact.kind + " link, not a " + kind + " value"); }
      return { InvalidContact: InvalidContact, UnsafeLink: UnsafeLink, linkContact: linkContact, normalize: normalizeContact };
    })();

    // ------------------------------------------------------------ lookalike
    var lookalike = (function () {
      var table = data.confusables, characters = {}, memo = new Map();
      Object.keys(table.characters).forEach(function (prototype) {
        table.characters[prototype].forEach(function (c) { characters[c] = prototype; });
      });
      function confusables() { return { name: table.name, characters: characters, sequences: table.sequences }; }
      function skeleton(value) {
        if (memo.has(value)) return memo.get(value);
        var mapped = Array.from(text.casefold(text.fold(value))).map(function (c) { return characters[c] || c; }).join("");
        table.sequences.forEach(function (pair) { mapped = mapped.split(pair[0]).join(pair[1]); });
        if (memo.size > 65536) memo.clear();
        memo.set(value, mapped);
        return mapped;
      }
      function compactSkeleton(value) { return skeleton(value.replace(/[-_. ]/g, "")).replace(/[-_. ]/g, ""); }
      function editCutoff(target) {
        var n = Array.from(target).length;
        return n < 4 ? 0 : n < 8 ? 1 : 2;
      }
      function damerauLevenshtein(a, b, cutoff) {
        a = Array.from(a); b = Array.from(b);
        if (Math.abs(a.length - b.length) > cutoff) return cutoff + 1;
        var previous2 = [], previous = [], j;
        for (j = 0; j <= b.length; j++) previous.push(j);
        for (var i = 1; i <= a.length; i++) {
          var current = [i];
          for (j = 1; j <= b.length; j++) {
            var cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], previous2[j - 2] + 1);
          }
          if (Math.min.apply(null, current) > cutoff) return cutoff + 1;
          previous2 = previous; previous = current;
        }
        return Math.min(previous[b.length], cutoff + 1);
      }
      function looksLike(candidate, official) {
        var a = skeleton(candidate), b = skeleton(official);
        if (a === b) return true;
        var cutoff = editCutoff(b);
        return cutoff > 0 && damerauLevenshtein(a, b, cutoff) <= cutoff;
      }
      function brandTokenIn(value, tokens) {
        var compact = compactSkeleton(value);
        for (var i = 0; i < tokens.length; i++) if (compact.indexOf(compactSkeleton(tokens[i])) >= 0) return tokens[i];
        return null;
      }
      return {
        confusables: confusables, skeleton: skeleton, compactSkeleton: compactSkeleton, editCutoff: editCutoff,
        damerauLevenshtein: damerauLevenshtein, looksLike: looksLike, brandTokenIn: brandTokenIn
      };
    })();

    return {
      py: py, kinds: kinds, errors: errors, grammar: grammar, text: text, idna: idna, suffixes: suffixes,
      phoneData: phoneData, url: url, email: email, phone: phone, handles: handles, platforms: platforms,
      normalize: normalize, lookalike: lookalike
    };
  }

  root.hcContacts = build;
})(typeof window !== "undefined" ? window : globalThis);
