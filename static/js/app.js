// Progressive enhancements only: every page works without this file.
(function () {
  "use strict";

  // Live notices for the signed-in user (e.g. a new sign-in elsewhere), over the notifications websocket.
  function connectNotifications(url, attempt) {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + url);
    socket.onmessage = function (event) {
      var data = JSON.parse(event.data);
      var notice = document.createElement("p");
      notice.className = "notice notice-" + (data.level || "info");
      notice.textContent = data.text;
      document.getElementById("notices").appendChild(notice);
    };
    socket.onopen = function () { attempt = 0; };
    socket.onclose = function () {
      var delay = Math.min(30000, 1000 * Math.pow(2, attempt));
      setTimeout(function () { connectNotifications(url, attempt + 1); }, delay);
    };
  }

  // After a form comes back with errors, put keyboard and screen-reader users on the first one.
  function focusFirstError(root) {
    var field = root.querySelector('[aria-invalid="true"]');
    if (field) { field.focus(); return true; }
    var summary = root.querySelector(".errorlist.nonfield");
    if (summary) { summary.setAttribute("tabindex", "-1"); summary.focus(); return true; }
    return false;
  }

  // afterSettle fires on the new content, which is in the page even when the old one was replaced.
  // Without errors, the swap removed the button that had focus: move it to the confirmation instead,
  // unless the learner has already put the focus somewhere in the new content (a key pressed meanwhile).
  document.addEventListener("htmx:afterSettle", function () {
    if (focusFirstError(document)) return;
    var focused = document.activeElement;
    if (focused && focused !== document.body && focused.isConnected) return;
    var confirmation = document.querySelector("[data-focus-after-swap]");
    if (confirmation) confirmation.focus();
  });

  document.addEventListener("DOMContentLoaded", function () {
    focusFirstError(document);
    var url = document.body.dataset.notificationsUrl;
    if (url && "WebSocket" in window) connectNotifications(url, 0);

    // Suggest the browser's time zone where a form still has the default.
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document.querySelectorAll("select[data-detect-time-zone]").forEach(function (select) {
      if (select.value === "UTC" && zone && select.querySelector('option[value="' + zone + '"]')) select.value = zone;
    });

    // Show progress on slow form posts and prevent double submits.
    document.querySelectorAll("form[data-busy]").forEach(function (form) {
      form.addEventListener("submit", function () {
        var button = form.querySelector("button[type=submit]");
        if (button) { button.disabled = true; button.setAttribute("aria-busy", "true"); button.textContent = form.dataset.busy; }
      });
    });
  });
})();
