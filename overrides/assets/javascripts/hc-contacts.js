/* Contact normalization for the in-browser checker: a mirror of helpcenter.contacts
 * (text.clean, url, email, phone, handles, platforms, normalize.link_contact/normalize).
 * Python is the reference; tests/vectors/contacts.json is run through both sides.
 * Phones: E.164 for +1 (NANP), +44 and +86 numbers (what the registry uses) plus a length
 * check elsewhere, where Python uses the full phonenumbers metadata. */
(function () {
  "use strict";

  function InvalidContact(message) { this.name = "InvalidContact"; this.message = message; }
  function UnsafeLink(message) { this.name = "UnsafeLink"; this.message = message; }

  var URL_KINDS = { website: 1, "app-store": 1, "other-url": 1 };
  var UNSAFE_SCHEMES = ("javascript vbscript livescript data file blob filesystem view-source " +
    "about chrome jar mhtml ms-its res resource intent").split(" ");
  var FILE_ENDINGS = ("md markdown html htm xhtml php asp aspx jsp txt pdf png jpg jpeg gif svg " +
    "webp avif ico css js mjs json xml yml yaml csv zip gz tgz mp3 mp4 webm ogg woff woff2 ttf").split(" ");
  var INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

  function clean(raw) {
    var text = raw.normalize("NFKC").replace(INVISIBLE, "").replace(/[\u3002\uff0e\uff61]/g, ".");
    text = text.replace(/[\t\n\r]/g, "");
    return text.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  }

  function unquote(text) {
    return text.replace(/(%[0-9A-Fa-f]{2})+/g, function (seq) {
      try { return decodeURIComponent(seq); } catch (e) { return seq; }
    });
  }

  function splitScheme(href) {
    var m = /^([A-Za-z][A-Za-z0-9+.\-]*):/.exec(href);
    if (!m) return [null, href];
    var scheme = m[1].toLowerCase(), rest = href.slice(m[0].length);
    if ((scheme.indexOf(".") >= 0 || scheme === "localhost") && (/^[0-9]/.test(rest) || !rest)) {
      return [null, href];
    }
    return [scheme, rest];
  }

  // --- punycode (RFC 3492) decoding, for showing and comparing internationalized hosts
  function punyDecode(input) {
    var base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700, n = 128, bias = 72, i = 0;
    var out = [], basic = input.lastIndexOf("-");
    for (var j = 0; j < (basic < 0 ? 0 : basic); j++) out.push(input.charCodeAt(j));
    function adapt(delta, points, first) {
      delta = first ? Math.floor(delta / damp) : delta >> 1;
      delta += Math.floor(delta / points);
      var k = 0;
      for (; delta > ((base - tMin) * tMax) >> 1; k += base) delta = Math.floor(delta / (base - tMin));
      return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
    }
    for (var idx = basic > 0 ? basic + 1 : 0; idx < input.length;) {
      var old = i, w = 1;
      for (var k = base; ; k += base) {
        if (idx >= input.length) throw new Error("bad punycode");
        var c = input.charCodeAt(idx++);
        var digit = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : base;
        if (digit >= base) throw new Error("bad punycode");
        i += digit * w;
        var t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
        if (digit < t) break;
        w *= base - t;
      }
      bias = adapt(i - old, out.length + 1, old === 0);
      n += Math.floor(i / (out.length + 1));
      i %= out.length + 1;
      out.splice(i++, 0, n);
    }
    return String.fromCodePoint.apply(null, out);
  }

  function unicodeHost(host) {
    return host.split(".").map(function (label) {
      if (label.slice(0, 4) !== "xn--") return label;
      try { return punyDecode(label.slice(4)); } catch (e) { return label; }
    }).join(".");
  }

  function idnaLabel(label, host) {
    var ascii;
    try { ascii = new URL("http://" + label + ".test/").hostname.slice(0, -5); } catch (e) { ascii = null; }
    if (!ascii || ascii.indexOf(".") >= 0) {
      throw new InvalidContact(host + " is not a valid internationalized host name");
    }
    return ascii;
  }

  function normalizeHost(host) {
    var text = unquote(host).replace(/\.+$/, "");
    if (text[0] === "[" && text[text.length - 1] === "]") {
      if (!/^\[[0-9A-Fa-f:.]+\]$/.test(text)) throw new InvalidContact(host + " is not a valid IPv6 host");
      return text.toLowerCase();
    }
    if (!text) throw new InvalidContact("the address has no host");
    return text.split(".").map(function (label) {
      label = /^[\x00-\x7f]*$/.test(label) ? label.toLowerCase() : idnaLabel(label, host);
      if (!/^[a-z0-9_](?:[a-z0-9_\-]{0,61}[a-z0-9_])?$/.test(label)) {
        throw new InvalidContact(host + " is not a valid host name");
      }
      return label;
    }).join(".");
  }

  function looksLikeHost(segment) {
    var authority = segment.slice(segment.lastIndexOf("@") + 1).split(":")[0].replace(/\.+$/, "");
    var labels = authority.split(".");
    if (labels.length < 2 || labels.some(function (l) { return !l; })) return false;
    if (labels[0].toLowerCase() === "www" || labels.every(function (l) { return /^[0-9]+$/.test(l); })) return true;
    var tld = labels[labels.length - 1].toLowerCase();
    if (FILE_ENDINGS.indexOf(tld) >= 0) return false;
    return tld.slice(0, 4) === "xn--" || (tld.length >= 2 && /^\p{L}+$/u.test(tld));
  }

  function normalizePath(path) {
    var parts = [];
    path.split("/").forEach(function (part) {
      if (part === "" || part === ".") return;
      if (part === "..") { parts.pop(); return; }
      parts.push(part);
    });
    return parts.map(function (p) { return "/" + p; }).join("");
  }

  var DEFAULT_PORTS = { http: [80, 443], https: [80, 443], ws: [80], wss: [443], ftp: [21] };

  function splitPort(hostPort) {
    var host, portText;
    if (hostPort[0] === "[") {
      var close = hostPort.indexOf("]");
      host = hostPort.slice(0, close + 1);
      portText = hostPort.slice(close + 1).replace(/^:/, "");
    } else if (hostPort.indexOf(":") >= 0) {
      var colon = hostPort.lastIndexOf(":");
      host = hostPort.slice(0, colon);
      portText = hostPort.slice(colon + 1);
    } else {
      return [hostPort, null];
    }
    if (!portText) return [host, null];
    if (!/^[0-9]{1,5}$/.test(portText) || +portText > 65535) {
      throw new InvalidContact(hostPort + " has an invalid port");
    }
    return [host, +portText];
  }

  function parseWebAddress(scheme, rest) {
    rest = rest.replace(/\\/g, "/").replace(/^\/+/, "");
    var end = rest.search(/[\/?#]/);
    if (end < 0) end = rest.length;
    var authority = rest.slice(0, end), tail = rest.slice(end).split("#")[0];
    var hp = splitPort(authority.slice(authority.lastIndexOf("@") + 1));
    var q = tail.indexOf("?");
    var path = q < 0 ? tail : tail.slice(0, q), query = q < 0 ? "" : tail.slice(q + 1);
    var host = normalizeHost(hp[0]);
    var port = hp[1] !== null && (DEFAULT_PORTS[scheme] || []).indexOf(hp[1]) >= 0 ? null : hp[1];
    var s = scheme === "http" ? "https" : scheme;
    var authorityKey = port === null ? host : host + ":" + port;
    path = normalizePath(path);
    return {
      scheme: s, host: host, port: port, path: path, query: query,
      key: s + "://" + authorityKey + path,
      display: s + "://" + unicodeHost(host) + (port === null ? "" : ":" + port) + path,
      segments: path.split("/").filter(Boolean).map(function (p) { return unquote(p); })
    };
  }

  // --- email
  function normalizeEmail(raw) {
    var text = clean(raw);
    if (text.toLowerCase().slice(0, 7) === "mailto:") {
      var rest = text.slice(7), q = rest.indexOf("?");
      if (q >= 0) {
        rest.slice(q + 1).split("&").forEach(function (pair) {
          var name = unquote(pair.split("=")[0].replace(/\+/g, " ")).toLowerCase();
          if (name === "to" || name === "cc" || name === "bcc") {
            throw new InvalidContact(raw + " adds recipients with " + name + "=");
          }
        });
        rest = rest.slice(0, q);
      }
      text = unquote(rest);
    }
    if (/[,;]/.test(text)) throw new InvalidContact(raw + " holds several addresses");
    var at = text.lastIndexOf("@");
    var local = at < 0 ? "" : text.slice(0, at), domain = at < 0 ? "" : text.slice(at + 1);
    if (at < 0 || !local || !domain) throw new InvalidContact(raw + " is not an email address");
    if (!/^[^\s@"(),:;<>\[\]\\]+$/.test(local) || local[0] === "." || local[local.length - 1] === "." ||
        local.indexOf("..") >= 0) {
      throw new InvalidContact(raw + " has an invalid name before @");
    }
    var host = normalizeHost(domain);
    if (host.indexOf(".") < 0) throw new InvalidContact(raw + " has no domain after @");
    local = local.toLowerCase();
    return { kind: "email", key: local + "@" + host, display: local + "@" + unicodeHost(host) };
  }

  // --- phones (see the header comment for how far this mirrors phonenumbers)
  var PHONE_SCHEMES = ["tel:", "sms:", "smsto:", "callto:", "facetime:", "facetime-audio:"];
  var NATIONAL = {
    1: /^[2-9][0-9]{2}[2-9][0-9]{6}$/,
    44: /^(?:[1-3][0-9]{8,9}|7[0-9]{9}|[58]0[0-9]{7,8})$/,
    86: /^(?:1[3-9][0-9]{9}|[2-9][0-9]{8,10}|[48]00[0-9]{7})$/
  };
  var REGION_CODES = { US: 1, CA: 1, GB: 44, CN: 86 };

  function normalizePhone(raw, region, kind) {
    var text = clean(raw), lower = text.toLowerCase();
    for (var i = 0; i < PHONE_SCHEMES.length; i++) {
      if (lower.slice(0, PHONE_SCHEMES[i].length) === PHONE_SCHEMES[i]) {
        text = unquote(text.slice(PHONE_SCHEMES[i].length).replace(/^\/+/, "")).split(/[;?,]/)[0];
        break;
      }
    }
    text = text.trim();
    if (!/^\+?[0-9 ().\-\/\u00a0]+$/.test(text) || !/[0-9]/.test(text)) {
      throw new InvalidContact(raw + " is not a phone number");
    }
    if (text.slice(0, 2) === "00") text = "+" + text.slice(2);
    var international = text[0] === "+";
    if (!international && !region) throw new InvalidContact(raw + " has no country code");
    var digits = text.replace(/\(0\)/, "").replace(/[^0-9]/g, "");
    var code = null, national = digits;
    if (international) {
      for (var len = 1; len <= 3 && code === null; len++) {
        if (NATIONAL[+digits.slice(0, len)]) code = +digits.slice(0, len);
      }
      if (code === null) {
        if (digits.length < 8 || digits.length > 15) throw new InvalidContact(raw + " is not a valid phone number");
        return { kind: kind || "phone", key: "+" + digits, display: "+" + digits };
      }
      national = digits.slice(String(code).length);
    } else {
      code = REGION_CODES[region];
      if (!code) throw new InvalidContact(raw + " has no country code");
      if (code === 1 && national.length === 11 && national[0] === "1") national = national.slice(1);
      else if (code !== 1 && national[0] === "0") national = national.slice(1);
    }
    if (code !== 1 && national[0] === "0") national = national.slice(1);
    if (!NATIONAL[code].test(national)) throw new InvalidContact(raw + " is not a valid phone number");
    var display = "+" + code + " " + (code === 1
      ? national.slice(0, 3) + "-" + national.slice(3, 6) + "-" + national.slice(6) : national);
    return { kind: kind || "phone", key: "+" + code + national, display: display };
  }

  // --- handles
  var HANDLE_RULES = {
    telegram: [/^[A-Za-z][A-Za-z0-9_]{3,31}$/, "@"],
    x: [/^[A-Za-z0-9_]{1,15}$/, "@"],
    discord: [/^[A-Za-z0-9\-]{2,32}$/, ""],
    wechat: [/^[A-Za-z][A-Za-z0-9_\-]{5,19}$/, ""],
    qq: [/^[1-9][0-9]{4,11}$/, ""]
  };

  function normalizeHandle(kind, raw) {
    var rule = HANDLE_RULES[kind], handle = clean(raw);
    if (rule[1] && handle.slice(0, rule[1].length) === rule[1]) handle = handle.slice(rule[1].length);
    if (!rule[0].test(handle)) throw new InvalidContact(raw + " is not a valid " + kind + " value");
    return { kind: kind, key: handle.toLowerCase(), display: rule[1] + handle };
  }

  // --- messaging platforms
  var X_PAGES = ("home i intent share search hashtag explore settings messages notifications " +
    "login signup tos privacy compose").split(" ");

  function queryField(query, name) {
    var found = null;
    query.split(/[&;]/).forEach(function (pair) {
      var eq = pair.indexOf("=");
      if (eq < 0 || found !== null) return;
      if (unquote(pair.slice(0, eq).replace(/\+/g, " ")) === name) {
        var value = unquote(pair.slice(eq + 1).replace(/\+/g, " "));
        if (value) found = value;
      }
    });
    return found;
  }

  function telegramInvite(code) {
    return { kind: "telegram", key: "+" + code, display: "https://t.me/+" + code };
  }

  function whatsappQuery(query, shown) {
    var phone = queryField(query, "phone");
    if (phone === null) throw new InvalidContact(shown + " names no phone");
    return normalizePhone("+" + phone.trim().replace(/^\++/, ""), null, "whatsapp");
  }

  function platformContact(a) {
    var host = a.host.replace(/^www\./, "").replace(/^mobile\./, ""), parts = a.segments;
    if (host === "t.me" || host === "telegram.me" || host === "telegram.dog") {
      if (parts[0] === "s") parts = parts.slice(1);
      if (!parts.length) return null;
      if (parts[0] === "joinchat" && parts.length > 1) return telegramInvite(parts[1]);
      if (parts[0][0] === "+") return telegramInvite(parts[0].slice(1));
      return normalizeHandle("telegram", parts[0]);
    }
    if (/\.t\.me$/.test(host)) return normalizeHandle("telegram", host.slice(0, -5));
    if (host === "x.com" || host === "twitter.com") {
      if (!parts.length) return null;
      var screen = parts[0] === "intent" ? queryField(a.query, "screen_name") : null;
      if (screen !== null) return normalizeHandle("x", screen);
      if (X_PAGES.indexOf(parts[0].toLowerCase()) >= 0) return null;
      return normalizeHandle("x", parts[0]);
    }
    if (host === "discord.gg" && parts.length) return normalizeHandle("discord", parts[0]);
    if ((host === "discord.com" || host === "discordapp.com") && parts.length >= 2 && parts[0] === "invite") {
      return normalizeHandle("discord", parts[1]);
    }
    if (host === "wa.me" && parts.length) {
      if (parts[0] === "message") throw new InvalidContact(a.display + " hides its number");
      return normalizePhone("+" + parts[0].replace(/^\++/, ""), null, "whatsapp");
    }
    if ((host === "api.whatsapp.com" || host === "web.whatsapp.com" || host === "whatsapp.com") &&
        parts[0] === "send") {
      return whatsappQuery(a.query, a.display);
    }
    return null;
  }

  function appLinkContact(scheme, rest) {
    var stripped = rest.replace(/^\/+/, ""), q = stripped.indexOf("?");
    var target = q < 0 ? stripped : stripped.slice(0, q), query = q < 0 ? "" : stripped.slice(q + 1);
    if (scheme === "tg") {
      var domain = queryField(query, "domain"), invite = queryField(query, "invite");
      if (target === "resolve" && domain !== null) return normalizeHandle("telegram", domain);
      if (target === "join" && invite !== null) return telegramInvite(invite);
      throw new InvalidContact("tg:" + rest + " does not name an account");
    }
    if (scheme === "whatsapp") return whatsappQuery(query, scheme + ":" + rest);
    return null;
  }

  function webContact(scheme, rest) {
    var a = parseWebAddress(scheme, rest);
    return platformContact(a) || { kind: "website", key: a.key, display: a.display };
  }

  function schemeless(text, region) {
    if (text.slice(0, 2) === "//") return webContact("https", text);
    if (/^[\/#?.]/.test(text)) return null;
    var first = text.split("/")[0].split("?")[0].split("#")[0];
    if (first.indexOf("@") >= 0 && text.indexOf("/") < 0 && looksLikeHost(first.slice(first.lastIndexOf("@") + 1))) {
      return normalizeEmail(text);
    }
    if (looksLikeHost(first)) return webContact("https", text);
    return null;
  }

  function linkContact(href, region) {
    var text = clean(href).replace(/\\/g, "/");
    if (!text) return null;
    var split = splitScheme(text), scheme = split[0], rest = split[1];
    if (scheme === null) return schemeless(text, region);
    if (UNSAFE_SCHEMES.indexOf(scheme) >= 0) throw new UnsafeLink(href + " uses the " + scheme + ": scheme");
    if (scheme === "http" || scheme === "https") return webContact(scheme, rest);
    if (scheme === "mailto") return normalizeEmail(text);
    if (["tel", "sms", "smsto", "callto", "facetime", "facetime-audio"].indexOf(scheme) >= 0) {
      return normalizePhone(text, region);
    }
    var app = appLinkContact(scheme, rest);
    if (app !== null) return app;
    return { kind: "other-url", key: scheme + ":" + rest, display: text };
  }

  function isLink(raw) {
    var text = clean(raw);
    if (splitScheme(text)[0] !== null) return true;
    return text.indexOf("/") >= 0 && looksLikeHost(text.split("/")[0]);
  }

  function normalize(kind, raw, region) {
    var contact;
    if (kind === "phone") return normalizePhone(raw, region);
    if (kind === "email") return normalizeEmail(raw);
    if (URL_KINDS[kind]) {
      contact = linkContact(raw, region);
      if (contact === null) throw new InvalidContact(raw + " is a relative link");
      if (contact.kind !== "website") throw new InvalidContact(raw + " is a " + contact.kind + " link");
      return { kind: kind, key: contact.key, display: contact.display };
    }
    if (isLink(raw)) {
      contact = linkContact(raw, region);
      if (contact === null) throw new InvalidContact(raw + " is a relative link");
      if (contact.kind !== kind) throw new InvalidContact(raw + " is a " + contact.kind + " link");
      return contact;
    }
    if (kind === "whatsapp") return normalizePhone(raw, region, "whatsapp");
    return normalizeHandle(kind, raw);
  }

  window.hcContacts = {
    InvalidContact: InvalidContact, UnsafeLink: UnsafeLink, URL_KINDS: URL_KINDS,
    clean: clean, unicodeHost: unicodeHost, splitKey: function (key) {
      var rest = key.split("://")[1], slash = rest.indexOf("/");
      return slash < 0 ? [rest, ""] : [rest.slice(0, slash), rest.slice(slash)];
    },
    under: function (path, prefix) {
      return !prefix || path === prefix || path.slice(0, prefix.length + 1) === prefix + "/";
    },
    linkContact: linkContact, normalize: normalize, normalizePhone: normalizePhone
  };
})();
