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

  document.addEventListener("DOMContentLoaded", function () {
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
