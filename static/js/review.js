// The review session, faster: the answer is revealed without a round trip, keys grade, and a grade comes
// back with the next card in one round trip (htmx swaps #review-session). Without this file the same page
// works with plain form posts.
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
    if (answer) {
      if (window.htmx) window.htmx.process(answer);  // the grade form came from a template: let htmx see it
      answer.focus();
    }
  }

  // Typing in a field keeps its meaning; so does Space on a focused control (it presses it).
  function typing(target) {
    return target.closest && target.closest("input, textarea, select, [contenteditable]");
  }
  function control(target) {
    return target.closest && target.closest("button, a, summary, audio, label");
  }

  var submitting = false;

  // In the capture phase: before htmx reads the form, so that it sends the measured duration.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.matches("[data-reveal-form]")) {
      event.preventDefault();
      reveal();
    } else if (form.matches("[data-grade-form]")) {
      if (submitting) {  // a second key press while the first grade is on its way
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      submitting = true;
      var duration = form.querySelector("[data-duration]");
      if (duration) duration.value = String(Date.now() - shownAt);
      form.querySelectorAll("button").forEach(function (button) { button.setAttribute("aria-disabled", "true"); });
    }
  }, true);

  function sessionSwapped(event) {
    return event.detail && event.detail.target && event.detail.target.id === "review-session";
  }

  // A refused grade (400) comes back as the session part with its message: show it like any answer.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (sessionSwapped(event) && event.detail.xhr.status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // The next card is in: time it from now, take keys again, show the key hint (app.js moves the focus).
  document.addEventListener("htmx:afterSwap", function () {
    if (!document.querySelector("[data-review-session]")) return;
    shownAt = Date.now();
    submitting = false;
    showKeyHint();
  });

  // A failed request (network, server error) leaves the card in place: let the learner grade it again.
  document.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail && !event.detail.successful) {
      submitting = false;
      document.querySelectorAll("[data-grade-form] button").forEach(function (button) {
        button.removeAttribute("aria-disabled");
      });
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

  function showKeyHint() {
    var hint = document.querySelector("[data-key-hint]");
    if (hint && document.querySelector("[data-review]")) hint.hidden = false;
  }

  document.addEventListener("DOMContentLoaded", showKeyHint);
})();
