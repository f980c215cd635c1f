/* The search page: actors by id, name or alias, and posts by full-text search. */
"use strict";

(() => {
  const { el, api, status } = AG;
  const params = AG.pageParams();
  const q = params.get("q") || "";
  const input = document.getElementById("q");
  input.value = q;
  const statusNode = document.getElementById("search-status");
  const twin = document.getElementById("twin");
  if (twin && q) twin.setAttribute("href", "/api/search?" + new URLSearchParams({ q }).toString());

  /** A snippet whose matches FTS5 wrapped in « », with the matches marked. */
  function snippet(text) {
    const out = el("p", { class: "snippet" });
    text.split(/[«»]/).forEach((part, i) => {
      out.append(i % 2 ? el("mark", { text: part }) : document.createTextNode(part));
    });
    return out;
  }

  async function run() {
    if (!q.trim()) {
      status(statusNode, "Search the text of every stored post, and the actors by id, name or alias.");
      return;
    }
    status(statusNode, "Searching…");
    try {
      const found = await api("/api/search", new URLSearchParams({ q, limit: "50" }));
      const actors = document.getElementById("actor-hits");
      const posts = document.getElementById("post-hits");
      actors.replaceChildren(el("h2", { text: `${found.actors.length} actor(s)` }),
        el("ul", { class: "plain hits" }, found.actors.map((h) => el("li", { class: "actor-hit" },
          el("a", { href: "/?actor=" + encodeURIComponent(h.id), text: h.title || h.id }), " ",
          el("code", { text: h.id }), h.snippet ? el("span", { class: "hint", text: " " + h.snippet }) : null,
          " · ", el("a", { href: "/actors/" + encodeURIComponent(h.id), class: "profile-link", text: "profile" }),
          " · ", el("a", { href: "/timeline?actor=" + encodeURIComponent(h.id), text: "timeline" }),
          " · ", el("a", { href: "/evidence?actor=" + encodeURIComponent(h.id), text: "evidence" })))));
      posts.replaceChildren(el("h2", { text: `${found.posts.length} post(s)` }),
        ...found.posts.map((h) => el("article", { class: "post-hit" },
          el("p", { class: "source-line" },
            el("a", { href: `/evidence?doc=${encodeURIComponent(h.doc)}&post=${encodeURIComponent(h.post)}`,
                      text: `${h.title || h.doc} · post ${h.post}` })),
          snippet(h.snippet))));
      status(statusNode, "");
    } catch (err) {
      status(statusNode, err.message, true);
    }
  }
  run();
})();
