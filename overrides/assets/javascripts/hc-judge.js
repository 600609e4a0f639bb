/* Judge a normalized contact against the exported registry: a mirror of
 * helpcenter.guard.judge, helpcenter.registry.index and helpcenter.contacts.lookalike,
 * using the same confusables table (published at /registry/confusables.json). */
(function () {
  "use strict";

  var C = window.hcContacts;
  var SECOND_LEVEL = ["co", "com", "org", "net", "gov", "ac", "edu"];
  var HANDLE_KINDS = { telegram: 1, x: 1, discord: 1, wechat: 1, qq: 1 };

  function Lookalike(table) {
    var characters = {};
    Object.keys(table.characters).forEach(function (prototype) {
      table.characters[prototype].forEach(function (ch) { characters[ch] = prototype; });
    });
    this.characters = characters;
    this.sequences = table.sequences;
  }

  Lookalike.prototype.skeleton = function (text) {
    var chars = this.characters;
    var folded = caseFold(text.normalize("NFKC"));
    var mapped = Array.from(folded).map(function (ch) { return chars[ch] || ch; }).join("");
    this.sequences.forEach(function (pair) { mapped = mapped.split(pair[0]).join(pair[1]); });
    return mapped;
  };

  function caseFold(text) {
    // str.casefold() for the scripts contact values use: lower case, plus ß → ss and final sigma.
    return text.toLowerCase().replace(/ß/g, "ss").replace(/ς/g, "σ");
  }

  Lookalike.prototype.compact = function (text) {
    return this.skeleton(text.replace(/[-_. ]/g, "")).replace(/[-_. ]/g, "");
  };

  function editCutoff(target) {
    if (Array.from(target).length < 4) return 0;
    return Array.from(target).length < 8 ? 1 : 2;
  }

  function damerauLevenshtein(a, b, cutoff) {
    a = Array.from(a); b = Array.from(b);
    if (Math.abs(a.length - b.length) > cutoff) return cutoff + 1;
    var previous2 = [], previous = [];
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      var current = [i];
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          current[j] = Math.min(current[j], previous2[j - 2] + 1);
        }
      }
      if (Math.min.apply(null, current) > cutoff) return cutoff + 1;
      previous2 = previous; previous = current;
    }
    return Math.min(previous[b.length], cutoff + 1);
  }

  Lookalike.prototype.looksLike = function (candidate, official) {
    var a = this.skeleton(candidate), b = this.skeleton(official);
    if (a === b) return true;
    var cutoff = editCutoff(b);
    return cutoff > 0 && damerauLevenshtein(a, b, cutoff) <= cutoff;
  };

  Lookalike.prototype.brandTokenIn = function (value, tokens) {
    var compact = this.compact(value);
    for (var i = 0; i < tokens.length; i++) {
      if (compact.indexOf(this.compact(tokens[i])) >= 0) return tokens[i];
    }
    return null;
  };

  function matchGroup(kind) {
    if (C.URL_KINDS[kind]) return "url";
    if (kind === "phone" || kind === "whatsapp") return "phone";
    return kind;
  }

  function registrableDomain(host) {
    var labels = host.split(".");
    if (labels.length >= 3 && SECOND_LEVEL.indexOf(labels[labels.length - 2]) >= 0) {
      return labels.slice(-3).join(".");
    }
    return labels.slice(-2).join(".");
  }

  function hostOf(contact) {
    if (contact.kind === "email") return contact.key.slice(contact.key.lastIndexOf("@") + 1);
    if (contact.key.indexOf("://") >= 0) return C.splitKey(contact.key)[0].split(":")[0];
    return null;
  }

  function push(map, key, value) { (map[key] = map[key] || []).push(value); }

  function longestUnder(sites, path) {
    var best = null;
    (sites || []).forEach(function (site) {
      if (C.under(path, site.path) && (best === null || site.path.length > best.path.length)) best = site;
    });
    return best;
  }

  /* The registry arranged for judging (RegistryIndex). */
  function Judge(doc, confusables) {
    var self = this, L = new Lookalike(confusables);
    this.L = L;
    this.doc = doc;
    this.brandTokens = doc.brand.tokens;
    this.byKey = {}; this.impostorByKey = {}; this.channelSites = {}; this.referenceSites = {};
    this.activeByKind = {}; this.officialHosts = []; this.officialDomains = {};
    this.officialNames = []; this.officialHandles = []; this.impostorHosts = {};
    doc.channels.forEach(function (channel) {
      var contact = { kind: channel.kind, key: channel.key, display: channel.display };
      channel.contact = contact;
      push(self.byKey, matchGroup(channel.kind) + " " + contact.key, channel);
      if (C.URL_KINDS[contact.kind]) {
        var ak = C.splitKey(contact.key);
        push(self.channelSites, ak[0], { path: ak[1], entry: channel });
      }
      if (channel.status !== "active") return;
      push(self.activeByKind, channel.kind, channel);
      var host = hostOf(contact);
      if (host !== null) {
        self.officialHosts.push([host, L.skeleton(C.unicodeHost(host)), channel]);
        var domain = registrableDomain(host);
        self.officialDomains[domain] = true;
        self.officialNames.push([L.skeleton(C.unicodeHost(domain).split(".")[0]), channel]);
      }
      if (HANDLE_KINDS[channel.kind]) self.officialHandles.push([contact.key, channel]);
    });
    doc.references.forEach(function (reference) {
      var ak = C.splitKey(reference.key);
      push(self.referenceSites, ak[0], { path: ak[1], entry: reference });
    });
    doc.impostors.forEach(function (impostor) {
      self.impostorByKey[matchGroup(impostor.kind) + " " + impostor.key] = impostor;
      if (C.URL_KINDS[impostor.kind]) {
        self.impostorHosts[C.splitKey(impostor.key)[0].split(":")[0]] = impostor;
      } else if (impostor.kind === "email") {
        var h = impostor.key.slice(impostor.key.lastIndexOf("@") + 1);
        if (!(h in self.impostorHosts)) self.impostorHosts[h] = impostor;
      }
    });
  }

  Judge.prototype.isOurs = function (host) { return !!this.officialDomains[registrableDomain(host)]; };

  Judge.prototype.impostorHost = function (host) {
    var labels = host.split(".");
    for (var start = 0; start < labels.length - 1; start++) {
      var found = this.impostorHosts[labels.slice(start).join(".")];
      if (found) return found;
    }
    return null;
  };

  function verdict(v, contact, why, channel) {
    return { verdict: v, contact: contact, why: why, channel: channel ? channel.id : null };
  }

  Judge.prototype.judge = function (contact) {
    if (C.URL_KINDS[contact.kind] && contact.key.indexOf("://") >= 0) return this.site(contact);
    return this.value(contact);
  };

  Judge.prototype.site = function (contact) {
    var ak = C.splitKey(contact.key), authority = ak[0], path = ak[1];
    var site = longestUnder(this.channelSites[authority], path);
    if (site !== null) return this.known(contact, site.entry);
    var reference = longestUnder(this.referenceSites[authority], path);
    if (reference !== null) return verdict("reference", contact, "registered reference " + reference.entry.id, null);
    var host = authority.split(":")[0];
    var impostor = this.impostorHost(host);
    if (impostor !== null) return this.impostor(contact, impostor);
    return this.lookalikeHost(contact, host) || this.unlisted(contact);
  };

  Judge.prototype.value = function (contact) {
    var group = matchGroup(contact.kind), channels = this.byKey[group + " " + contact.key] || [], i;
    for (i = 0; i < channels.length; i++) {
      var k = channels[i].kind;
      if (channels[i].status === "active" && (k === contact.kind || (k === "whatsapp" && contact.kind === "phone"))) {
        return this.known(contact, channels[i]);
      }
    }
    var impostor = this.impostorByKey[group + " " + contact.key];
    if (impostor) return this.impostor(contact, impostor);
    for (i = 0; i < channels.length; i++) {
      if (channels[i].status === "retired") return this.known(contact, channels[i]);
    }
    if (channels.length) return verdict("unlisted", contact, channels[0].id + " is a " + channels[0].kind + " channel", channels[0]);
    if (contact.kind === "email") return this.email(contact);
    if (HANDLE_KINDS[contact.kind]) return this.lookalikeHandle(contact) || this.unlisted(contact);
    return this.unlisted(contact);
  };

  Judge.prototype.known = function (contact, channel) {
    if (channel.status === "active") return verdict("official", contact, "official channel " + channel.id, channel);
    var result = verdict("retired", contact, channel.id + " was retired on " + channel.retired_on, channel);
    result.retiredOn = channel.retired_on;
    return result;
  };

  Judge.prototype.impostor = function (contact, impostor) {
    var result = verdict("impostor", contact, "reported impostor (" + impostor.reported_on + ")", this.alternative(contact));
    result.reportedOn = impostor.reported_on;
    return result;
  };

  Judge.prototype.email = function (contact) {
    var at = contact.key.lastIndexOf("@"), local = contact.key.slice(0, at), host = contact.key.slice(at + 1);
    var impostor = this.impostorHost(host);
    if (impostor !== null) return this.impostor(contact, impostor);
    if (this.isOurs(host)) {
      var emails = this.activeByKind.email || [];
      for (var i = 0; i < emails.length; i++) {
        var key = emails[i].contact.key, a = key.lastIndexOf("@");
        if (key.slice(a + 1) === host && this.L.looksLike(local, key.slice(0, a))) {
          return verdict("lookalike", contact, "lookalike of " + emails[i].id, emails[i]);
        }
      }
      return this.unlisted(contact);
    }
    return this.lookalikeHost(contact, host) || this.unlisted(contact);
  };

  Judge.prototype.lookalikeHost = function (contact, host) {
    if (this.isOurs(host)) return null;
    var L = this.L, readable = C.unicodeHost(host), hostSkeleton = L.skeleton(readable), i;
    for (i = 0; i < this.officialHosts.length; i++) {
      var entry = this.officialHosts[i];
      if (hostSkeleton === entry[1]) return verdict("lookalike", contact, "lookalike of " + entry[2].id, entry[2]);
      if (("." + hostSkeleton + ".").indexOf("." + entry[1] + ".") >= 0) {
        return verdict("lookalike", contact, "hides " + entry[0], entry[2]);
      }
    }
    var labels = readable.split(".").slice(0, -1);
    for (var l = 0; l < labels.length; l++) {
      for (i = 0; i < this.officialNames.length; i++) {
        if (L.looksLike(labels[l], this.officialNames[i][0])) {
          return verdict("lookalike", contact, "lookalike", this.closestHost(hostSkeleton, this.officialNames[i][1]));
        }
      }
    }
    var token = L.brandTokenIn(readable, this.brandTokens);
    if (token !== null) return verdict("lookalike", contact, "carries the brand name " + token, this.alternative(contact));
    return null;
  };

  Judge.prototype.lookalikeHandle = function (contact) {
    // As judge._lookalike_handle: same platform first, then our name on another platform
    // ("Telegram: @ExampleWallet"), then the brand, then a lookalike of another platform's handle.
    var same = this.officialHandles.filter(function (h) { return h[1].kind === contact.kind; });
    var other = this.officialHandles.filter(function (h) { return h[1].kind !== contact.kind; });
    var i;
    for (i = 0; i < same.length; i++) {
      if (this.L.looksLike(contact.key, same[i][0])) return verdict("lookalike", contact, "lookalike of " + same[i][1].id, same[i][1]);
    }
    for (i = 0; i < other.length; i++) {
      if (other[i][0] === contact.key) {
        return verdict("lookalike", contact, "named like " + other[i][1].id + " on " + contact.kind, this.alternative(contact) || other[i][1]);
      }
    }
    var token = this.L.brandTokenIn(contact.key, this.brandTokens);
    if (token !== null) return verdict("lookalike", contact, "carries the brand name " + token, this.alternative(contact));
    for (i = 0; i < other.length; i++) {
      if (this.L.looksLike(contact.key, other[i][0])) return verdict("lookalike", contact, "lookalike of " + other[i][1].id, other[i][1]);
    }
    return null;
  };

  Judge.prototype.unlisted = function (contact) {
    return verdict("unlisted", contact, "not in the registry", null);
  };

  Judge.prototype.alternative = function (contact) {
    var L = this.L, self = this;
    var kinds = C.URL_KINDS[contact.kind] ? Object.keys(C.URL_KINDS).sort() : [contact.kind];
    var candidates = [];
    kinds.forEach(function (k) { candidates = candidates.concat(self.activeByKind[k] || []); });
    if (!candidates.length) return null;
    var target = L.skeleton(contact.display), best = null, bestDistance = Infinity;
    candidates.forEach(function (c) {
      var d = damerauLevenshtein(target, L.skeleton(c.contact.display), 1 << 16);
      if (d < bestDistance) { best = c; bestDistance = d; }
    });
    return best;
  };

  Judge.prototype.closestHost = function (hostSkeleton, fallback) {
    var best = fallback, bestDistance = Infinity;
    this.officialHosts.forEach(function (entry) {
      var d = damerauLevenshtein(hostSkeleton, entry[1], 1 << 16);
      if (d < bestDistance) { best = entry[2]; bestDistance = d; }
    });
    return best;
  };

  window.hcJudge = { Judge: Judge, Lookalike: Lookalike };
})();
