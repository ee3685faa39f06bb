// Progressive enhancement only: every page works without this file.
// A click on "Load and play here" swaps the facade for the provider's player. Until then the
// page has made no request to the provider.
(function () {
  "use strict";
  document.querySelectorAll(".embed[data-player]").forEach(function (figure) {
    var player = figure.getAttribute("data-player");
    var button = figure.querySelector(".embed-load");
    if (!player || !button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = player;
      frame.title = figure.querySelector(".embed-title").textContent;
      frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      frame.referrerPolicy = "no-referrer";
      figure.replaceChildren(frame);
    });
  });
})();

// Appeals: refresh the count every 15 seconds from the small cacheable count.json.
(function () {
  "use strict";
  var tally = document.querySelector(".tally[data-count-url]");
  if (!tally || !window.fetch) return;
  var total = tally.querySelector(".tally-total");
  var meter = tally.querySelector("meter");
  // Grouped as the page prints it (freethem/core/numerals.py): 3.077 in Spanish too.
  var format = new Intl.NumberFormat(document.documentElement.lang, { useGrouping: "always" });
  function refresh() {
    fetch(tally.getAttribute("data-count-url"), { credentials: "omit" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) return;
        total.textContent = format.format(data.total);
        if (meter) meter.value = data.total;
      })
      .catch(function () {});
  }
  setInterval(function () { if (!document.hidden) refresh(); }, 15000);
})();

// Letter-writing: the mail button carries the letter as the visitor edited it, and a copy
// button appears. Nothing is sent to this site.
(function () {
  "use strict";
  document.querySelectorAll("[data-letter]").forEach(function (box) {
    var subject = box.querySelector("[name=subject]");
    var body = box.querySelector("[name=body]");
    var send = box.querySelector("[data-letter-send]");
    var copy = box.querySelector("[data-letter-copy]");
    var copied = box.querySelector("[data-letter-copied]");
    if (send) {
      send.addEventListener("click", function () {
        send.href = "mailto:" + box.getAttribute("data-mailto-to") +
          "?subject=" + encodeURIComponent(subject.value) +
          "&body=" + encodeURIComponent(body.value);
      });
    }
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(subject.value + "\n\n" + body.value).then(function () {
          copied.hidden = false;
        });
      });
    }
  });
})();

// Share: the address field is selected whole when focused, and a copy button appears.
(function () {
  "use strict";
  document.querySelectorAll("[data-share-address]").forEach(function (field) {
    var box = field.parentNode;
    var copy = box.querySelector("[data-share-copy]");
    var copied = box.querySelector("[data-share-copied]");
    field.addEventListener("focus", function () { field.select(); });
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(field.value).then(function () { copied.hidden = false; });
      });
    }
  });
})();

// A form sent back for corrections: its summary of what to correct takes the focus, so that it
// is read first and Tab leads on to its links. Without this file, role="alert" announces it.
(function () {
  "use strict";
  var summary = document.querySelector(".error-summary");
  if (summary) summary.focus();
})();
