// The conversation page, live: messages go over the conversation websocket, replies stream in as they are
// written, corrections and feedback appear as they are ready. Without this file every action is a form post.
(function () {
  "use strict";

  var root = document.querySelector("[data-conversation-ws]");
  if (!root || !window.WebSocket) return;
  var list = document.getElementById("messages");
  var composer = document.querySelector("[data-composer]");
  var textarea = composer && composer.querySelector("textarea");
  var errors = composer && composer.querySelector("[data-errors]");
  var counter = composer && composer.querySelector("[data-counter]");
  var status = document.querySelector("[data-connection]");
  var csrf = document.querySelector("[name=csrfmiddlewaretoken]");
  var LIMIT = 2000;
  var socket = null;
  var opened = false;
  var retryDelay = 500;
  var pendingText = null;

  // --- rendering -----------------------------------------------------------------------------------

  function withToken(element) {
    // HTML pushed by the server was rendered without a request, so its forms carry no CSRF token.
    element.querySelectorAll("form[method=post]").forEach(function (form) {
      if (!form.querySelector("[name=csrfmiddlewaretoken]") && csrf) form.appendChild(csrf.cloneNode());
    });
    if (window.htmx) window.htmx.process(element);
    return element;
  }

  function fromHtml(html) {
    var template = document.createElement("template");
    template.innerHTML = html.trim();
    return withToken(template.content.firstElementChild);
  }

  function nearBottom() {
    return window.innerHeight + window.scrollY >= document.body.scrollHeight - 200;
  }

  function put(message) {
    var follow = nearBottom();
    var element = fromHtml(message.html);
    var existing = document.getElementById("message-" + message.id);
    if (existing) existing.replaceWith(element);
    else {
      var empty = list.querySelector("[data-empty]");
      if (empty) empty.remove();
      list.appendChild(element);
    }
    if (follow) element.scrollIntoView({ block: "end" });
    return element;
  }

  function replaceInner(id, html) {
    var target = document.getElementById(id);
    if (target) {
      target.innerHTML = html;
      withToken(target);
    }
  }

  // The stored state, fetched again after a reconnect or a gap in the stream. Events keep coming while the
  // page is fetched, and the fetched list replaces what they did: one that may be newer than the fetched page
  // (a reply finished, corrections arrived) makes the list be fetched once more when this fetch is in. A batch
  // needs no such care: a missing one shows as a gap in seq at the next batch, and every reply ends with an
  // event of its own.
  var resyncing = false;
  var missed = false;

  function resync() {
    if (resyncing) {
      missed = true;
      return;
    }
    resyncing = true;
    missed = false;
    fetch(window.location.href, { credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.getElementById("messages");
        if (fresh) {
          list.innerHTML = fresh.innerHTML;
          withToken(list);
        }
        var panel = page.getElementById("session-metrics");
        if (panel) replaceInner("session-metrics", panel.innerHTML);
        var scenario = page.getElementById("scenario-panel");
        if (scenario) replaceInner("scenario-panel", scenario.innerHTML);
      })
      .finally(function () {
        resyncing = false;
        if (missed) resync();
      });
  }

  function delta(event) {
    var element = document.getElementById("message-" + event.message_id);
    if (!element) return resync();
    var seq = parseInt(element.getAttribute("data-seq"), 10) || 0;
    if (event.seq <= seq) return; // already shown (a snapshot had it)
    if (event.seq > seq + 1) return resync(); // a batch went missing
    var follow = nearBottom();
    element.querySelector("[data-text]").appendChild(document.createTextNode(event.text));
    element.setAttribute("data-seq", String(event.seq));
    if (follow) element.scrollIntoView({ block: "end" });
  }

  function showErrors(fields) {
    if (!errors) return;
    errors.innerHTML = "";
    Object.keys(fields).forEach(function (field) {
      [].concat(fields[field]).forEach(function (text) {
        var item = document.createElement("li");
        item.textContent = text;
        errors.appendChild(item);
      });
    });
    errors.hidden = false;
    textarea.setAttribute("aria-invalid", "true");
    if (pendingText !== null && !textarea.value) textarea.value = pendingText;
    pendingText = null;
    textarea.focus();
  }

  var handlers = {
    "message.created": function (event) { put(event.message); },
    "reply.snapshot": function (event) { put(event.message); },
    "reply.delta": delta,
    "reply.done": function (event) { put(event.message); },
    "reply.error": function (event) { put(event.message); },
    "corrections.ready": function (event) { replaceInner("corrections-" + event.message_id, event.html); },
    "analysis.result": function (event) { replaceInner("analysis-" + event.message_id, event.html); },
    "analysis.session": function (event) { replaceInner("session-metrics", event.html); },
    "scenario.progress": function (event) { replaceInner("scenario-panel", event.html); },
    "conversation.deleted": function () { window.location.href = "/conversations/"; },
    error: function (event) { showErrors(event.fields || {}); },
  };

  // --- the socket ----------------------------------------------------------------------------------

  function connect() {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + window.location.host + root.getAttribute("data-conversation-ws"));
    socket.addEventListener("open", function () {
      // What happened while we were away, or between this page's render and the socket opening (a reply may
      // have finished in that moment).
      if (opened || list.querySelector('[data-status="streaming"]')) resync();
      opened = true;
      retryDelay = 500;
      status.textContent = "";
      root.setAttribute("data-live", "1");
    });
    socket.addEventListener("message", function (message) {
      var event = JSON.parse(message.data);
      if (resyncing && event.type !== "reply.delta") missed = true;
      if (event.type === "message.created" && event.message.role === "user" && pendingText !== null) {
        pendingText = null;
      }
      var handler = handlers[event.type];
      if (handler) handler(event);
    });
    socket.addEventListener("close", function () {
      root.removeAttribute("data-live");
      status.textContent = "Connection lost: reconnecting…";
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 10000);
    });
  }

  function live() {
    return socket && socket.readyState === WebSocket.OPEN;
  }

  // --- typing measurements (fluency) ---------------------------------------------------------------

  var timing = null;
  var lastKey = 0;
  var PAUSE_MS = 2000;

  function resetTiming() { timing = null; lastKey = 0; }

  function onKey(event) {
    var now = Date.now();
    if (!timing) timing = { started: now, keystrokes: 0, pauses: 0, longest_pause_ms: 0, deletions: 0 };
    if (lastKey) {
      var gap = now - lastKey;
      if (gap >= PAUSE_MS) timing.pauses += 1;
      timing.longest_pause_ms = Math.max(timing.longest_pause_ms, gap);
    }
    lastKey = now;
    timing.keystrokes += 1;
    if (event.key === "Backspace" || event.key === "Delete") timing.deletions += 1;
  }

  function measured() {
    if (!timing) return {};
    return {
      typing_ms: Date.now() - timing.started,
      keystrokes: timing.keystrokes,
      pauses: timing.pauses,
      longest_pause_ms: timing.longest_pause_ms,
      deletions: timing.deletions,
    };
  }

  function updateCounter() {
    if (!counter) return;
    var length = textarea.value.length;
    counter.textContent = length > LIMIT - 200 ? length + " / " + LIMIT : "";
    counter.className = length > LIMIT ? "over" : "";
  }

  if (composer) {
    textarea.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        composer.requestSubmit();
        return;
      }
      onKey(event);
    });
    textarea.addEventListener("input", updateCounter);
    composer.addEventListener("submit", function (event) {
      if (!live()) return; // a plain form post
      event.preventDefault();
      errors.hidden = true;
      textarea.removeAttribute("aria-invalid");
      pendingText = textarea.value;
      socket.send(JSON.stringify({ type: "message.send", text: textarea.value, timing: measured() }));
      textarea.value = "";
      resetTiming();
      updateCounter();
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.hasAttribute("data-stop-form") && live()) {
      event.preventDefault();
      var message = form.closest("[data-message-id]");
      socket.send(JSON.stringify({ type: "reply.stop", message_id: parseInt(message.getAttribute("data-message-id"), 10) }));
      form.querySelector("button").disabled = true;
    }
  });

  // --- translation on tap --------------------------------------------------------------------------

  var popover = document.querySelector("[data-popover]");
  var selected = null;

  function post(url, data) {
    var body = new URLSearchParams(data);
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrf ? csrf.value : "" },
      body: body,
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    });
  }

  function firstError(json) {
    var error = json.error || {};
    if (error.message) return error.message;
    var fields = error.fields || {};
    var key = Object.keys(fields)[0];
    return key ? [].concat(fields[key])[0] : "Something went wrong.";
  }

  function openPopover(text, message) {
    selected = { text: text, message: message };
    var sentence = message.querySelector("[data-text]").textContent;
    selected.context = sentence;
    popover.hidden = false;
    popover.querySelector("[data-popover-status]").innerHTML = '<span class="spinner" aria-hidden="true"></span> Translating “' + text.replace(/[<>&]/g, "") + "”…";
    popover.querySelector("[data-popover-translation]").textContent = "";
    popover.querySelector("[data-popover-gloss]").textContent = "";
    popover.querySelector("#popover-back").value = "";
    var id = message.getAttribute("data-message-id");
    post(root.getAttribute("data-translate-url").replace("/0/", "/" + id + "/"), { text: text }).then(function (result) {
      var statusLine = popover.querySelector("[data-popover-status]");
      if (!result.ok) {
        statusLine.textContent = firstError(result.json) + " You can still write the meaning yourself.";
        return;
      }
      statusLine.textContent = "“" + result.json.text + "”";
      popover.querySelector("[data-popover-translation]").textContent = result.json.translation;
      popover.querySelector("[data-popover-gloss]").textContent = result.json.gloss;
      popover.querySelector("#popover-back").value = result.json.translation;
    });
    popover.querySelector("#popover-back").focus();
  }

  function onSelect() {
    var selection = window.getSelection();
    var text = selection ? selection.toString().trim() : "";
    if (!text || text.length > 500) return;
    var node = selection.anchorNode && (selection.anchorNode.nodeType === 1 ? selection.anchorNode : selection.anchorNode.parentElement);
    var message = node && node.closest(".message-assistant [data-text]") && node.closest("[data-message-id]");
    if (message) openPopover(text, message);
  }

  if (popover) {
    list.addEventListener("mouseup", function () { setTimeout(onSelect, 0); });
    list.addEventListener("keyup", function (event) { if (event.shiftKey) onSelect(); });
    popover.querySelector("[data-popover-close]").addEventListener("click", function () { popover.hidden = true; });
    document.addEventListener("keydown", function (event) { if (event.key === "Escape") popover.hidden = true; });
    popover.querySelector("[data-popover-card]").addEventListener("submit", function (event) {
      event.preventDefault();
      if (!selected) return;
      var id = selected.message.getAttribute("data-message-id");
      var back = popover.querySelector("#popover-back").value;
      post(root.getAttribute("data-word-card-url").replace("/0/", "/" + id + "/"), {
        front: selected.text, back: back, context: selected.context,
      }).then(function (result) {
        popover.querySelector("[data-popover-status]").textContent = result.ok
          ? "Saved to review in “" + result.json.deck + "”."
          : firstError(result.json);
      });
    });
  }

  connect();
})();
