// Upload progress for the "Import from Anki" form. Without this file the form posts as usual.
(function () {
  "use strict";

  function start(form, event) {
    var input = form.querySelector('input[type="file"]');
    var file = input && input.files[0];
    var max = input ? Number(input.dataset.maxBytes) : 0;
    if (!file || (max && file.size > max)) return; // the server says what is wrong, in the form
    event.preventDefault();
    var box = form.querySelector(".upload-progress");
    var bar = box.querySelector("progress");
    var status = box.querySelector("[data-upload-status]");
    box.hidden = false;
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.upload.onprogress = function (e) {
      if (!e.lengthComputable) return;
      var percent = Math.round((100 * e.loaded) / e.total);
      bar.value = percent;
      status.textContent = "Uploading… " + percent + " %";
    };
    xhr.upload.onload = function () {
      bar.removeAttribute("value"); // indeterminate while the server imports
      status.textContent = "Uploaded. Importing the cards…";
    };
    xhr.onload = function () {
      // show the page the server answered: the decks with the summary, or the form with its errors
      if (xhr.responseURL && xhr.responseURL !== location.href) history.replaceState(null, "", xhr.responseURL);
      document.open();
      document.write(xhr.responseText);
      document.close();
    };
    xhr.onerror = function () {
      status.textContent = "The upload failed. Check your connection and try again.";
      var button = form.querySelector("button[type=submit]");
      if (button) { button.disabled = false; button.removeAttribute("aria-busy"); button.textContent = "Import"; }
    };
    xhr.send(new FormData(form));
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-upload-progress]").forEach(function (form) {
      form.addEventListener("submit", function (event) { start(form, event); });
    });
  });
})();
