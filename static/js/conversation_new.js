// The start form: the topic field follows the chosen mode (its label, and whether it is needed).
(function () {
  "use strict";
  var topic = document.getElementById("id_topic");
  if (!topic) return;
  var label = document.querySelector("label[for=id_topic]");
  var row = topic.closest("div");

  function update() {
    var mode = document.querySelector("input[name=mode]:checked");
    var needs = mode && mode.getAttribute("data-needs-topic") === "1";
    row.hidden = !needs;
    topic.required = needs;
    if (needs) label.textContent = mode.getAttribute("data-topic-label") || "Topic";
  }

  document.querySelectorAll("input[name=mode]").forEach(function (radio) { radio.addEventListener("change", update); });
  update();
})();
