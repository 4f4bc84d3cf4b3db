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
