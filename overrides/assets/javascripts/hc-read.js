/* helpcenter.guard.read in the browser: the guard's reading of text, one section per Python
 * module in the same order, with the same names and the same patterns, built from the same
 * grammar data. A message gets here exactly the findings (kind, canonical value, verdict) the
 * build's guard gives it; tests/checker/test_twins.py holds the two equal over generated text.
 *
 * window.hcRead(contacts, registry) -> {candidate, deobfuscate, keywords, numbers, labels,
 *   extract, judge, check} */
(function (root) {
  "use strict";

  function build(C, R) {
    var G = C.grammar.grammar(), py = C.py, Kind = C.kinds.Kind, URL_KINDS = C.kinds.URL_KINDS;
    var escape = C.grammar.escape, wordsPattern = C.grammar.wordsPattern, byLanguage = C.grammar.byLanguage;
    var isTld = C.suffixes.isTld;

    // ------------------------------------------------------------ candidate
    var candidate = (function () {
      function Candidate(start, end, raw, kind, options) {
        options = options || {};
        this.start = start; this.end = end; this.raw = raw; this.kind = kind;
        this.kinds = options.kinds || [];
        this.explicit = options.explicit === undefined ? true : options.explicit;
        this.platform = options.platform || null;
        this.also = options.also === undefined ? null : options.also;
        this.guessed = options.guessed || false;
      }
      function Claims(size) { this.mask = new Uint8Array(size); }
      Claims.prototype.free = function (start, end) {
        for (var i = start; i < end; i++) if (this.mask[i]) return false;
        return true;
      };
      Claims.prototype.take = function (start, end) { this.mask.fill(1, start, end); };
      return { Candidate: Candidate, Claims: Claims };
    })();
    var Candidate = candidate.Candidate, Claims = candidate.Claims;

    // ------------------------------------------------------------ deobfuscate
    var deobfuscate = (function () {
      var TEXT = G.text, MARKUP = G.markup, SPELLED = G.spelled;
      var WS = " \t\n\r\f", RLO = TEXT.rlo, RLO_END = TEXT.rlo_end;
      function without(ranges, codes) {
        var out = [];
        ranges.forEach(function (range) {
          var start = range[0];
          codes.filter(function (c) { return range[0] <= c && c <= range[1]; }).sort(function (a, b) { return a - b; })
            .forEach(function (code) { if (start < code) out.push([start, code - 1]); start = code + 1; });
          if (start <= range[1]) out.push([start, range[1]]);
        });
        return out;
      }
      function cases(word) {
        if (!py.isAscii(word)) return [word];
        return Array.from(new Set([word, word.toUpperCase(), py.title(word)]));
      }
      function anyCase(word) {
        return Array.from(word).map(function (c) {
          return /[A-Za-z]/.test(c) ? "[" + c.toLowerCase() + c.toUpperCase() + "]" : escape(c);
        }).join("");
      }
      var INVISIBLE = C.grammar.codeClass(without(C.grammar.ignorableRanges(), [RLO.charCodeAt(0)]));
      var INVISIBLE_ALL = C.grammar.codeClass(C.grammar.ignorableRanges());
      var COMPAT_RANGES = without(C.grammar.foldRanges(), Array.from(TEXT.prose_punctuation).map(function (c) { return c.charCodeAt(0); }));
      var COMPAT = C.grammar.codeClass(COMPAT_RANGES);
      var ALWAYS = C.grammar.bmpClass(C.grammar.ignorableRanges()) + C.grammar.bmpClass(COMPAT_RANGES) + "\\ud800-\\udbff";
      var ALNUM = TEXT.alnum;
      var foldTable = C.grammar.foldTable();
      var STOPS = Array.from(TEXT.stops).filter(function (c) { return !(c in foldTable); }).join("");
      var SIGN_WORDS = SPELLED.at.concat(SPELLED.dot).map(function (w) {
        return w[0] === "\\" ? w : cases(w).map(escape).join("|");
      }).join("|");
      var SIGN = "[ \\t]{0,2}\\\\?(?:" + SIGN_WORDS + ")[ \\t]{0,2}\\\\?[" + SPELLED.closers + "]";
      var ESCAPABLE = "[" + MARKUP.escapable + "]";
      var TAG = "/?[A-Za-z][A-Za-z0-9-]{0,30}(?=[" + WS + "/>])[^<>]{0,4000}>";
      var ENTITY = "&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?";
      var PASS_ONE = new RegExp([
        "(?<entity>" + ENTITY + ")",
        "(?<rlo>" + RLO + "[^" + RLO_END + "\\n\\r\\u2029]{0,4000}" + RLO_END + "?)",
        "(?<invisible>" + INVISIBLE + "+)",
        "(?<stop>(?<=[" + ALNUM + "])[" + STOPS + "](?=[" + ALNUM + "]))",
        "(?<compat>" + COMPAT + "+)",
        "(?<shortcode>" + TEXT.shortcodes + ")",
        "(?<colon>(?<=[A-Za-z])：(?=//|／／))",
        "(?<bracket>[ \\t]{0,3}\\\\?[" + SPELLED.openers + "]" + SIGN + "[ \\t]{0,3})",
        "(?<escape>(?:\\\\" + ESCAPABLE + "){1,500})",
        "(?<link>(?<=\\])\\([ \\t]{0,10}(?<target><[^<>\\n]{1,2000}>" +
          "|(?:[^" + WS + "()<>]{1,2000}|\\([^" + WS + "()<>]{0,200}\\)){1,5}))",
        "(?<refdef>(?<![^\\n])\\[[^\\[\\]\\n]{1,200}\\]:[ \\t]{1,10}" +
          "(?<reftarget><[^<>\\n]{1,2000}>|[^" + WS + "<>]{1,2000}))",
        "(?<comment><!--)",
        "(?<tag><(?<name>/?[A-Za-z][A-Za-z0-9-]{0,30})(?=[" + WS + "/>])[^<>]{0,4000}>)"
      ].join("|"), "y");
      var GROUPS = ["entity", "rlo", "invisible", "stop", "compat", "shortcode", "colon", "bracket", "escape", "link", "refdef", "comment", "tag"];
      var SPECIAL_SCHEMES = G.urls.special.map(anyCase).join("|");
      var TRIGGER = new RegExp(
        "[&<\\[\\\\" + SPELLED.openers + STOPS + "：:" + ALWAYS + "]" +
        "(?:(?<=<)(?=!--|" + TAG + "|" + SIGN + ")" +
        "|(?<=&)(?=#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z][A-Za-z0-9])" +
        "|(?<=[" + SPELLED.openers + "])(?=" + SIGN + ")" +
        "|(?<=[" + ALNUM + "][" + STOPS + "])(?=[" + ALNUM + "])" +
        "|(?<=[A-Za-z]：)(?=//|／／)" +
        "|(?<=:)(?=[a-z]{3,12}-[a-z0-9-]{1,40}:|[a-z_0-9]{3,10}:)" +
        "|(?<=[" + ALWAYS + "])" +
        "|(?<=\\\\)(?=" + ESCAPABLE + ")" +
        "|(?<=\\]\\()(?=[ \\t]{0,10}<?(?:[^" + WS + "()<>&\\\\]{0,2000}[&\\\\]" +
        "|(?:" + SPECIAL_SCHEMES + "):(?!//)|///))" +
        "|(?<![^\\n]\\[)(?<=\\[)(?=[^\\[\\]\\n]{1,200}\\]:[ \\t]))", "g");
      var OPENERS = SPELLED.openers.replace(/\\/g, "") + "\\";
      var TAG_ONLY = new RegExp("<(/?[A-Za-z][A-Za-z0-9-]{0,30})(?=[" + WS + "/>])[^<>]{0,4000}>", "y");
      var SIGN_AFTER_OPENER = new RegExp(SIGN, "y");
      var INVISIBLE_RUNS = new RegExp(INVISIBLE_ALL + "+", "y");
      var TAGS = new Map();
      var ATTRIBUTE = new RegExp("(?<![A-Za-z0-9_:\\-])([A-Za-z][A-Za-z0-9_:\\-]{0,60})[ \\t\\r\\n]{0,5}=[ \\t\\r\\n]{0,5}" +
        "(\"[^\"]*\"|'[^']*'|[^" + WS + "\"'>]+)", "g");
      var VISIBLE_ATTRIBUTE = new RegExp("^(?:" + MARKUP.visible_attributes.join("|") + ")$");
      var URL_ATTRIBUTES = MARKUP.url_attributes, INLINE_TAGS = MARKUP.inline_tags;
      var URL_EDGES = Array.from({ length: 0x21 }, function (_, i) { return String.fromCharCode(i); }).join("");
      var SPECIAL_SCHEME = new RegExp("(?<![A-Za-z0-9+.\\-])((?:" + SPECIAL_SCHEMES + "):)/*(?=[^/" + WS + "])", "g");
      var SHORTCODE = new RegExp("^(?:" + TEXT.shortcodes + ")$");
      var EMPHASIS = new RegExp(
        "\\*(?<![*\\\\]\\*)(?<star>\\*{0,2})(?![*" + WS + "])" +
        "(?=(?<s>[^*\\n]{1,4000})(?<![" + WS + "])\\*\\k<star>(?!\\*))" +
        "|~(?<![~\\\\]~)~(?![~" + WS + "])(?=(?<t>[^~\\n]{1,4000})(?<![" + WS + "])~~(?!~))" +
        "|`(?<![`\\\\]`)(?<tick>`{0,2})(?!`)(?=(?<c>[^`\\n]{1,4000})`\\k<tick>(?!`))" +
        "|_(?<=\\._)(?<u1>_{0,2})(?![_" + WS + "])(?=(?<a>[^_" + WS + "]{1,254})_\\k<u1>(?![A-Za-z0-9_]))" +
        "|_(?<![A-Za-z0-9_\\\\/@]_)(?<u2>_{0,2})(?![_" + WS + "])" +
        "(?=(?<b>[^_" + WS + "]{1,254})_\\k<u2>(?=@|\\.|://))", "g");
      var LATIN_AT = [], OTHER_AT = [], LATIN_DOT = [], OTHER_DOT = [];
      SPELLED.spaced_at.forEach(function (w) { if (py.isAscii(w)) LATIN_AT = LATIN_AT.concat(cases(w)); else OTHER_AT.push(w); });
      OTHER_AT.push("@");
      SPELLED.spaced_dot.forEach(function (w) { if (py.isAscii(w)) LATIN_DOT = LATIN_DOT.concat(cases(w)); else OTHER_DOT.push(w); });
      var SPELLED_AT = new RegExp("[ \\t]{1,3}(?:" + wordsPattern(LATIN_AT) + ")[ \\t]{1,3}" +
        "|[ \\t]{1,3}(?:" + wordsPattern(OTHER_AT) + ")[ \\t]{0,3}" +
        "|(?:" + wordsPattern(OTHER_AT) + ")[ \\t]{0,3}", "g");
      var SPELLED_DOT_PATTERN = "[ \\t]{1,3}(?:" + wordsPattern(LATIN_DOT) + ")[ \\t]{1,3}" +
        "|[ \\t]{0,3}(?:" + wordsPattern(OTHER_DOT) + ")[ \\t]{0,3}";
      var SPELLED_DOT = new RegExp(SPELLED_DOT_PATTERN, "g");
      var SPELLED_HINTS = LATIN_AT.map(function (w) { return " " + w + " "; })
        .concat(OTHER_AT.filter(function (w) { return w !== "@"; })).concat([" @", "@ "]);
      var LOCAL_END = /[A-Za-z0-9._%+-]{1,64}$/;
      var SPELLED_DOMAIN = new RegExp("[A-Za-z0-9-]{1,63}(?:(?:\\.|" + SPELLED_DOT_PATTERN + ")[A-Za-z0-9-]{1,63}){1,8}", "y");
      // Latin labels with a letter ("一点在线", "9点在线" are prose); any top-level domain.
      var HOST_LABEL = "(?=[A-Za-z0-9" + TEXT.intl + "-]*[A-Za-z" + TEXT.intl + "])[A-Za-z0-9" + TEXT.intl + "-]{1,63}";
      var SPELLED_HOST = new RegExp("(?<![A-Za-z0-9.@" + TEXT.intl + "-])" + HOST_LABEL +
        "(?:(?:\\.|" + SPELLED_DOT_PATTERN + ")" + HOST_LABEL + "){0,7}" +
        "(?:\\.|" + SPELLED_DOT_PATTERN + ")" +
        "(?:[A-Za-z" + TEXT.intl + "]{2,24}(?![A-Za-z0-9_" + TEXT.intl + "-])" +
        "|[" + TEXT.scripts + "]{2,24}(?![A-Za-z0-9_" + TEXT.intl + TEXT.scripts + "-]))", "g");
      var HOST_HINTS = LATIN_DOT.map(function (w) { return " " + w + " "; }).concat(OTHER_DOT);
      // Digit words in a sequence of two numbers or more are digits.
      var NUMBER_WORDS = {};
      Object.keys(G.numbers.number_words).forEach(function (word) {
        cases(word).forEach(function (c) { NUMBER_WORDS[c] = G.numbers.number_words[word]; });
      });
      var NUMBER_WORD = "(?<![A-Za-z])(?:" + wordsPattern(Object.keys(NUMBER_WORDS)) + ")(?![A-Za-z])";
      var NUMBER_TOKEN = "(?:" + NUMBER_WORD + "|[0-9]+)";
      var NUMBER_SEQUENCE = new RegExp(NUMBER_TOKEN + "(?:[ \\t,.-]{1,3}" + NUMBER_TOKEN + ")+", "g");
      var NUMBER_WORD_RE = new RegExp(NUMBER_WORD, "g");
      var DIRECTION_CHARS = TEXT.direction;
      var DIRECTION_MARKUP = [
        /&#(?:[xX]0{0,4}(?:202[a-eA-E]|206[6-9])(?![0-9a-fA-F])|0{0,3}(?:823[4-8]|829[4-7])(?![0-9]))/g,
        new RegExp("<[bB][dD][oO](?=[" + WS + "/>])", "g"),
        /-[oO][vV][eE][rR][rR][iI][dD][eE](?<=[bB][iI][dD][iI]-[oO][vV][eE][rR][rR][iI][dD][eE])/g
      ];

      function Cleaned(text, starts, origins, inner) {
        this.text = text; this.starts = starts; this.origins = origins; this.inner = inner || null;
      }
      Cleaned.prototype.origin = function (offset) {
        var k = py.bisectRight(this.starts, offset) - 1;
        var here = this.origins[k] + (offset - this.starts[k]);
        if (k + 1 < this.origins.length) here = Math.min(here, Math.max(this.origins[k], this.origins[k + 1] - 1));
        return this.inner ? this.inner.origin(here) : here;
      };

      function run(text) {
        var first = apply(text, firstPass(text, false), null);
        var plain = withoutEmphasis(first);
        if (SPELLED_HINTS.some(function (s) { return plain.text.indexOf(s) >= 0; })) plain = rewriteSpelled(plain);
        if (HOST_HINTS.some(function (s) { return plain.text.indexOf(s) >= 0; })) plain = rewriteSpelledHosts(plain);
        if (py.search(NUMBER_WORD_RE, plain.text) !== null) plain = rewriteNumberWords(plain);
        return plain;
      }

      function directionOverrides(text) {
        var found = [];
        if (Array.from(DIRECTION_CHARS).some(function (c) { return text.indexOf(c) >= 0; })) {
          for (var i = 0; i < text.length; i++) {
            if (DIRECTION_CHARS.indexOf(text[i]) >= 0) found.push([i, "U+" + text.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0")]);
          }
        }
        py.finditer(DIRECTION_MARKUP[0], text).forEach(function (m) {
          var value = m[0], hexadecimal = value[2] === "x" || value[2] === "X";
          var code = parseInt(hexadecimal ? value.slice(3) : value.slice(2), hexadecimal ? 16 : 10);
          found.push([m.index, "U+" + code.toString(16).toUpperCase().padStart(4, "0")]);
        });
        py.finditer(DIRECTION_MARKUP[1], text).forEach(function (m) { found.push([m.index, TEXT.direction_markup[0]]); });
        py.finditer(DIRECTION_MARKUP[2], text).forEach(function (m) { found.push([m.index - 4, TEXT.direction_markup[1]]); });
        return found.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0); });
      }

      function decodeEntity(value) {
        var tables = G.unicode.entities, decoded;
        if (value[1] !== "#") {
          decoded = tables.named[value.slice(1)];
          return decoded === undefined ? value : C.text.fold(decoded);
        }
        var hexadecimal = value[2] === "x" || value[2] === "X";
        var code = parseInt(py.rstrip(value.slice(hexadecimal ? 3 : 2), ";"), hexadecimal ? 16 : 10);
        var replaced = tables.numeric[code.toString(16)];
        if (replaced !== undefined) decoded = replaced;
        else if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) decoded = "\ufffd";
        else if (tables.dropped.some(function (r) { return r[0] <= code && code <= r[1]; })) decoded = "";
        else decoded = String.fromCodePoint(code);
        return C.text.fold(decoded);
      }

      function clean(fragment, markdown) {
        return apply(fragment, firstPass(fragment, true, markdown !== false), null).text;
      }

      function urlValue(value) {
        if (/[\\\t\n\r]/.test(value)) value = value.replace(/[\t\n\r]/g, "").replace(/\\/g, "/");
        value = py.strip(value, URL_EDGES);
        if (value.slice(0, 3) === "///") value = "//" + py.lstrip(value, "/");
        return value.indexOf(":") >= 0 ? value.replace(SPECIAL_SCHEME, "$1//") : value;
      }

      function groupOf(m) {
        for (var i = 0; i < GROUPS.length; i++) if (m.groups[GROUPS[i]] !== undefined) return GROUPS[i];
        return null;
      }

      function firstPass(text, nested, markdown) {
        if (markdown === undefined) markdown = true;
        var spans = [], pos = 0, trigger;
        while ((trigger = py.search(TRIGGER, text, pos)) !== null) {
          var at = trigger.index;
          var tag = text[at] === "<" ? py.match(TAG_ONLY, text, at) : null;
          if (tag !== null && !py.match(SIGN_AFTER_OPENER, text, at + 1)) {  // "<at>" is "@"
            var replacement = tagReplacement(tag[0], tag[1]);
            if (typeof replacement === "string") spans.push([at, at + tag[0].length, replacement]);
            else replacement.forEach(function (piece) { spans.push([at + piece[0], at + piece[1], piece[2]]); });
            pos = at + tag[0].length;
            continue;
          }
          var starts = [at];
          if (OPENERS.indexOf(text[at]) >= 0) {  // "[at]" may take spaces before it along
            var before = at;
            while (before > Math.max(pos, at - 3) && (text[before - 1] === " " || text[before - 1] === "\t")) before--;
            if (before < at) starts.unshift(before);
          }
          var m = null;
          for (var s = 0; s < starts.length; s++) if ((m = py.match(PASS_ONE, text, starts[s])) !== null) break;
          if (m === null) { pos = at + 1; continue; }
          var kind = groupOf(m);
          if (!markdown && kind === "escape") { pos = at + 1; continue; }  // HTML shows a backslash as written
          if (nested && (kind === "rlo" || kind === "link" || kind === "refdef")) {  // inside one: plain text
            var runs = kind === "rlo" ? py.match(INVISIBLE_RUNS, text, at) : null;
            if (runs) { spans.push([at, at + runs[0].length, ""]); pos = at + runs[0].length; }
            else pos = at + 1;
            continue;
          }
          var replaced = replaceOne(m, kind);
          if (replaced !== m[0]) spans.push([m.index, m.index + m[0].length, replaced]);
          pos = Math.max(m.index + m[0].length, at + 1);
        }
        return spans;
      }

      function apply(text, spans, inner) {
        if (!spans.length) return new Cleaned(text, [0], [0], inner);
        var parts = [], starts = [0], origins = [0], out = 0, last = 0;
        spans.forEach(function (span) {
          parts.push(text.slice(last, span[0]));
          out += span[0] - last;
          starts.push(out); origins.push(span[0]);
          parts.push(span[2]);
          out += span[2].length;
          starts.push(out); origins.push(span[1]);
          last = span[1];
        });
        parts.push(text.slice(last));
        return new Cleaned(parts.join(""), starts, origins, inner);
      }

      function replaceOne(m, kind) {
        var value = m[0];
        if (kind === "entity") return decodeEntity(value);
        if (kind === "rlo") {
          var runText = value[value.length - 1] === RLO_END ? value.slice(1, -1) : value.slice(1);
          var shown = clean(runText);
          return shown + " " + Array.from(shown).reverse().join("");
        }
        if (kind === "invisible") return "";
        if (kind === "stop") return ".";
        if (kind === "colon") return ":";
        if (kind === "compat") return C.text.fold(value);
        if (kind === "shortcode") return shortcodeDigit(value);
        if (kind === "bracket") {
          var inner = py.strip(value, " \t\\" + SPELLED.openers + SPELLED.closers).toLowerCase();
          return SPELLED.at.indexOf(inner) >= 0 ? "@" : ".";
        }
        if (kind === "escape") return value.replace(/\\(.)/g, "$1");
        if (kind === "link" || kind === "refdef") {
          var target = kind === "link" ? m.groups.target : m.groups.reftarget;
          var head = value.slice(0, value.length - target.length);
          var link = target[0] === "<" ? target.slice(1, -1) : target;
          return head + urlValue(clean(link));
        }
        if (kind === "comment") return " ".repeat(value.length);
        var replacement = tagReplacement(value, m.groups.name);
        if (typeof replacement === "string") return replacement;
        var out = "", last = 0;
        replacement.forEach(function (piece) { out += value.slice(last, piece[0]) + piece[2]; last = piece[1]; });
        return out;
      }

      function shortcodeDigit(value) {
        var m = SHORTCODE.exec(value), group = m.slice(1).filter(function (g) { return g !== undefined; })[0];
        return TEXT.shortcode_words[group] || group;
      }

      function attributeKind(name) {
        var lower = name.toLowerCase();
        if (URL_ATTRIBUTES.indexOf(lower) >= 0) return "url";
        return VISIBLE_ATTRIBUTE.test(lower) ? "text" : null;
      }

      function tagReplacement(tag, name) {
        var known = TAGS.get(tag);
        if (known !== undefined) return known;
        var values = [];
        py.finditer(ATTRIBUTE, tag, name.length + 1).forEach(function (attr) {
          var kind = attributeKind(attr[1]);
          if (kind === null) return;
          var start = attr.index + attr[0].length - attr[2].length, end = attr.index + attr[0].length;
          if (tag[start] === "\"" || tag[start] === "'") { start++; end--; }
          var value = clean(tag.slice(start, end), false);  // entities, invisible, compat forms
          if (kind === "url") value = urlValue(value);
          if (py.strip(value, WS)) values.push([start, end, value]);
        });
        var element = py.lstrip(name, "/").toLowerCase(), replacement;
        var end = MARKUP.paragraph_tags.indexOf(element) >= 0 ? "\n\n" : "\n";
        if (!values.length) replacement = INLINE_TAGS.indexOf(element) >= 0 ? "" : end === "\n\n" ? "\n\n" : " ";
        else if (tag.indexOf("\n") < 0) replacement = " " + values.map(function (v) { return v[2]; }).join(" ") + end;
        else replacement = tagPieces(tag, values, end);
        if (TAGS.size > 50000) TAGS.clear();
        TAGS.set(tag, replacement);
        return replacement;
      }

      function tagPieces(tag, values, closing) {
        var pieces = [], last = 0;
        values.forEach(function (v) {
          var start = v[0], end = v[1], value = v[2], raw = tag.slice(start, end);
          pieces.push([last, start, " "]);
          if (value !== raw) {
            if (raw.indexOf("\n") >= 0 && value.split("\n").length === raw.split("\n").length) {
              var at = start, rawLines = raw.split("\n"), lines = value.split("\n");
              rawLines.forEach(function (rawLine, i) {
                if (lines[i] !== rawLine) pieces.push([at, at + rawLine.length, lines[i]]);
                at += rawLine.length + 1;
              });
            } else {
              pieces.push([start, end, value]);
            }
          }
          last = end;
        });
        pieces.push([last, tag.length, closing]);
        return pieces;
      }

      function withoutEmphasis(first) {
        var text = first.text, spans = [], closing = {}, pos = 0, m;
        while ((m = py.search(EMPHASIS, text, pos)) !== null) {
          var at = m.index;
          if (closing[at] !== undefined) { pos = at + closing[at]; delete closing[at]; continue; }
          var width = m[0].length, g = m.groups;
          var content = [g.s, g.t, g.c, g.a, g.b].filter(function (x) { return x !== undefined; })[0];
          var partner = at + width + content.length;
          spans.push([at, at + width, ""], [partner, partner + width, ""]);
          closing[partner] = width;
          pos = at + width;
        }
        spans.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
        return spans.length ? apply(text, spans, first) : first;
      }

      function rewriteSpelled(first) {
        var text = first.text, spans = [];
        py.finditer(SPELLED_AT, text).forEach(function (at) {
          var atEnd = at.index + at[0].length;
          if (at[0] === "@" || (spans.length && at.index < spans[spans.length - 1][1])) return;
          var domain = py.match(SPELLED_DOMAIN, text, atEnd);
          if (domain === null) return;
          var local = LOCAL_END.exec(text.slice(Math.max(0, at.index - 64), at.index));
          if (local === null) return;
          var labels = domain[0].replace(SPELLED_DOT, ".").split(".");
          var spelledDot = py.search(SPELLED_DOT, domain[0]) !== null;
          if (!isTld(labels[labels.length - 1]) || (LATIN_AT.indexOf(py.strip(at[0], " \t")) >= 0 && !spelledDot)) return;
          spans.push([at.index - local[0].length, atEnd + domain[0].length, local[0] + "@" + labels.join(".")]);
        });
        return spans.length ? apply(text, spans, first) : first;
      }

      function rewriteNumberWords(first) {
        var text = first.text, spans = [];
        py.finditer(NUMBER_SEQUENCE, text).forEach(function (sequence) {
          var inner = sequence[0];
          py.finditer(NUMBER_WORD_RE, inner).forEach(function (word) {
            var at = sequence.index + word.index;
            spans.push([at, at + word[0].length, NUMBER_WORDS[word[0]]]);
          });
        });
        return spans.length ? apply(text, spans, first) : first;
      }

      function rewriteSpelledHosts(first) {
        var text = first.text, spans = [];
        py.finditer(SPELLED_HOST, text).forEach(function (host) {
          if (py.search(SPELLED_DOT, host[0]) === null) return;
          var labels = host[0].replace(SPELLED_DOT, ".").split(".");
          if (labels.every(function (l) { return l.length > 0; }) && isTld(labels[labels.length - 1])) {
            spans.push([host.index, host.index + host[0].length, labels.join(".")]);
          }
        });
        return spans.length ? apply(text, spans, first) : first;
      }

      return { Cleaned: Cleaned, deobfuscate: run, directionOverrides: directionOverrides, decodeEntity: decodeEntity };
    })();

    // ------------------------------------------------------------ keywords
    var keywords = (function () {
      var PHONE = "phone", CONTACT = "contact", NUMBER = "number";
      var KEYWORDS = G.keywords, PLATFORMS = G.handles.platforms;
      var WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
      var LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
      var JOINERS = "-.@#";
      function platformNames() { return Object.keys(PLATFORMS); }
      function kindOf(context) {
        if (context === PHONE) return Kind.PHONE;
        var entry = PLATFORMS[context];
        return entry && entry.kind ? entry.kind : null;
      }
      var WORDS = {};
      [NUMBER, CONTACT, PHONE].forEach(function (context) {
        byLanguage(KEYWORDS[context]).forEach(function (word) { WORDS[word.toLowerCase()] = context; });
      });
      Object.keys(PLATFORMS).forEach(function (name) {
        byLanguage(PLATFORMS[name].words).forEach(function (word) { WORDS[word.toLowerCase()] = name; });
      });
      var EXACT = {};
      Object.keys(PLATFORMS).forEach(function (name) { (PLATFORMS[name].exact || []).forEach(function (w) { EXACT[w] = name; }); });
      var SPACERS = new RegExp("[" + KEYWORDS.spacers + "]", "g");
      var BARE = {};
      Object.keys(WORDS).forEach(function (word) { BARE[word.replace(SPACERS, "")] = WORDS[word]; });
      function spaced(word) { return py.isAscii(word) ? word.length >= 4 : word.length >= 2; }
      function tokens(word) {
        var spacer = "[" + KEYWORDS.spacers + "]?", out = [];
        Array.from(word).forEach(function (c) {
          if (out.length && spaced(word)) out.push(spacer);
          out.push(escape(c));
        });
        if (!py.isAscii(word[0]) && py.isAscii(word[word.length - 1])) out.push("(?![a-z])");
        return out;
      }
      function alternation(words) { return new RegExp(C.grammar.triePattern(words.map(tokens)), "g"); }
      var ALL = alternation(Object.keys(WORDS));
      var PLATFORM = alternation(Object.keys(WORDS).filter(function (w) { return PLATFORMS[WORDS[w]] || WORDS[w] === CONTACT; }));
      var EXACT_RE = new RegExp(Object.keys(EXACT).sort(function (a, b) { return b.length - a.length || (a < b ? -1 : 1); }).map(escape).join("|"), "g");
      var LABELS_NUMBER = new RegExp(KEYWORDS.labels_number);

      function Keyword(start, end, context) { this.start = start; this.end = end; this.context = context; }

      function Keywords(text) { this.text = text; this.lower = py.asciiLower(text); this.lines = new Map(); }
      Keywords.prototype.platforms = function () {
        return this.find(PLATFORM, 0, this.text.length)
          .filter(function (k) { return PLATFORMS[k.context] || k.context === CONTACT; })
          .sort(function (a, b) { return a.start - b.start; });
      };
      Keywords.prototype.near = function (start, end, before, after) {
        before = before || KEYWORDS.before; after = after || KEYWORDS.after;
        var w = this.window(start, end, before, after);
        var previous = this.within(w[0], start);
        if (previous.length) return maxBy(previous, function (k) { return k.end; });
        var following = this.within(end, w[1]);
        return following.length ? minBy(following, function (k) { return k.start; }) : null;
      };
      Keywords.prototype.phoneNear = function (start, end) {
        var keyword = this.near(start, end);
        if (keyword === null || keyword.context !== NUMBER || keyword.start >= end) return keyword;
        if (this.labels(keyword, start)) return keyword;
        var reach = KEYWORDS.phone_reach;
        var lo = this.text.slice(0, start).lastIndexOf("\n");
        lo = lo >= Math.max(0, start - reach) ? lo + 1 : 0;
        lo = Math.max(lo, start - reach);
        var earlier = this.within(lo, keyword.start).filter(function (k) { return k.context !== NUMBER; });
        return earlier.length ? maxBy(earlier, function (k) { return k.end; }) : keyword;
      };
      Keywords.prototype.labels = function (keyword, start) {
        return py.fullmatch(LABELS_NUMBER, this.lower, keyword.end, start) !== null;
      };
      Keywords.prototype.platformNear = function (start, end) {
        var w = this.window(start, end, KEYWORDS.platform_before, KEYWORDS.platform_after);
        var notNumber = function (k) { return k.context !== NUMBER; };
        var previous = this.within(w[0], start).filter(notNumber);
        var following = this.within(end, w[1]).filter(notNumber);
        var best = previous.length ? maxBy(previous, function (k) { return k.end; }) : null;
        if (following.length) {
          var first = minBy(following, function (k) { return k.start; });
          if (best === null || first.start - end < start - best.end) best = first;
        }
        return best;
      };
      Keywords.prototype.endingAt = function (pos) {
        var found = this.within(Math.max(0, pos - 24), pos).filter(function (k) { return k.end === pos; });
        return found.length ? maxBy(found, function (k) { return k.end - k.start; }) : null;
      };
      Keywords.prototype.window = function (start, end, before, after) {
        var text = this.text, from = Math.max(0, start - before);
        var newline = text.slice(0, start).lastIndexOf("\n");
        var lo = Math.max(newline >= from ? newline + 1 : 0, start - before);
        var lineEnd = text.indexOf("\n", end);
        var hi = lineEnd >= 0 && lineEnd < end + after ? lineEnd : end + after;
        return [lo, hi];
      };
      Keywords.prototype.within = function (lo, hi) {
        if (lo >= hi) return [];
        var start = this.text.slice(0, lo).lastIndexOf("\n") + 1, found = this.lines.get(start);
        if (found === undefined) {
          var end = this.text.indexOf("\n", start);
          found = this.find(ALL, start, end < 0 ? this.text.length : end);
          this.lines.set(start, found);
        }
        return found.filter(function (k) { return lo <= k.start && k.end <= hi; });
      };
      Keywords.prototype.find = function (pattern, lo, hi) {
        var text = this.text, found = [];
        py.finditer(pattern, this.lower, lo, hi).forEach(function (m) {
          if (standsAlone(text, m.index, m.index + m[0].length, LETTERS)) {
            found.push(new Keyword(m.index, m.index + m[0].length, BARE[m[0].replace(SPACERS, "")]));
          }
        });
        if (EXACT_RE.source !== "(?:)") {
          py.finditer(EXACT_RE, text, lo, hi).forEach(function (m) {
            if (standsAlone(text, m.index, m.index + m[0].length, WORD_CHARS + "&")) {
              found.push(new Keyword(m.index, m.index + m[0].length, EXACT[m[0]]));
            }
          });
        }
        return found;
      };

      function maxBy(list, key) { return list.reduce(function (best, x) { return key(x) > key(best) ? x : best; }); }
      function minBy(list, key) { return list.reduce(function (best, x) { return key(x) < key(best) ? x : best; }); }

      function standsAlone(text, start, end, after) {
        if (!/[A-Za-z0-9]/.test(text[start])) return true;
        if (start > 0 && (WORD_CHARS.indexOf(text[start - 1]) >= 0 || JOINERS.indexOf(text[start - 1]) >= 0)) return false;
        if (end === text.length) return true;
        var following = text[end];
        if (after.indexOf(following) >= 0) return false;
        return !((following === "-" || following === ".") && end + 1 < text.length && LETTERS.indexOf(text[end + 1]) >= 0);
      }

      return {
        CONTACT: CONTACT, NUMBER: NUMBER, PHONE: PHONE, Keyword: Keyword, Keywords: Keywords,
        kindOf: kindOf, platformNames: platformNames, asciiLower: py.asciiLower
      };
    })();
    var CONTACT = keywords.CONTACT, NUMBER = keywords.NUMBER, PHONE = keywords.PHONE, kindOf = keywords.kindOf;

    // ------------------------------------------------------------ numbers
    var numbers = (function () {
      var N = G.numbers;
      var CHINESE = Object.keys(N.chinese_digits).join(""), LETTER_DIGITS = Object.keys(N.letter_digits).join("");
      var LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".split("")
        .filter(function (c) { return !(c in N.letter_digits); }).join("");
      var SEPARATORS = N.separators;
      var GAP = "[" + SEPARATORS + "]{0," + N.gap + "}";
      var BREAK = GAP + "\\r?\\n[" + SEPARATORS + ">]{0," + N.gap + "}";
      var DIGIT = "[0-9" + CHINESE + "]";
      var TOKEN = "(?:" + DIGIT + "|(?<![" + LETTERS + "])[" + LETTER_DIGITS + "](?![" + LETTERS + "]))";
      var REST = "(?=(?:(?:" + BREAK + "|" + GAP + ")" + TOKEN + "){4})" +
        "(?:" + GAP + TOKEN + "){0,80}(?:" + BREAK + TOKEN + "(?:" + GAP + TOKEN + "){0,80})?(?![A-Za-z_])";
      var RUN_AT = new RegExp("(?:\\+[ \\t]{0,2}|[(（][ \\t]{0,2})?" + DIGIT + REST);
      var RUN = new RegExp("[+(（0-9" + CHINESE + "](?<![A-Za-z0-9_.+/@#$\\-" + CHINESE + "].)" +
        "(?:(?<=[+(（])[ \\t]{0,2}" + DIGIT + "|(?<=[0-9" + CHINESE + "]))" + REST, "g");
      var TRAILING = new RegExp("[" + SEPARATORS + ">\\r\\n]+$");
      var TABLE = Object.assign({}, N.chinese_digits, N.letter_digits);
      var WHITESPACE = /[ \t]*\r?\n[ \t>]*|[ \t]+/g;
      var UNITS = new RegExp(N.units_spacing + "(?:" + byLanguage(N.units).join("|") + ")(?![a-z])", "y");
      var SHAPES = N.harmless.map(function (shape) {
        return [shape.name, new RegExp("^(?:" + shape.pattern + ")$"), shape.near_phone, !!shape.increasing];
      });
      var LIST_GAP = new RegExp(N.list_gap, "g");

      function Run(raw, folded, digits, letters) { this.raw = raw; this.folded = folded; this.digits = digits; this.letters = letters; }
      function readRun(found) {
        var raw = found.replace(TRAILING, "");
        var folded = Array.from(raw).map(function (c) { return TABLE[c] || c; }).join("").replace(WHITESPACE, " ");
        var digits = (folded.match(/[0-9]/g) || []).length;
        var letters = Array.from(raw).filter(function (c) { return LETTER_DIGITS.indexOf(c) >= 0; }).length;
        return new Run(raw, folded, digits, letters);
      }
      function unitFollows(followedBy) { UNITS.lastIndex = 0; return UNITS.test(followedBy); }
      function harmlessShape(folded, nearPhone) {
        for (var i = 0; i < SHAPES.length; i++) {
          var shape = SHAPES[i];
          if (nearPhone && !shape[2]) continue;
          if (shape[1].test(folded) && (!shape[3] || increasing(folded))) return shape[0];
        }
        return null;
      }
      function listParts(run) {
        var parts = [], last = 0;
        py.finditer(LIST_GAP, run.raw).forEach(function (gap) {
          if (gap.index > last) parts.push([last, gap.index]);
          last = gap.index + gap[0].length;
        });
        parts.push([last, run.raw.length]);
        if (parts.length < 2) return null;
        return parts.every(function (p) { return readRun(run.raw.slice(p[0], p[1])).digits >= N.min_digits; }) ? parts : null;
      }
      function increasing(folded) {
        var groups = (folded.match(/[0-9]+/g) || []).map(Number);
        for (var i = 1; i < groups.length; i++) if (!(groups[i - 1] < groups[i])) return false;
        return true;
      }
      return {
        RUN: RUN, RUN_AT: RUN_AT, Run: Run, readRun: readRun, unitFollows: unitFollows,
        harmlessShape: harmlessShape, listParts: listParts
      };
    })();

    // ------------------------------------------------------------ labels
    var labels = (function () {
      var L = G.labels, H = G.handles, PLATFORMS = H.platforms;
      var LABEL_WORDS = byLanguage(L.words);
      var LABEL_TOKEN = new RegExp("[ \\t]{1,8}|" + L.punctuation +
        "|(?:" + wordsPattern(LABEL_WORDS.filter(function (w) { return !py.isAscii(w); })) + ")" +
        "|(?:" + wordsPattern(LABEL_WORDS.filter(py.isAscii)) + ")(?![a-z0-9_\\-])");
      var LIST = new RegExp(L.list), ASIDE = new RegExp(L.aside), LINE_BREAK = new RegExp(L.line_break);
      var PROSE_NEXT = new RegExp(L.prose_next);
      var ID_SHAPE = {};
      Object.keys(PLATFORMS).forEach(function (name) {
        var entry = PLATFORMS[name];
        if (entry.id) ID_SHAPE[name] = new RegExp(entry.id + (entry.end || H.id_end));
      });
      ID_SHAPE[CONTACT] = new RegExp(H.contact_id + H.id_end);
      var CONTACT_KINDS = H.contact_kinds;

      function idsAfterKeywords(text, claims, words) {
        var lower = py.asciiLower(text), found = [];
        var list = words.platforms(), at = {};
        list.forEach(function (k) { at[k.start] = k; });
        var labelEnd = -1;
        list.forEach(function (keyword) {
          if (keyword.start < labelEnd || !ID_SHAPE[keyword.context]) return;
          var label = readLabel(text, lower, keyword, at);
          labelEnd = label.pos;
          var ids = idsAt(text, label.pos, label.contexts, label.delimited, false);
          for (var n = 0; n < L.list_items; n++) {
            if (!ids.length || !ids.every(function (c) { return claims.free(c.start, c.end); })) break;
            ids.forEach(function (c) { claims.take(c.start, c.end); found.push(c); });
            var separator = py.match(LIST, lower, Math.max.apply(null, ids.map(function (c) { return c.end; })));
            if (separator === null) break;
            ids = idsAt(text, separator.index + separator[0].length, label.contexts, false, true);
          }
        });
        return found;
      }

      function beginsId(text, keyword) {
        var after = text.slice(keyword.end, keyword.end + 1);
        if (after === "" || ID_RUN_ON.indexOf(after) < 0 || !py.isAscii(text[keyword.end - 1])) return false;
        var glued = py.match(GLUED_NUMBER, text, keyword.end);
        return glued === null || glued[0].replace(/[^0-9]/g, "").length < G.numbers.min_digits;
      }
      var ID_RUN_ON = "0123456789_", GLUED_NUMBER = /[0-9][0-9 ().\-]{0,24}/;

      function readLabel(text, lower, keyword, at) {
        var contexts = [keyword.context], pos = keyword.end, delimited = false, brokeLine = false;
        for (var i = 0; i < L.tokens; i++) {
          if (text.slice(pos, pos + 2) === "](") return { contexts: contexts, pos: pos, delimited: false };
          var first = text.slice(pos, pos + 1);
          var listed = L.list_start.indexOf(first.toLowerCase()) >= 0 && first !== "" ? py.match(LIST, lower, pos) : null;
          var other = at[listed ? listed.index + listed[0].length : pos];
          if (other && !beginsId(text, other)) {
            if (ID_SHAPE[other.context] && other.context !== CONTACT) {
              contexts = contexts.filter(function (c) { return c !== CONTACT; });
              if (contexts.indexOf(other.context) < 0) contexts.push(other.context);
            }
            pos = other.end; delimited = false;
            continue;
          }
          var aside = first === "(" || first === "（" ? py.match(ASIDE, text, pos) : null;
          var inside = aside ? idsAt(text, pos + 1, contexts, false, true) : [];
          if (aside !== null) {
            var asideEnd = pos + aside[0].length;
            if (inside.every(function (c) { return c.end !== asideEnd - 1; })) { pos = asideEnd; delimited = false; continue; }
          }
          var token = py.match(LABEL_TOKEN, lower, pos);
          if (token === null && delimited && !brokeLine) {
            var lineBreak = py.match(LINE_BREAK, text, pos);
            brokeLine = lineBreak !== null;
            if (lineBreak !== null) { pos += lineBreak[0].length; continue; }
          }
          if (token === null) break;
          var word = token[0];
          if (L.delimiters.indexOf(word) >= 0) delimited = true;
          else if (!Array.from(word).every(function (c) { return L.neutral.indexOf(c) >= 0; })) delimited = false;
          pos += word.length;
        }
        return { contexts: contexts.length ? contexts : [CONTACT], pos: pos, delimited: delimited };
      }

      function idsAt(text, pos, contexts, delimited, listItem) {
        var found = [], before = text.slice(Math.max(0, pos - 2), pos);
        var emphasis = before.length - py.rstrip(before, "_").length;
        contexts.forEach(function (context) {
          var m = py.match(ID_SHAPE[context], text, pos);
          if (m === null) return;
          var value = py.rstrip(m[0], ".");
          if (emphasis) value = value.slice(0, value.length - Math.min(emphasis, value.length - py.rstrip(value, "_").length));
          if (context === CONTACT) value = py.rstrip(value, "_");
          if (!value) return;
          var end = pos + value.length, after = pos + m[0].length;
          if (text[after] === "@" || text[after] === "." || H.prose.indexOf(py.lstrip(value.toLowerCase(), "@")) >= 0) return;
          if (value[0] === "@" && H.at_words.indexOf(value.slice(1).toLowerCase()) >= 0) return;  // "@everyone"
          if (context === CONTACT && !/[A-Za-z]/.test(value)) return;  // a number: read by its shape
          var kind = kindOf(context);
          if (kind === Kind.X && /^[0-9]+$/.test(value)) return;
          var named = context !== CONTACT;  // "evil.support" on LINE; "date.today" after "support:"
          var plain = !(value[0] === "@" || kind === Kind.QQ || looksLikeId(value, named));
          if (plain && (context === CONTACT || listItem || !delimited)) return;
          if (context === CONTACT && fileName(value)) return;
          if (plain && kind !== null && py.match(PROSE_NEXT, text, end)) return;
          found.push(candidateFor(pos, end, value, context, kind));
        });
        return found;
      }

      function candidateFor(start, end, value, context, kind) {
        if (context === CONTACT) return new Candidate(start, end, value, null, { kinds: CONTACT_KINDS, guessed: true });
        if (kind === null) return new Candidate(start, end, value, null, { platform: context });
        return new Candidate(start, end, value, kind);
      }
      function looksLikeId(value, named) {
        if (/[0-9_]/.test(value) || (named && /[.\-]/.test(value))) return true;
        if (/^[A-Z]{2,6}s$/.test(value)) return false;
        return /[A-Z]/.test(value.slice(1)) && /[a-z]/.test(value);
      }
      function fileName(value) {
        return value.indexOf(".") >= 0 && G.urls.file_endings.indexOf(value.slice(value.lastIndexOf(".") + 1).toLowerCase()) >= 0;
      }
      return { idsAfterKeywords: idsAfterKeywords };
    })();

    // ------------------------------------------------------------ extract
    var extract = (function () {
      var URLS = G.urls, TEXT = G.text, H = G.handles, N = G.numbers;
      var INTL = TEXT.intl, SCRIPTS = TEXT.scripts, CJK = TEXT.cjk, WS = " \t\n\r\f";
      var LABEL_CHAR = "[A-Za-z0-9" + INTL + SCRIPTS + "-]", LABEL = LABEL_CHAR + "{1,63}";
      var TOP = "(?:xn--[a-z0-9-]{1,59}|[A-Za-z" + INTL + SCRIPTS + "]{2,24})";
      var NOT_LABEL = "[A-Za-z0-9_" + INTL + SCRIPTS + "-]";
      var PROSE_BEFORE = new RegExp("[" + CJK + "]+(?=[A-Za-z0-9][A-Za-z0-9-]*\\.)");
      var CJK_CHAR = new RegExp("[" + CJK + "]");
      var SCHEME_BEFORE = /(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]{1,30}$/;
      var NOT_SPACE = new RegExp("[^" + WS + "]");
      var PROTOCOL_RELATIVE = new RegExp("//(?<![A-Za-z0-9:/]//)(?=[A-Za-z0-9" + INTL + SCRIPTS + "])", "g");
      var SPECIAL = G.urls.special;
      var SLASHES = /[\/\\]{1,8}/;
      var AUTHORITY = new RegExp("[^" + WS + "<>\"'`{}|\\\\^/?#\\u3000-\\u303f\\uff00-\\uffef]{1,255}");
      var URL_BODY = new RegExp("[^" + WS + "<>\"'`{}|\\\\^\\u3000-\\u303f" + CJK + "\\uff00-\\uffef]{1,4096}");
      var LOCAL_CHARS = "A-Za-z0-9._%+\\-" + INTL;
      var LOCAL_BEFORE = new RegExp("(?<![" + LOCAL_CHARS + "])[" + LOCAL_CHARS + "]{1,64}$");
      var QUOTED_BEFORE = new RegExp("(?<![" + LOCAL_CHARS + "\"])\"[^\"\\n]{1,64}\"$");
      var EMAIL_DOMAIN = new RegExp("(?:" + LABEL + "\\.){1,8}" + TOP + "|\\[[0-9A-Fa-f:.]{2,45}\\]");
      var SSH_PATH = /:[A-Za-z0-9~._\/\-]/;
      var DOMAIN = new RegExp(LABEL_CHAR + "(?<![A-Za-z0-9._@/\\\\\\-" + INTL + SCRIPTS + "].)" + LABEL_CHAR + "{0,62}\\." +
        "(?:" + LABEL + "\\.){0,7}" + TOP + "(?!" + NOT_LABEL + ")", "g");
      var DOMAIN_AT = new RegExp("(?:" + LABEL + "\\.){1,8}" + TOP + "(?!" + NOT_LABEL + ")");
      var PATH_AFTER_DOMAIN = /(?::[0-9]{1,5})?[\/?#]/, PATH_AFTER_ANY_DOMAIN = /(?::[0-9]{1,5})?\//;
      var HANDLE = /@(?<![A-Za-z0-9_.@\/+\-]@)(_{0,3}[A-Za-z][A-Za-z0-9_]{1,30})(?![A-Za-z0-9_@\/])/g;
      var NPM_SCOPE = new RegExp(H.npm_scope);
      var TRAILING = URLS.trailing, AMBIGUOUS = URLS.ambiguous_trailing;
      var BEFORE_NUMBER = "(?=[.\\-/]?[ \\t]{0,2}[+(（]?[0-9])";
      var GLUED = new RegExp("[A-Za-z](?<![A-Za-z0-9_\\-.@#].)[A-Za-z]{0,23}" + BEFORE_NUMBER + "|[" + CJK + "]" + BEFORE_NUMBER, "g");
      var MARK_AFTER = /[.\-\/]?[ \t]{0,2}/;
      var DIGIT = new RegExp("[0-9" + Object.keys(N.chinese_digits).join("") + "]");

      function run(text) {
        var claims = new Claims(text.length), words = new keywords.Keywords(text);
        var found = [].concat(links(text, claims), emails(text, claims), domains(text, claims),
          labels.idsAfterKeywords(text, claims, words), handlesIn(text, claims, words), phones(text, claims, words));
        return found.map(function (c, i) { return [c, i]; })
          .sort(function (a, b) { return a[0].start - b[0].start || a[1] - b[1]; })
          .map(function (pair) { return pair[0]; });
      }

      function links(text, claims) {
        var found = [], pos = 0, hit, end;
        while ((hit = scheme(text, pos)) !== null) {
          var lower = hit[2].toLowerCase(), slashes = py.match(SLASHES, text, hit[1]);
          if (URLS.opaque.indexOf(lower) >= 0) {
            var body = py.match(URL_BODY, text, hit[1]);
            end = body ? hit[1] + body[0].length : null;
          } else if (slashes !== null && (SPECIAL.indexOf(lower) >= 0 || slashes[0] === "//")) {
            end = urlEnd(text, hit[1] + slashes[0].length);
          } else {
            end = null;
          }
          if (end === null) { pos = hit[1]; continue; }
          pos = end;
          claims.take(hit[0], end);
          found.push(link(text, hit[0], end, ""));
        }
        py.finditer(PROTOCOL_RELATIVE, text).forEach(function (m) {
          var relativeEnd = urlEnd(text, m.index + 2);
          if (relativeEnd !== null && claims.free(m.index, relativeEnd)) {
            claims.take(m.index, relativeEnd);
            found.push(link(text, m.index, relativeEnd, "https:"));
          }
        });
        return found;
      }

      function urlEnd(text, at) {
        var authority = py.match(AUTHORITY, text, at);
        if (authority === null) return null;
        var end = at + authority[0].length;
        if (CJK_CHAR.test(authority[0])) end = tldEnd(text, at, end);
        if (end < text.length && "/?#".indexOf(text[end]) >= 0) {
          var body = py.match(URL_BODY, text, end);
          if (body) end += body[0].length;
        }
        return end;
      }

      function link(text, start, end, prefix) {
        var kept = trim(text, start, end, TRAILING), trimmed = trim(text, start, end, TRAILING + AMBIGUOUS);
        var also = trimmed !== kept ? prefix + text.slice(start, trimmed) : null;
        return new Candidate(start, kept, prefix + text.slice(start, kept), null, { also: also });
      }

      function trim(text, start, end, trailing) {
        while (end > start) {
          var last = text[end - 1];
          if (trailing.indexOf(last) >= 0 ||
              ((last === ")" || last === "]") && py.count(text, last, start, end) > py.count(text, last === ")" ? "(" : "[", start, end))) end--;
          else break;
        }
        return end;
      }

      function scheme(text, pos) {
        var colon = text.indexOf(":", pos);
        while (colon !== -1) {
          var m = py.search(SCHEME_BEFORE, text, Math.max(pos, colon - 31), colon);
          if (m !== null && py.match(NOT_SPACE, text, colon + 1)) return [m.index, colon + 1, m[0]];
          colon = text.indexOf(":", colon + 1);
        }
        return null;
      }

      function emailSpans(text) {
        var spans = [], pos = 0, at = text.indexOf("@");
        while (at !== -1) {
          var local = py.search(LOCAL_BEFORE, text, Math.max(pos, at - 64), at);
          if (local === null && text[at - 1] === "\"") local = py.search(QUOTED_BEFORE, text, Math.max(pos, at - 66), at);
          var domain = local !== null ? py.match(EMAIL_DOMAIN, text, at + 1) : null;
          if (local !== null && domain !== null) {
            spans.push([local.index, at + 1 + domain[0].length]);
            pos = at + 1 + domain[0].length;
            at = text.indexOf("@", pos);
          } else {
            at = text.indexOf("@", at + 1);
          }
        }
        return spans;
      }

      function emails(text, claims) {
        var found = [];
        emailSpans(text).forEach(function (span) {
          var start = span[0], end = span[1], address = text.slice(start, end);
          var local = py.rpartition(address, "@")[0];
          if (URLS.ssh_users.indexOf(local.toLowerCase()) >= 0 && py.match(SSH_PATH, text, end)) { claims.take(start, end); return; }
          var ending = address.slice(address.lastIndexOf(".") + 1).toLowerCase();
          if (URLS.image_endings.indexOf(ending) >= 0 || !claims.free(start, end)) return;
          claims.take(start, end);
          found.push(new Candidate(start, end, address, Kind.EMAIL));
        });
        return found;
      }

      function domains(text, claims) {
        var found = [];
        py.finditer(DOMAIN, text).forEach(function (m) {
          var mEnd = m.index + m[0].length;
          if (!claims.free(m.index, mEnd)) return;
          var prose = py.match(PROSE_BEFORE, text, m.index, mEnd);
          var start = prose ? m.index + prose[0].length : m.index, end = tldEnd(text, m.index, mEnd);
          if (!isAddress(text, start, end)) return;
          if (py.match(PATH_AFTER_DOMAIN, text, end)) {
            var body = py.match(URL_BODY, text, end);
            if (body) end = trim(text, start, end + body[0].length, TRAILING + AMBIGUOUS);
          }
          claims.take(m.index, end);
          found.push(new Candidate(start, end, text.slice(start, end), null));
        });
        return found;
      }

      function tldEnd(text, start, end) {
        var dot = text.slice(0, end).lastIndexOf(".");
        if (dot < start) dot = -1;
        var top = text.slice(dot + 1, end);
        if (isTld(top) || !CJK_CHAR.test(top)) return end;
        for (var size = top.length - 1; size > 1; size--) if (isTld(top.slice(0, size))) return dot + 1 + size;
        return end;
      }

      function isAddress(text, start, end) {
        var host = text.slice(start, end), parts = host.split("."), top = parts[parts.length - 1].toLowerCase();
        var marked = (parts[0].toLowerCase() === "www" && parts.length >= 3) || py.match(PATH_AFTER_ANY_DOMAIN, text, end) !== null;
        if (marked) return true;
        if (URLS.file_endings.indexOf(top) >= 0 || URLS.code_objects.indexOf(parts[0].toLowerCase()) >= 0) return false;
        return isTld(top);
      }

      function handlesIn(text, claims, words) {
        var found = [];
        py.finditer(HANDLE, text).forEach(function (m) {
          var end = m.index + m[0].length;
          if (H.at_words.indexOf(m[1].toLowerCase()) >= 0 || !claims.free(m.index, end)) return;
          if (py.match(NPM_SCOPE, text, m.index + 1)) return;  // "@types/node": a package
          var domain = text[end] === "." ? py.match(DOMAIN_AT, text, m.index + 1) : null;
          if (domain !== null) {
            var domainEnd = tldEnd(text, m.index + 1, m.index + 1 + domain[0].length);
            if (isAddress(text, m.index + 1, domainEnd)) {
              claims.take(m.index, domainEnd);
              found.push(new Candidate(m.index + 1, domainEnd, text.slice(m.index + 1, domainEnd), null));
            }
            return;
          }
          var keyword = words.platformNear(m.index, end);
          var context = keyword ? keyword.context : null, kind = context ? kindOf(context) : null;
          claims.take(m.index, end);
          if (kind === Kind.TELEGRAM || kind === Kind.X || kind === Kind.DISCORD) found.push(new Candidate(m.index, end, m[0], kind));
          else if (context !== null && kind === null && context !== CONTACT && context !== NUMBER) {
            found.push(new Candidate(m.index, end, m[0], null, { platform: context }));
          } else {
            found.push(new Candidate(m.index, end, m[0], null, { kinds: H.at_kinds, explicit: false }));
          }
        });
        return found;
      }

      function phones(text, claims, words) {
        var found = [];
        py.finditer(GLUED, text).forEach(function (glued) {
          var gluedEnd = glued.index + glued[0].length;
          var mark = py.match(MARK_AFTER, text, gluedEnd);
          var m = py.match(numbers.RUN_AT, text, mark ? gluedEnd + mark[0].length : gluedEnd);
          if (m === null || (m.index + m[0].length < text.length && py.match(DIGIT, text, m.index + m[0].length))) return;
          var keyword = words.endingAt(gluedEnd);
          if (keyword !== null) found = found.concat(phone(text, m.index, m[0], claims, words, keyword));
        });
        var longRunEnd = -1;
        py.finditer(numbers.RUN, text).forEach(function (m) {
          var start = m.index, end = start + m[0].length;
          var continues = end < text.length && py.match(DIGIT, text, end) !== null;
          if (continues || (longRunEnd >= 0 && start - longRunEnd <= 3 && py.strip(text.slice(longRunEnd, start), " .-/") === "")) {
            longRunEnd = end;
            return;
          }
          found = found.concat(phone(text, start, m[0], claims, words, null));
        });
        return found;
      }

      function phone(text, start, matched, claims, words, glued) {
        var runRead = numbers.readRun(matched), end = start + runRead.raw.length;
        if (!claims.free(start, end) || runRead.letters > runRead.digits) return [];
        if (runRead.digits < N.short_after_phone_word || numbers.unitFollows(words.lower.slice(end, end + 16))) return [];
        var international = runRead.folded[0] === "+" || (runRead.folded.slice(0, 2) === "00" && runRead.digits >= 10);
        if (!international && numbers.harmlessShape(runRead.folded, true)) return [];
        var keyword, labelled;
        if (glued !== null) {
          keyword = glued; labelled = true;
        } else {
          keyword = words.phoneNear(start, end);
          labelled = keyword !== null && keyword.end <= start && words.labels(keyword, start);
        }
        var context = keyword ? keyword.context : null;
        if (context === NUMBER) return [];
        var toldPhone = context !== null && context !== CONTACT && context !== "qq";
        if (runRead.digits < N.min_digits && !(toldPhone && labelled)) return [];
        if (!international && !toldPhone && numbers.harmlessShape(runRead.folded, false)) return [];
        var guessed = !international && (context === null || context === CONTACT);  // nothing says "phone"
        var parts = runRead.digits > N.max_digits ? numbers.listParts(runRead) : null;
        if (parts !== null) {
          return parts.reduce(function (all, p) {
            var piece = numbers.readRun(runRead.raw.slice(p[0], p[1])).raw;
            return all.concat(phoneCandidate(start + p[0], start + p[0] + piece.length, piece, claims, context, guessed));
          }, []);
        }
        return phoneCandidate(start, end, runRead.raw, claims, context, guessed);
      }

      function phoneCandidate(start, end, raw, claims, context, guessed) {
        claims.take(start, end);
        var kind = context ? kindOf(context) : null;
        if (context !== null && kind === null && context !== CONTACT && context !== NUMBER) {
          return [new Candidate(start, end, raw, null, { platform: context })];
        }
        var phoneKind = kind === Kind.WHATSAPP ? Kind.WHATSAPP : Kind.PHONE;
        return [new Candidate(start, end, raw, phoneKind, { guessed: guessed })];
      }

      return { extract: run };
    })();

    // ------------------------------------------------------------ judge
    var judge = (function () {
      var I = R.index, COMPARED = 128, ACTIVE = "active", RETIRED = "retired";
      function Judgement(verdict, contact, why, channelId) {
        this.verdict = verdict; this.contact = contact; this.why = why; this.channelId = channelId || null;
      }
      function judgeContact(contact, index) {
        if (URL_KINDS[contact.kind] && /^https:\/\//.test(contact.key)) return judgeSite(contact, index);
        return judgeValue(contact, index);
      }
      function unreadable(raw, kind, error, index, how) {
        var why = "unreadable contact: " + error.message + (how ? "; " + how : "");
        if (kind !== null && C.handles.handleKinds()[kind]) {
          var key = py.lstrip(py.strip(raw, " \t\n\r\x0b\x0c"), "@").toLowerCase();
          for (var i = 0; i < index.officialHandles.length; i++) {
            var official = index.officialHandles[i][0], channel = index.officialHandles[i][1];
            if (official === key && channel.kind !== kind) {
              var reason = why + "; " + raw + " is " + shown(channel) + ", our " + channel.kind + " channel, not an account on " + kind;
              return onOtherPlatform("unlisted", null, C.kinds.Contact(kind, key, raw), channel, reason, index);
            }
          }
        }
        return new Judgement("unlisted", null, why);
      }
      function shown(channel) {
        var value = channel.contact.display;
        if (URL_KINDS[channel.kind]) value = value.split("://").slice(-1)[0];
        return channel.id + " (" + value + ")";
      }
      function judgeSite(contact, index) {
        var ak = C.url.splitKey(contact.key), authority = ak[0], path = ak[1];
        var site = I.exactly(index.channelSites[authority] || [], path, C.url.keyQuery(contact.key));
        if (site !== null) return knownChannel(contact, site.entry, index);
        var host = py.partition(authority, ":")[0], domain = index.owner(host);
        if (domain !== null) {
          var active = (index.channelSites[authority] || []).filter(function (s) { return s.entry.status === ACTIVE; });
          var covering = I.longestUnder(active, path);
          if (covering !== null) return knownChannel(contact, covering.entry, index);
          var owner = ownerChannel(host, index);
          return new Judgement("official", contact, "on " + C.url.unicodeHost(domain) + ", a domain we own", owner ? owner.id : null);
        }
        var reference = I.longestUnder(index.referenceSites[authority] || [], path);
        if (reference !== null) return new Judgement("reference", contact, "registered reference " + reference.entry.id);
        var impostor = index.impostorHost(host);
        if (impostor !== null) return impostorJudgement(contact, impostor.reported_on, index);
        return lookalikeHost(contact, host, index) || unlisted(contact, index);
      }
      function judgeValue(contact, index) {
        var group = I.matchGroup(contact.kind), channels = index.byKey[group + " " + contact.key] || [], i;
        for (i = 0; i < channels.length; i++) {
          if (channels[i].status === ACTIVE && serves(channels[i].kind, contact.kind)) return knownChannel(contact, channels[i], index);
        }
        var impostor = index.impostorByKey[group + " " + contact.key];
        if (impostor) return impostorJudgement(contact, impostor.reported_on, index);
        for (i = 0; i < channels.length; i++) if (channels[i].status === RETIRED) return knownChannel(contact, channels[i], index);
        if (channels.length) {
          return new Judgement("unlisted", contact, shown(channels[0]) + " is a " + channels[0].kind + " channel, not " + contact.kind +
            instead(alternative(contact, index)), channels[0].id);
        }
        if (contact.kind === Kind.EMAIL) return judgeEmail(contact, index);
        if (C.handles.handleKinds()[contact.kind]) return lookalikeHandle(contact, index) || unlisted(contact, index);
        return unlisted(contact, index);
      }
      function ownerChannel(host, index) {
        var sites = index.registry.channels.filter(function (c) {
          return (index.activeByKind[c.kind] || []).indexOf(c) >= 0 && URL_KINDS[c.kind] && c.contact.key.indexOf("://") >= 0;
        });
        var hosts = sites.map(function (c) { return [py.partition(C.url.splitKey(c.contact.key)[0], ":")[0], c]; });
        var same = hosts.filter(function (h) { return h[0] === host; });
        if (same.length) return same[0][1];
        var domain = index.owner(host);
        for (var i = 0; i < hosts.length; i++) if (index.owner(hosts[i][0]) === domain) return hosts[i][1];
        return null;
      }
      function serves(channelKind, contactKind) {
        return channelKind === contactKind || (channelKind === Kind.WHATSAPP && contactKind === Kind.PHONE);
      }
      function knownChannel(contact, channel, index) {
        if (contact.key === channel.contact.key) contact = C.kinds.Contact(contact.kind, contact.key, channel.contact.display);  // shown as the registry writes it
        if (channel.status === ACTIVE) return new Judgement("official", contact, "official channel " + channel.id, channel.id);
        return new Judgement("retired", contact, channel.id + " was retired on " + (channel.retired_on || "?") +
          instead(alternative(contact, index, channel.kind)), channel.id);
      }
      function impostorJudgement(contact, reportedOn, index) {
        var other = alternative(contact, index);
        var result = new Judgement("impostor", contact, "reported impostor (" + reportedOn + ")" + instead(other), other ? other.id : null);
        result.reportedOn = reportedOn;
        return result;
      }
      function judgeEmail(contact, index) {
        var split = py.rpartition(contact.key, "@"), local = split[0], host = split[2];
        var impostor = index.impostorHost(host);
        if (impostor !== null) return impostorJudgement(contact, impostor.reported_on, index);
        if (index.isOurs(host)) {
          var emails = index.activeByKind[Kind.EMAIL] || [];
          for (var i = 0; i < emails.length; i++) {
            var official = py.rpartition(emails[i].contact.key, "@");
            if (official[2] === host && C.lookalike.looksLike(local, official[0])) return lookalike(contact, emails[i], "lookalike of");
          }
          return unlisted(contact, index);
        }
        return lookalikeHost(contact, host, index) || unlisted(contact, index);
      }
      function lookalikeHost(contact, host, index) {
        if (index.isOurs(host)) return null;
        var readable = C.url.unicodeHost(host), hostSkeleton = C.lookalike.skeleton(readable), i;
        var officialSkeletons = index.officialHosts.map(function (h) { return h[1]; });
        if (officialSkeletons.indexOf(hostSkeleton) >= 0) return lookalike(contact, closest(contact, index), "lookalike of");
        for (i = 0; i < index.officialHosts.length; i++) {
          var entry = index.officialHosts[i], padded = "." + hostSkeleton + ".", inner = "." + entry[1] + ".";
          if (padded.indexOf(inner) >= 0 && padded.slice(-inner.length) !== inner) {
            return lookalike(contact, entry[2], "hides " + C.url.unicodeHost(entry[0]) + " in", true);
          }
        }
        var parts = readable.split(".").slice(0, -1);
        var imitated = parts.some(function (label) {
          return index.officialNames.some(function (name) { return C.lookalike.looksLike(label, name[0]); });
        });
        if (imitated) return lookalike(contact, closest(contact, index), "lookalike of");
        var token = C.lookalike.brandTokenIn(readable, index.brandTokens);
        if (token !== null) return brand(contact, token, index);
        return null;
      }
      function lookalikeHandle(contact, index) {
        var same = index.officialHandles.filter(function (h) { return h[1].kind === contact.kind; });
        var other = index.officialHandles.filter(function (h) { return h[1].kind !== contact.kind; });
        var i;
        for (i = 0; i < same.length; i++) if (C.lookalike.looksLike(contact.key, same[i][0])) return lookalike(contact, same[i][1], "lookalike of");
        for (i = 0; i < other.length; i++) {
          if (other[i][0] === contact.key) {
            var reason = "named like " + shown(other[i][1]) + ", our " + other[i][1].kind + " channel, but on " + contact.kind + ", where it is not ours";
            return onOtherPlatform("lookalike", contact, contact, other[i][1], reason, index);
          }
        }
        var token = C.lookalike.brandTokenIn(contact.key, index.brandTokens);
        if (token !== null) return brand(contact, token, index);
        for (i = 0; i < other.length; i++) if (C.lookalike.looksLike(contact.key, other[i][0])) return lookalike(contact, other[i][1], "lookalike of");
        return null;
      }
      function lookalike(contact, channel, relation, suffix) {
        var why = suffix ? relation + " another domain; official: " + shown(channel) : relation + " " + shown(channel);
        return new Judgement("lookalike", contact, why, channel.id);
      }
      function brand(contact, token, index) {
        var other = alternative(contact, index);
        return new Judgement("lookalike", contact, "carries the brand name '" + token + "' but is not in the registry" + instead(other), other ? other.id : null);
      }
      function unlisted(contact, index) {
        return new Judgement("unlisted", contact, "not in the registry" + instead(alternative(contact, index)));
      }
      function onOtherPlatform(verdict, judged, wanted, channel, reason, index) {
        var other = alternative(wanted, index);
        return new Judgement(verdict, judged, reason + instead(other), other ? other.id : channel.id);
      }
      function instead(other) { return other === null ? "" : "; official " + other.kind + ": " + shown(other); }
      function alternative(contact, index, kind) {
        var wanted = kind || contact.kind;
        var candidates = index.registry.channels.filter(function (c) {
          return (index.activeByKind[c.kind] || []).indexOf(c) >= 0 && (URL_KINDS[wanted] ? URL_KINDS[c.kind] : c.kind === wanted);
        });
        if (!candidates.length) return null;
        var target = plain(contact);
        return maxFirst(candidates, function (c) { return resemblance(target, plain(c.contact)); });
      }
      function plain(contact) {
        return C.lookalike.skeleton(Array.from(contact.display.split("://").slice(-1)[0]).slice(0, COMPARED).join(""));
      }
      function resemblance(a, b) {
        a = Array.from(a); b = Array.from(b);
        return Math.min(sharedStart(a, b) + sharedStart(a.slice().reverse(), b.slice().reverse()), Math.max(a.length, b.length));
      }
      function sharedStart(a, b) {
        var n = Math.min(a.length, b.length);
        for (var i = 0; i < n; i++) if (a[i] !== b[i]) return i;
        return n;
      }
      function maxFirst(list, key) {
        var best = list[0], bestKey = key(best);
        for (var i = 1; i < list.length; i++) { var k = key(list[i]); if (k > bestKey) { best = list[i]; bestKey = k; } }
        return best;
      }
      function closest(contact, index) {
        var other = alternative(contact, index);
        if (other !== null) return other;
        var target = plain(contact);
        return maxFirst(index.officialHosts.map(function (h) { return h[2]; }), function (c) { return resemblance(target, plain(c.contact)); });
      }
      return { Judgement: Judgement, judge: judgeContact, shown: shown, unreadable: unreadable };
    })();

    // ------------------------------------------------------------ check
    var check = (function () {
      var MARKER = /\[\[(?:channel|registry):[^\[\]\n]{0,200}\]\]/g;
      var SEVERITY = ["impostor", "unsafe", "lookalike", "retired", "unlisted"];
      var PASSING = { official: 1, reference: 1, internal: 1 };
      var LOCAL_WHY = "an address on the reader's own machine or network, not a contact";
      function Hit(offset, raw, judgement) { this.offset = offset; this.raw = raw; this.judgement = judgement; }

      function Checker(index) { this.index = index; this.cache = new Map(); }
      Checker.prototype.checkText = function (text, region) {
        var self = this, cleaned = deobfuscate.deobfuscate(text.replace(MARKER, function (m) { return " ".repeat(m.length); }));
        var hits = [];
        extract.extract(cleaned.text).forEach(function (c) {
          var judgement = self.judge(c, region || null);
          if (judgement !== null) hits.push(new Hit(cleaned.origin(c.start), c.raw, judgement));
        });
        return hits;
      };
      Checker.prototype.judge = function (c, region) {
        var key = JSON.stringify([c.kind, c.kinds, c.raw, c.explicit, c.platform, c.also, c.guessed, region]);
        if (!this.cache.has(key)) this.cache.set(key, this.judgeOnce(c, region));
        return this.cache.get(key);
      };
      Checker.prototype.judgeOnce = function (c, region) {
        if (c.also !== null) {
          var self = this;
          return worst([c.raw, c.also].map(function (raw) { return self.readings(c, raw, region); }).filter(function (j) { return j !== null; }));
        }
        return this.readings(c, c.raw, region);
      };
      Checker.prototype.readings = function (c, raw, region) {
        if (c.kinds.length) {
          var self = this;
          var judged = c.kinds.map(function (k) { return self.read(c, raw, k, region); }).filter(function (j) { return j !== null; });
          var passing = judged.filter(function (j) { return PASSING[j.verdict]; });
          return passing.length ? passing[0] : worst(judged);
        }
        return this.read(c, raw, c.kind, region);
      };
      Checker.prototype.read = function (c, raw, kind, region) {
        var contact;
        try {
          if (c.platform !== null) {
            contact = platformContact(c.platform, raw, region);
          } else if (kind === null) {
            var found = C.normalize.linkContact(raw, region);
            if (found === null) return new judge.Judgement("internal", null, "a link inside this site");
            if (found.kind === Kind.WEBSITE && isLocalHost(host(found))) return new judge.Judgement("internal", found, LOCAL_WHY);
            contact = found;
          } else {
            contact = C.normalize.normalize(kind, raw, region);
          }
        } catch (error) {
          if (error instanceof C.errors.UnsafeLink) {
            return new judge.Judgement("unsafe", null, error.message + "; remove the link; link an official channel with [[channel:ID]]");
          }
          if (error instanceof C.errors.InvalidContact) {
            if (!c.explicit) return null;
            var result = judge.unreadable(raw, kind, error, this.index, how(c, kind));
            result.unreadable = true;
            return result;
          }
          throw error;
        }
        var judgement = judge.judge(contact, this.index);
        if (c.guessed && judgement.verdict === "unlisted") {
          var said = how(c, kind);
          if (said) return new judge.Judgement(judgement.verdict, judgement.contact, judgement.why + "; " + said, judgement.channelId);
        }
        return judgement;
      };

      function worst(judged) {
        var failing = judged.filter(function (j) { return !PASSING[j.verdict]; });
        if (failing.length) {
          return failing.reduce(function (best, j) { return SEVERITY.indexOf(j.verdict) < SEVERITY.indexOf(best.verdict) ? j : best; });
        }
        return judged.length ? judged[0] : null;
      }
      function platformContact(platform, value, region) {
        try {
          return C.handles.otherPlatformContact(platform, value);
        } catch (error) {
          if (!(error instanceof C.errors.InvalidContact)) throw error;
          var number = C.phone.normalizePhone(value, region);
          return C.kinds.Contact(Kind.OTHER_URL, platform + ":" + number.key, G.handles.platforms[platform].name + " " + number.display);
        }
      }
      function how(c, kind) {
        if (kind === Kind.PHONE || kind === Kind.WHATSAPP || c.platform !== null) return G.numbers.how;
        return c.guessed ? G.handles.how : null;
      }
      function host(contact) {
        var authority = C.url.splitKey(contact.key)[0];
        if (authority[0] === "[") return authority.slice(0, authority.indexOf("]") + 1);
        return py.partition(authority, ":")[0];
      }
      function ipv4(value) { return value.split(".").reduce(function (n, part) { return n * 256 + Number(part); }, 0); }
      var NETWORKS = G.urls.local_networks.map(function (cidr) {
        var parts = py.partition(cidr, "/"), first = ipv4(parts[0]);
        return [first, first + Math.pow(2, 32 - Number(parts[2])) - 1];
      });
      function isLocalHost(value) {
        if (G.urls.local_hosts.indexOf(value) >= 0 || /\.localhost$/.test(value)) return true;
        if (!/^[0-9]{1,3}(?:\.[0-9]{1,3}){3}$/.test(value) || value.split(".").some(function (p) { return Number(p) > 255; })) return false;
        var address = ipv4(value);
        return NETWORKS.some(function (n) { return n[0] <= address && address <= n[1]; });
      }
      return { Checker: Checker, Hit: Hit, isLocalHost: isLocalHost };
    })();

    return {
      candidate: candidate, deobfuscate: deobfuscate, keywords: keywords, numbers: numbers,
      labels: labels, extract: extract, judge: judge, check: check
    };
  }

  root.hcRead = build;
})(typeof window !== "undefined" ? window : globalThis);
