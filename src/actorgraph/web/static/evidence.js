/* The evidence page: every event with its mentions, each sentence marked in its post;
 * contested events with each side's sentences side by side. */
"use strict";

(() => {
  const { el, api, status } = AG;
  const params = AG.pageParams();
  const listParams = AG.pick(params, ["all", "offset"]);
  AG.initFilters(listParams);
  const filters = AG.pick(params);

  function mergedHeader(m) {
    const flags = el("span", { class: "flags" });
    for (const c of m.contested || []) flags.append(AG.badge("contested " + c, "warn"));
    if (m.modality !== "factual") flags.append(AG.badge(m.modality, "modality"));
    if (m.denies && !m.asserts) {
      // negated ("did not strike") is not denied ("X denied striking"): say which it is
      if (m.negated) flags.append(AG.badge("negated", "warn"));
      if (m.denied || !m.negated) flags.append(AG.badge("denied", "warn"));
    }
    const dates = m.date_min ? m.date_min + (m.date_max && m.date_max !== m.date_min ? "–" + m.date_max : "") : "undated";
    return el("header", { class: "merged-head" },
      el("span", { class: "date", text: dates }), " ",
      el("span", { class: "type quad-" + (m.quad || 0), text: m.type + (m.mode ? "/" + m.mode : "") }), " ",
      el("span", { class: "actors" },
        el("span", { class: "actor", text: m.source_name || m.source || "?" }), " → ",
        el("span", { class: "actor", text: m.target_name || m.target || "?" })),
      m.location ? el("span", { class: "place", text: " in " + m.location.name }) : null,
      el("span", { class: "counts", text: ` · ${m.mentions} mention(s) in ${m.documents} document(s), ${m.asserts} assert, ${m.denies} deny` }),
      " ", flags);
  }

  function mergedCard(m) {
    const card = el("article", { class: "merged", dataset: { id: m.id } }, mergedHeader(m));
    card.append(el("div", { class: "mentions" }, m.mentions_list.map(AG.eventCard)));
    if (m.mentions > m.mentions_shown) {
      card.append(el("p", { class: "hint" }, `${m.mentions - m.mentions_shown} more mention(s): `,
        el("a", { href: "/api/merged/" + encodeURIComponent(m.id), text: "all of them (JSON)" })));
    }
    return card;
  }

  function contestCard(c, names) {
    const name = (id) => (id ? names[id] || id : "?");
    const head = el("header", {},
      AG.badge("contested " + c.kind, "warn"), " ",
      el("span", { class: "type", text: c.type }), " ",
      // a proposition with no event: the claimed words stand for source → target
      c.kind === "proposition"
        ? el("q", { class: "proposition", text: c.proposition || "" })
        : el("span", { class: "actors" }, el("span", { class: "actor", text: name(c.source) }), " → ",
          el("span", { class: "actor", text: name(c.target) })),
      c.place ? el("span", { class: "place", text: " in " + c.place }) : null,
      c.date ? el("span", { class: "date", text: " · " + c.date }) : null);
    const sides = el("div", { class: "sides" });
    for (const side of c.sides) {
      const position = c.kind === "source" || c.kind === "target" ? name(side.position) : side.position;
      const known = ["asserts", "denies", "disputes"].includes(side.position);
      const column = el("section", { class: "side-col" + (known ? " side-" + side.position : "") },
        el("h3", { text: position }));
      for (const item of side.items) {
        column.append(el("div", { class: "claim" },
          el("p", { class: "who" }, item.by || item.by_text ? "says " : "",
            el("strong", { text: item.by ? name(item.by) : item.by_text || "the text" }),
            item.date ? ` · ${item.date}` : "", item.place ? ` · ${item.place}` : ""),
          el("blockquote", { class: "post-text" }, el("mark", { class: "evidence", text: item.evidence.text })),
          AG.postSource(null, item.evidence)));
      }
      sides.append(column);
    }
    return el("article", { class: "contest" }, head, sides);
  }

  async function loadPost() {
    const doc = params.get("doc");
    const post = params.get("post");
    if (!doc || !post) return;
    const box = document.getElementById("post-focus");
    box.hidden = false;
    box.replaceChildren(el("h2", { text: `Post ${post} of ${doc}` }), el("p", { class: "status", text: "Loading…" }));
    try {
      const found = await api("/api/post", new URLSearchParams({ doc, post }));
      const p = found.post;
      const text = el("blockquote", { class: "post-text" }, p.before, p.clipped ? " …" : "");
      box.replaceChildren(el("h2", { text: `Post ${p.index} of ${p.doc_title || p.doc}` }),
        AG.postSource(p), text,
        el("h3", { text: `${found.events.length} event mention(s) coded from it` }),
        ...found.events.map(AG.eventCard));
    } catch (err) {
      box.replaceChildren(el("p", { class: "status error", text: err.message }));
    }
  }

  async function loadContested() {
    const statusNode = document.getElementById("contested-status");
    const q = new URLSearchParams(filters);
    q.set("contested", "true");
    q.set("limit", "20");
    try {
      const found = await api("/api/claims", q);
      const list = document.getElementById("contested-list");
      list.replaceChildren(...found.contested.map((c) => contestCard(c, found.names)));
      status(statusNode, found.contested.length ? (found.next ? "The first 20 contested events." : "")
        : "No event here is contested: no source denies what another asserts, or dates it differently.");
    } catch (err) {
      status(statusNode, err.message, true);
    }
  }

  async function loadEvents() {
    const statusNode = document.getElementById("events-status");
    const q = new URLSearchParams(listParams);
    q.set("limit", "20");
    try {
      const found = await api("/api/merged", q);
      document.getElementById("events-list").replaceChildren(...found.merged.map(mergedCard));
      status(statusNode, found.merged.length ? `Events ${found.offset + 1}–${found.offset + found.count}` : "No events match these filters.");
      const pager = document.getElementById("pager");
      const page = (offset) => {
        const p = new URLSearchParams(params);
        p.set("offset", String(offset));
        return "/evidence?" + p.toString();
      };
      if (found.offset > 0) pager.append(el("a", { href: page(Math.max(found.offset - found.limit, 0)), text: "← previous" }), " ");
      if (found.next) pager.append(el("a", { href: page(found.offset + found.limit), text: "next →", id: "next-page" }));
    } catch (err) {
      status(statusNode, err.message, true);
    }
  }

  loadPost();
  loadContested();
  loadEvents();
})();
