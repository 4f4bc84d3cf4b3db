/// The whole script: only improvements, every page works without it. Messages it shows come from the
/// page (data attributes written from `L`), so all text stays in one Swift file.
enum AppJS {
    static let text = """
    "use strict";
    (function () {
      function fold(s) {
        return s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
      }
      // Period and framework pickers: choosing is enough.
      document.querySelectorAll("select[data-autosubmit]").forEach(function (sel) {
        sel.addEventListener("change", function () { if (sel.form) sel.form.submit(); });
      });
      // Print buttons exist only for those who have this script.
      document.querySelectorAll("button[data-print]").forEach(function (b) {
        b.hidden = false;
        b.addEventListener("click", function () { window.print(); });
      });
      // A figure as officials write it: 85%, ~15%, 36,7%, 1.234, khoảng 20.
      var figure = /^\\s*(~|≈|khoảng|xấp xỉ)?\\s*-?(\\d{1,3}(\\.\\d{3})+|\\d+)([.,]\\d+)?\\s*%?\\s*$/i;
      document.querySelectorAll("input[data-figure]").forEach(function (input) {
        var out = document.getElementById(input.getAttribute("aria-describedby") || "");
        function check() {
          var v = input.value.trim();
          var bad = v !== "" && !figure.test(v);
          input.setAttribute("aria-invalid", bad ? "true" : "false");
          if (out) out.textContent = bad ? input.dataset.figure.replace("%@", v) : "";
        }
        input.addEventListener("blur", check);
        input.addEventListener("input", function () { if (input.getAttribute("aria-invalid") === "true") check(); });
      });
      // An upload shows how much of the file has gone (slow connections), then that it is being
      // checked; the page the server answers with replaces this one, as a plain post would.
      document.querySelectorAll("form[data-upload]").forEach(function (form) {
        form.addEventListener("submit", function (e) {
          if (!window.FormData || !window.XMLHttpRequest) return;
          e.preventDefault();
          var bar = form.querySelector("progress"), status = form.querySelector("[role=status]");
          var button = form.querySelector("button[type=submit]");
          if (button) button.disabled = true;
          if (bar) { bar.hidden = false; bar.value = 0; }
          var data = new FormData(form), poll = null, token = "";
          // The server counts the rows it has checked under a token only this page knows, and says so
          // while the upload waits for its answer (a large ledger takes minutes).
          if (form.dataset.progress && window.crypto && window.crypto.getRandomValues) {
            var bytes = new Uint8Array(16);
            window.crypto.getRandomValues(bytes);
            token = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
            data.append("progress_token", token);
          }
          function ask() {
            var p = new XMLHttpRequest();
            p.open("GET", form.dataset.progress + "?token=" + token);
            p.addEventListener("load", function () {
              if (p.status !== 200 || !poll) return;
              try { var r = JSON.parse(p.responseText); if (status && r.text) status.textContent = r.text; } catch (err) {}
            });
            p.send();
          }
          var xhr = new XMLHttpRequest();
          xhr.open("POST", form.action);
          xhr.upload.addEventListener("progress", function (ev) {
            if (!ev.lengthComputable) return;
            var pct = Math.round(ev.loaded * 100 / ev.total);
            if (bar) bar.value = pct;
            if (status) status.textContent = form.dataset.upload.replace("%@", pct);
          });
          xhr.upload.addEventListener("load", function () {
            if (bar) bar.removeAttribute("value");
            if (status) status.textContent = form.dataset.processing;
            if (token) poll = window.setInterval(ask, 1000);
          });
          xhr.addEventListener("loadend", function () { if (poll) { window.clearInterval(poll); poll = null; } });
          xhr.addEventListener("load", function () {
            if (xhr.responseURL && xhr.responseURL !== form.action) { window.location.assign(xhr.responseURL); return; }
            document.open(); document.write(xhr.responseText); document.close();
          });
          xhr.addEventListener("error", function () { form.submit(); });
          xhr.send(data);
        });
      });
      // Filter a table's rows as one types (the server-side filter works without this).
      document.querySelectorAll("input[data-filter]").forEach(function (input) {
        var table = document.getElementById(input.dataset.filter);
        if (!table) return;
        input.addEventListener("input", function () {
          var q = fold(input.value.trim());
          table.querySelectorAll("tbody tr").forEach(function (tr) {
            tr.hidden = q !== "" && fold(tr.dataset.name || tr.textContent).indexOf(q) < 0;
          });
        });
      });
    })();
    """
}
