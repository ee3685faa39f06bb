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
