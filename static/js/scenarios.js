// Scenario pages. Starting in a language the scenario has no words for yet waits for the AI to write them: the
// button says so while the page waits.
(function () {
  "use strict";

  document.querySelectorAll("form[data-busy]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var note = form.querySelector("[data-busy-note]");
      if (note) note.hidden = false;
      form.querySelector("button[type=submit]").disabled = true;
    });
  });
})();
