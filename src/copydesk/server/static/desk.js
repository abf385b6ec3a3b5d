// copydesk web desk: the only script. Highlights the source sentences behind a rewrite
// sentence, and follows a background job until its rewrite is ready. No inline script
// anywhere (the Content-Security-Policy allows scripts from this server only).
(function () {
  "use strict";

  function sourcesOf(el) {
    var ids = (el.getAttribute("data-src") || "").split(/\s+/).filter(Boolean);
    return ids.map(function (i) { return document.getElementById("src-" + i); }).filter(Boolean);
  }

  function clear(cls) {
    document.querySelectorAll("." + cls).forEach(function (n) { n.classList.remove(cls); });
  }

  function show(el, scroll) {
    clear("hl");
    clear("active");
    el.classList.add("active");
    var found = sourcesOf(el);
    found.forEach(function (n) { n.classList.add("hl"); });
    if (scroll && found.length) {
      var panel = document.querySelector("section.source");
      var first = found[0];
      if (panel && panel.scrollHeight > panel.clientHeight) {
        panel.scrollTop = first.offsetTop - panel.offsetTop - 40;
      } else if (first.scrollIntoView) {
        first.scrollIntoView({ block: "nearest" });
      }
    }
  }

  function restore() {
    var pinned = document.querySelector(".s.pinned");
    if (pinned) { show(pinned, false); } else { clear("hl"); clear("active"); }
  }

  function setupSentences() {
    document.querySelectorAll(".s[data-src]").forEach(function (el) {
      el.addEventListener("mouseenter", function () { show(el, false); });
      el.addEventListener("mouseleave", restore);
      el.addEventListener("focus", function () { show(el, true); });
      el.addEventListener("click", function () {
        var was = el.classList.contains("pinned");
        clear("pinned");
        if (!was) { el.classList.add("pinned"); show(el, true); } else { restore(); }
      });
      el.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); el.click(); }
      });
    });
  }

  function setupJob() {
    var box = document.getElementById("job");
    if (!box) { return; }
    var id = box.getAttribute("data-job");
    var order = ["queued", "fetching", "rewriting", "saving", "done"];
    function paint(job) {
      document.getElementById("job-status").textContent = job.status;
      document.getElementById("job-stage").textContent = job.stage;
      document.getElementById("job-elapsed").textContent = job.elapsed_seconds;
      var at = order.indexOf(job.stage);
      box.querySelectorAll("ol.stages li").forEach(function (li) {
        var i = order.indexOf(li.getAttribute("data-stage"));
        li.classList.toggle("now", i === at);
        li.classList.toggle("past", at >= 0 && i < at);
      });
    }
    function poll() {
      fetch("/api/v1/jobs/" + encodeURIComponent(id), { headers: { "accept": "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          if (job.error && !job.status) { throw new Error(job.error); }
          paint(job);
          if (job.status === "done" && job.rewrite_url) { window.location.assign(job.rewrite_url); return; }
          if (job.status === "failed") {
            var err = document.getElementById("job-error");
            err.textContent = job.error || "the job failed";
            err.hidden = false;
            return;
          }
          window.setTimeout(poll, 1000);
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    poll();
  }

  document.addEventListener("DOMContentLoaded", function () { setupSentences(); setupJob(); });
})();
