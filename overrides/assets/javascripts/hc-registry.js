/* helpcenter.registry.index in the browser: the registry export (/registry/channels.json)
 * arranged for judging, the same tables under the same names as the Python RegistryIndex.
 *
 * window.hcRegistry(contacts) -> {index: {matchGroup, registeredName, hostOf, Site, exactly,
 *   longestUnder, RegistryIndex}} */
(function (root) {
  "use strict";

  function build(C) {
    var Kind = C.kinds.Kind, URL_KINDS = C.kinds.URL_KINDS, py = C.py;

    var index = (function () {
      function matchGroup(kind) {
        if (URL_KINDS[kind]) return "url";
        if (kind === Kind.PHONE || kind === Kind.WHATSAPP) return "phone";
        return kind;
      }
      function registeredName(host) {
        var domain = C.suffixes.registrableDomain(host) || host;
        return domain.indexOf(".") >= 0 ? domain.slice(0, domain.length - C.suffixes.publicSuffix(domain).length - 1) : domain;
      }
      function hostOf(contact) {
        if (contact.kind === Kind.EMAIL) return py.rpartition(contact.key, "@")[2];
        if (contact.key.indexOf("://") >= 0) return py.partition(C.url.splitKey(contact.key)[0], ":")[0];
        return null;
      }
      function Site(authority, path, entry, query) {
        this.authority = authority; this.path = path; this.entry = entry; this.query = query || "";
      }
      function exactly(sites, path, query) {
        for (var i = 0; i < sites.length; i++) if (sites[i].path === path && sites[i].query === query) return sites[i];
        return null;
      }
      function longestUnder(sites, path) {
        var best = null;
        sites.forEach(function (site) {
          if (C.url.under(path, site.path) && (best === null || site.path.length > best.path.length)) best = site;
        });
        return best;
      }
      function push(map, key, value) { (map[key] = map[key] || []).push(value); }

      /* RegistryIndex(export): the export's channels, references and impostors as the Python
       * index holds the registry's (each channel with its canonical ``contact``). */
      function RegistryIndex(doc) {
        var self = this;
        this.registry = doc;
        this.brandTokens = doc.brand.tokens;
        this.byKey = {}; this.impostorByKey = {}; this.channelSites = {}; this.referenceSites = {};
        this.impostorSites = {}; this.activeByKind = {}; this.officialHosts = [];
        this.ownedDomains = doc.brand.domains || [];
        this.officialNames = []; this.officialHandles = []; this.impostorHosts = {};
        doc.channels.forEach(function (channel) {
          channel.contact = C.kinds.Contact(channel.kind, channel.key, channel.display);
          self.addChannel(channel);
        });
        doc.references.forEach(function (reference) {
          reference.contact = C.kinds.Contact(Kind.WEBSITE, reference.key, reference.url);
          var ak = C.url.splitKey(reference.key);
          push(self.referenceSites, ak[0], new Site(ak[0], ak[1], reference));
        });
        doc.impostors.forEach(function (impostor) {
          impostor.contact = C.kinds.Contact(impostor.kind, impostor.key, impostor.value);
          self.addImpostor(impostor);
        });
        this.impostorDepth = Object.keys(this.impostorHosts).reduce(function (most, h) {
          return Math.max(most, h.split(".").length);
        }, 0);
      }
      RegistryIndex.prototype.addChannel = function (channel) {
        var contact = channel.contact;
        push(this.byKey, matchGroup(channel.kind) + " " + contact.key, channel);
        if (URL_KINDS[contact.kind] && contact.key.indexOf("://") >= 0) {
          var ak = C.url.splitKey(contact.key);
          push(this.channelSites, ak[0], new Site(ak[0], ak[1], channel, C.url.keyQuery(contact.key)));
        }
        if (channel.status !== "active") return;
        push(this.activeByKind, channel.kind, channel);
        var host = hostOf(contact);
        if (host !== null) {
          this.officialHosts.push([host, C.lookalike.skeleton(C.url.unicodeHost(host)), channel]);
          this.officialNames.push([C.lookalike.skeleton(C.url.unicodeHost(registeredName(host))), channel]);
        }
        if (C.handles.handleKinds()[channel.kind]) this.officialHandles.push([contact.key, channel]);
      };
      RegistryIndex.prototype.addImpostor = function (impostor) {
        var contact = impostor.contact;
        this.impostorByKey[matchGroup(impostor.kind) + " " + contact.key] = impostor;
        if (URL_KINDS[contact.kind]) {
          var ak = C.url.splitKey(contact.key);
          push(this.impostorSites, ak[0], new Site(ak[0], ak[1], impostor));
          this.impostorHosts[py.partition(ak[0], ":")[0]] = impostor;
        } else if (contact.kind === Kind.EMAIL) {
          var host = py.rpartition(contact.key, "@")[2];
          if (!(host in this.impostorHosts)) this.impostorHosts[host] = impostor;
        }
      };
      RegistryIndex.prototype.owner = function (host) {
        for (var i = 0; i < this.ownedDomains.length; i++) {
          var d = this.ownedDomains[i];
          if (host === d || host.slice(-(d.length + 1)) === "." + d) return d;
        }
        return null;
      };
      RegistryIndex.prototype.isOurs = function (host) { return this.owner(host) !== null; };
      RegistryIndex.prototype.impostorHost = function (host) {
        var depth = this.impostorDepth, labels = depth ? host.split(".").slice(-depth) : [];
        for (var start = 0; start < labels.length; start++) {
          var found = this.impostorHosts[labels.slice(start).join(".")];
          if (found) return found;
        }
        return null;
      };
      return {
        matchGroup: matchGroup, registeredName: registeredName, hostOf: hostOf, Site: Site,
        exactly: exactly, longestUnder: longestUnder, RegistryIndex: RegistryIndex
      };
    })();

    return { index: index };
  }

  root.hcRegistry = build;
})(typeof window !== "undefined" ? window : globalThis);
