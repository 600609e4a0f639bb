/* Service hours in the reader's own time zone, and whether a channel is staffed right now.
 * Fills each <span class="hc-hours" data-hc-tz data-hc-days data-hc-open data-hc-close>
 * written by helpcenter.registry_pages.hours; the page states the official hours without it.
 * A channel with data-hc-closed="queued" (email) takes messages at any time: outside its hours
 * it says when the reply comes, not "closed".
 * isOpen mirrors helpcenter.registry_pages.hours.is_open (tests/registry_pages). */
(function () {
  "use strict";

  var DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  var WORDS = {
    zh: {
      days: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
      everyDay: "每天", range: "{a}至{b}", sep: "、", nextDay: "（次日）",
      yours: "你的时间（{tz}）：", same: "你和官方在同一时区",
      open: "现在在线", closed: "现在休息", queued: "现在可以照常发送，值班时间内回复", dot: " · "
    },
    en: {
      days: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
      everyDay: "Every day", range: "{a}–{b}", sep: ", ", nextDay: " (next day)",
      yours: "Your time ({tz}): ", same: "you are in the official time zone",
      open: "Open now", closed: "Closed now", queued: "Send now; we reply during staffed hours", dot: " · "
    }
  };

  function parts(ms, tz) {
    var fmt = new Intl.DateTimeFormat("en-US", {
      timeZone: tz, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", weekday: "short"
    });
    var out = {};
    fmt.formatToParts(new Date(ms)).forEach(function (p) { out[p.type] = p.value; });
    return {
      year: +out.year, month: +out.month, day: +out.day, hour: +out.hour % 24,
      minute: +out.minute, weekday: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(out.weekday)
    };
  }

  function offset(ms, tz) {
    var p = parts(ms, tz);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(ms / 60000) * 60000;
  }

  // The instant a wall-clock time in tz happens (the later one across a DST change).
  function instant(y, m, d, minutes, tz) {
    var guess = Date.UTC(y, m - 1, d, 0, minutes);
    var first = guess - offset(guess, tz);
    var second = guess - offset(first, tz);
    return second;
  }

  function minutesOf(hhmm) {
    var pieces = hhmm.split(":");
    return +pieces[0] * 60 + +pieces[1];
  }

  function spec(el) {
    return {
      tz: el.getAttribute("data-hc-tz"),
      days: el.getAttribute("data-hc-days").split(" "),
      open: el.getAttribute("data-hc-open"),
      close: el.getAttribute("data-hc-close")
    };
  }

  function isOpen(s, when) {
    var p = parts(when.getTime(), s.tz);
    var now = p.hour * 60 + p.minute;
    var open = minutesOf(s.open), close = minutesOf(s.close);
    var today = DAYS[p.weekday], yesterday = DAYS[(p.weekday + 6) % 7];
    if (close > open) return s.days.indexOf(today) >= 0 && now >= open && now < close;
    return (s.days.indexOf(today) >= 0 && now >= open) ||
      (s.days.indexOf(yesterday) >= 0 && now < close);
  }

  function hhmm(p) {
    return (p.hour < 10 ? "0" : "") + p.hour + ":" + (p.minute < 10 ? "0" : "") + p.minute;
  }

  function describeDays(indexes, w) {
    indexes = indexes.slice().sort();
    if (indexes.length === 7) return w.everyDay;
    // A run may wrap past Sunday once hours move to another zone: Sun–Thu.
    for (var i = 0; indexes.length > 2 && i < indexes.length; i++) {
      var first = indexes[i], run = true;
      for (var k = 0; k < indexes.length; k++) run = run && indexes.indexOf((first + k) % 7) >= 0;
      if (run) {
        var last = (first + indexes.length - 1) % 7;
        return w.range.replace("{a}", w.days[first]).replace("{b}", w.days[last]);
      }
    }
    return indexes.map(function (d) { return w.days[d]; }).join(w.sep);
  }

  // The official week (around `when`) seen from readerTz, grouped by equal local times.
  function localSchedule(s, readerTz, when, lang) {
    var w = WORDS[lang] || WORDS.en;
    var here = parts(when.getTime(), s.tz);
    var monday = Date.UTC(here.year, here.month - 1, here.day) - here.weekday * 86400000;
    var groups = {}, order = [];
    s.days.forEach(function (day) {
      var date = new Date(monday + DAYS.indexOf(day) * 86400000);
      var y = date.getUTCFullYear(), m = date.getUTCMonth() + 1, d = date.getUTCDate();
      var open = minutesOf(s.open), close = minutesOf(s.close);
      var start = instant(y, m, d, open, s.tz);
      var end = instant(y, m, d, close + (close <= open ? 1440 : 0), s.tz);
      var a = parts(start, readerTz), b = parts(end, readerTz);
      var next = Date.UTC(b.year, b.month - 1, b.day) > Date.UTC(a.year, a.month - 1, a.day);
      var key = hhmm(a) + "–" + hhmm(b) + (next ? w.nextDay : "");
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push(a.weekday);
    });
    return order.map(function (key) { return describeDays(groups[key], w) + " " + key; }).join(w.sep);
  }

  function lang() {
    return (document.documentElement.lang || "zh").slice(0, 2) === "zh" ? "zh" : "en";
  }

  function render(el, when) {
    var s = spec(el), l = lang(), w = WORDS[l];
    var readerTz = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    var text = readerTz === s.tz ? w.same : w.yours.replace("{tz}", readerTz) + localSchedule(s, readerTz, when, l);
    var open = isOpen(s, when), queued = el.getAttribute("data-hc-closed") === "queued";
    var state = document.createElement("strong");
    var name = open ? "open" : queued ? "queued" : "closed";
    state.className = "hc-state hc-state--" + name;
    state.textContent = w[name];
    var local = document.createElement("span");
    local.className = "hc-hours__local";
    local.textContent = text;
    el.textContent = "";
    el.appendChild(state);
    el.appendChild(document.createTextNode(w.dot));
    el.appendChild(local);
  }

  function renderAll() {
    var now = new Date();
    document.querySelectorAll(".hc-hours[data-hc-tz]").forEach(function (el) { render(el, now); });
  }

  window.hcHours = { isOpen: isOpen, localSchedule: localSchedule };
  renderAll();
  setInterval(renderAll, 60000);
})();
