// The review session, faster: the answer is revealed without a round trip, and keys grade.
// Without this file the same page works with plain form posts.
(function () {
  "use strict";

  var shownAt = Date.now();

  function revealed() {
    return document.querySelector("[data-grade-form]") !== null;
  }

  function reveal() {
    var form = document.querySelector("[data-reveal-form]");
    var template = document.getElementById("answer-template");
    if (!form || !template) return;
    form.replaceWith(template.content.cloneNode(true));
    template.remove();
    var answer = document.getElementById("answer");
    if (answer) answer.focus();
  }

  // Typing in a field keeps its meaning; so does Space on a focused control (it presses it).
  function typing(target) {
    return target.closest && target.closest("input, textarea, select, [contenteditable]");
  }
  function control(target) {
    return target.closest && target.closest("button, a, summary, audio, label");
  }

  var submitting = false;

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.matches("[data-reveal-form]")) {
      event.preventDefault();
      reveal();
    } else if (form.matches("[data-grade-form]")) {
      if (submitting) {  // a second key press while the first grade is on its way
        event.preventDefault();
        return;
      }
      submitting = true;
      var duration = form.querySelector("[data-duration]");
      if (duration) duration.value = String(Date.now() - shownAt);
      form.querySelectorAll("button").forEach(function (button) { button.setAttribute("aria-disabled", "true"); });
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || typing(event.target)) return;
    if (event.key === " " && !revealed() && !control(event.target)) {
      event.preventDefault();
      reveal();
    } else if (/^[1-4]$/.test(event.key) && revealed()) {
      var button = document.querySelector('[data-grade-form] button[data-rating="' + event.key + '"]');
      if (button) {
        event.preventDefault();
        button.click();
      }
    }
  });

  window.addEventListener("pageshow", function () { submitting = false; });

  document.addEventListener("DOMContentLoaded", function () {
    var hint = document.querySelector("[data-key-hint]");
    if (hint && document.querySelector("[data-review]")) hint.hidden = false;
  });
})();
