// vnreport analyze --format html: the side panel. Hovering a mark shows its entity (and the entities
// it sits in) with the normalised values; a click pins it; `#a1-m5` in the address pins the 5th mark
// of the first article. Everything is written with textContent: no string from the input becomes markup.
"use strict";
(function () {
  var kinds = JSON.parse(document.getElementById("kinds").textContent);

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function chain(mark, root) {
    var marks = [];
    for (var m = mark; m && m !== root; m = m.parentElement) {
      if (m.matches("mark.m")) marks.push(m);
    }
    return marks;
  }

  function entry(entities, id, written, role) {
    var e = entities[id];
    var box = el("div", "entity k-" + e[0]);
    box.appendChild(el("h4", "", kinds[e[0]] + (role ? " (" + role + ")" : "") + ": " + e[1]));
    var dl = el("dl", "fields");
    e[2].forEach(function (pair) {
      dl.appendChild(el("dt", "", pair[0]));
      dl.appendChild(el("dd", "", pair[1]));
    });
    box.appendChild(dl);
    if (written !== undefined) box.appendChild(el("p", "written", "as written: “" + written + "”"));
    return box;
  }

  function setup(article) {
    var entities = JSON.parse(article.querySelector("script.entities").textContent);
    var text = article.querySelector(".text");
    var panel = article.querySelector("aside.panel");
    var pinned = null;

    function show(mark) {
      panel.replaceChildren();
      var marks = chain(mark, text);
      marks.forEach(function (m) {
        panel.appendChild(entry(entities, +m.dataset.id, m.textContent, m.classList.contains("title") ? "title" : ""));
        (m.dataset.x ? m.dataset.x.split(" ") : []).forEach(function (id) {
          var crossing = entry(entities, +id);
          crossing.insertBefore(el("p", "pin", "overlaps the mark above (not marked in the text)"), crossing.firstChild);
          panel.appendChild(crossing);
        });
      });
      panel.appendChild(el("p", "pin", pinned ? "pinned: click the mark again to release" : "click to pin"));
    }

    function pin(mark) {
      if (pinned) pinned.classList.remove("current");
      pinned = mark === pinned ? null : mark;
      if (pinned) pinned.classList.add("current");
      show(mark);
    }

    text.addEventListener("mouseover", function (event) {
      var mark = event.target.closest("mark.m");
      if (mark && !pinned) show(mark);
    });
    text.addEventListener("click", function (event) {
      var mark = event.target.closest("mark.m");
      if (mark) pin(mark);
    });
    return function (n) {
      var mark = text.querySelectorAll("mark.m")[n];
      if (mark) pin(mark);
    };
  }

  var pinners = {};
  document.querySelectorAll("article.report").forEach(function (article) {
    pinners[article.id] = setup(article);
  });
  // Marks per kind in the legend, counted on the page as shown.
  document.querySelectorAll(".legend [data-kind]").forEach(function (out) {
    out.textContent = String(document.querySelectorAll("mark.m.k-" + out.dataset.kind).length);
  });
  var wanted = /^#(a\d+)-m(\d+)$/.exec(location.hash);
  if (wanted && pinners[wanted[1]]) pinners[wanted[1]](+wanted[2]);
  document.body.dataset.ready = "1";
})();
