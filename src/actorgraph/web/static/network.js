/* The network page: actors as nodes, aggregated events as directed edges (cytoscape). */
"use strict";

(() => {
  const { el, api, status } = AG;
  const params = AG.pageParams();
  const graphParams = AG.pick(params, ["depth", "max_nodes", "roll_up"]);
  AG.initFilters(graphParams);
  const filters = AG.pick(params);
  const detail = document.getElementById("detail");
  const statusNode = document.getElementById("graph-status");
  AG.legendQuads(document.getElementById("quad-legend"));

  let cy = null;
  /* Standing relations (backs, leads, ...): a second, dashed edge style, coloured by type. */
  const RELATION_COLORS = { backs: "#8e44ad", leads: "#d35400", member_of: "#2471a3",
                            allied_with: "#1e8449", rival_of: "#c0392b" };
  const relationColor = (type) => RELATION_COLORS[type] || "#555555";

  function showRelationLegend() {
    const list = document.getElementById("relation-legend");
    if (!list) return;
    for (const [type, color] of Object.entries(RELATION_COLORS)) {
      const swatch = el("span", { class: "swatch dashed" });
      swatch.style.borderColor = color;
      list.append(el("li", {}, swatch, type.replace("_", " ")));
    }
    const toggle = document.getElementById("show-relations");
    toggle.addEventListener("change", () => {
      if (!cy) return;
      cy.edges(".relation").style("display", toggle.checked ? "element" : "none");
    });
  }

  function relationDates(r) {
    const first = r.since || r.first;
    const last = r.until || r.last;
    if (!first && !last) return "";
    return first === last || !last ? first : `${first || "?"}–${last}`;
  }

  function evidenceItem(ev) {
    const where = ev.doc ? ` (${ev.doc}#${ev.post})` : "";
    const flags = [ev.method, ev.modality !== "asserted" ? ev.modality : "",
                   ev.negated ? "negated" : ""].filter(Boolean).join(", ");
    return el("li", { class: "relation-evidence" },
      el("q", { text: ev.text || "" }), ` ${where} `, el("span", { class: "hint", text: flags }));
  }

  function relationItem(r, self) {
    const other = r.source === self ? [r.target, r.target_name] : [r.source, r.source_name];
    const arrow = r.source === self ? "→" : "←";
    const tag = el("span", { class: "relation-type", text: r.type.replace("_", " ") });
    tag.style.borderColor = relationColor(r.type);
    const dates = relationDates(r);
    const head = el("div", {}, tag, ` ${arrow} `, actorLink(other[0], other[1]).firstChild,
      dates ? ` · ${dates}` : "", r.contested ? " · " : "",
      r.contested ? AG.badge("contested", "warn") : null);
    return el("li", { class: "relation" }, head,
      el("ul", { class: "plain evidence-list" }, r.evidence.map(evidenceItem)));
  }

  async function addRelations(names) {
    const q = {};
    if (filters.get && filters.get("actor")) q.actor = filters.get("actor");
    q.limit = "2000";
    let found;
    try {
      found = await api("/api/relations", new URLSearchParams(q));
    } catch (err) {
      return;  /* the events graph stands on its own */
    }
    const added = [];
    for (const r of found.relations) {
      if (!cy.getElementById(r.source).length || !cy.getElementById(r.target).length) continue;
      if (!r.asserts) continue;
      added.push({ group: "edges", classes: "relation",
        data: { id: `rel\x1f${r.type}\x1f${r.source}\x1f${r.target}`, source: r.source,
                target: r.target, type: r.type, color: relationColor(r.type), raw: r } });
    }
    cy.add(added);
    const toggle = document.getElementById("show-relations");
    if (toggle && !toggle.checked) cy.edges(".relation").style("display", "none");
    document.body.dataset.relations = String(added.length);
  }

  function showRelation(r, names) {
    const tag = el("span", { class: "relation-type", text: r.type.replace("_", " ") });
    tag.style.borderColor = relationColor(r.type);
    const head = el("header", { class: "card-head" },
      el("h2", {}, el("span", { class: "actor", text: r.source_name || names[r.source] || r.source }),
        " ", tag, " ",
        el("span", { class: "actor", text: r.target_name || names[r.target] || r.target })),
      el("p", { text: `${r.mentions} mention(s) in ${r.documents} document(s)` +
        (relationDates(r) ? ` · ${relationDates(r)}` : "") +
        (r.contested ? ` · contested: ${r.contested}` : "") }));
    detail.replaceChildren(el("article", { class: "relation-card", id: "relation-card" }, head,
      el("ul", { class: "plain evidence-list" }, r.evidence.map(evidenceItem))));
  }

  function showKinds(nodes) {
    const list = document.getElementById("kind-legend");
    const kinds = [...new Set(nodes.map((n) => n.kind))].sort();
    for (const kind of kinds) {
      const swatch = el("span", { class: "swatch round" });
      swatch.style.backgroundColor = AG.kindColor(kind);
      list.append(el("li", {}, swatch, kind));
    }
  }

  function edgeTable(edges, names) {
    const body = document.querySelector("#edge-list tbody");
    body.replaceChildren();
    const top = [...edges].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)).slice(0, 40);
    for (const e of top) {
      const row = el("tr", { class: "clickable", tabindex: "0", dataset: { edge: e.id } },
        el("td", { text: names[e.source] || e.source }),
        el("td", {}, el("span", { class: "type quad-" + (e.quad || 0), text: e.type })),
        el("td", { text: names[e.target] || e.target }),
        el("td", { class: "num", text: e.events }),
        el("td", { text: (e.first || "") + (e.last && e.last !== e.first ? "–" + e.last : "") }));
      const open = () => { select(e.id); showEdge(e, names); };
      row.addEventListener("click", open);
      row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
      body.append(row);
    }
  }

  function select(id) {
    if (!cy) return;
    cy.elements().unselect();
    const item = cy.getElementById(id);
    if (item && item.length) item.select();
  }

  function draw(data) {
    const nodes = data.nodes;
    const edges = data.edges;
    const names = Object.fromEntries(nodes.map((n) => [n.id, n.name]));
    if (!nodes.length) {
      status(statusNode, "No events between known actors match these filters.");
      return;
    }
    const most = Math.max(1, ...nodes.map((n) => n.events));
    const mostEdge = Math.max(1, ...edges.map((e) => e.events));
    const elements = [
      ...nodes.map((n) => ({
        group: "nodes",
        data: { id: n.id, label: n.name, kind: n.kind, events: n.events,
                color: AG.kindColor(n.kind), size: 18 + 42 * Math.sqrt(n.events / most) },
        classes: n.centre ? "centre" : "",
      })),
      ...edges.map((e) => ({
        group: "edges",
        data: { id: e.id, source: e.source, target: e.target, type: e.type, quad: e.quad || 0,
                events: e.events, color: AG.quadOf(e.quad).color,
                width: 1.5 + 6 * Math.sqrt(e.events / mostEdge), raw: e },
      })),
    ];
    const big = nodes.length > 400;
    cy = cytoscape({
      container: document.getElementById("cy"),
      elements,
      minZoom: 0.05,
      maxZoom: 4,
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      style: [
        { selector: "node", style: {
          "background-color": "data(color)", width: "data(size)", height: "data(size)",
          label: "data(label)", "font-size": 11, color: "#1d2430", "text-valign": "bottom",
          "text-margin-y": 3, "text-outline-color": "#ffffff", "text-outline-width": 2,
          /* Small labels appear once zoomed in (or on hover); see labelBiggest(). */
          "min-zoomed-font-size": 10, "border-width": 1, "border-color": "#ffffff" } },
        { selector: "node.centre", style: { "border-width": 3, "border-color": "#1d2430" } },
        { selector: "edge", style: {
          width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.8,
          "arrow-scale": 0.9 } },
        { selector: "edge:selected", style: { opacity: 1, "underlay-color": "#ffd54a",
          "underlay-opacity": 0.6, "underlay-padding": 4, label: "data(type)", "font-size": 9,
          "text-background-color": "#ffffff", "text-background-opacity": 1 } },
        { selector: "node:selected", style: { "border-width": 4, "border-color": "#ffb300" } },
        { selector: "edge.relation", style: {
          width: 2, "line-style": "dashed", "line-color": "data(color)",
          "target-arrow-color": "data(color)", "target-arrow-shape": "vee", opacity: 0.9 } },
      ],
      layout: big ? { name: "concentric", concentric: (n) => n.data("events"), levelWidth: () => 3,
                      animate: false }
        : { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000,
            idealEdgeLength: () => 90, padding: 30, componentSpacing: 60 },
    });
    labelBiggest(nodes);
    cy.on("mouseover", "node", (evt) => hoverLabel(evt.target, true));
    cy.on("mouseout", "node", (evt) => hoverLabel(evt.target, false));
    cy.on("tap", "node", (evt) => showActor(evt.target.id()));
    cy.on("tap", "edge", (evt) => {
      const raw = evt.target.data("raw");
      if (evt.target.hasClass("relation")) showRelation(raw, names);
      else showEdge(raw, names);
    });
    window.agNetwork = { cy, ready: true };
    document.body.dataset.ready = "network";
    let message = `${nodes.length} actors, ${edges.length} links`;
    if (data.truncated) message += " (the strongest only: narrow the filters to see more)";
    status(statusNode, message);
    showKinds(nodes);
    edgeTable(edges, names);
    addRelations(names);
  }

  /* The names of the biggest actors (and the centre) legible at the zoom the graph opens
     at: their font is sized so that it is drawn at LABEL_PX whatever that zoom; the other
     names show once zoomed in far enough, or on hover. */
  const LABEL_PX = 13;
  const MAJOR = 12;

  function labelBiggest(nodes) {
    const ranked = [...nodes].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1));
    const keep = new Set(ranked.slice(0, MAJOR).map((n) => n.id));
    nodes.filter((n) => n.centre).forEach((n) => keep.add(n.id));
    cy.batch(() => cy.nodes().forEach((node) => {
      if (keep.has(node.id())) node.addClass("major");
    }));
    sizeMajors();
    cy.on("zoom", sizeMajors);
  }

  function sizeMajors() {
    const zoom = cy.zoom() || 1;
    cy.batch(() => cy.nodes(".major").style({
      "font-size": Math.max(11, LABEL_PX / zoom), "font-weight": "bold",
      "min-zoomed-font-size": 0, "text-outline-width": Math.max(2, 2.5 / zoom),
      "text-margin-y": Math.max(3, 3 / zoom), "z-index": 10 }));
  }

  function hoverLabel(node, on) {
    if (node.hasClass("major")) return;
    if (on) {
      const zoom = cy.zoom() || 1;
      node.style({ "font-size": Math.max(11, LABEL_PX / zoom), "min-zoomed-font-size": 0,
                   "text-outline-width": Math.max(2, 2.5 / zoom), "z-index": 20 });
    } else {
      node.removeStyle("font-size min-zoomed-font-size text-outline-width z-index");
    }
  }

  function list(title, items) {
    if (!items.length) return null;
    return el("section", {}, el("h3", { text: title }), el("ul", { class: "plain" }, items));
  }

  function actorLink(id, name, extra) {
    const link = el("a", { href: "/?actor=" + encodeURIComponent(id), text: name || id });
    link.addEventListener("click", (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
      ev.preventDefault();
      select(id);
      showActor(id);
    });
    return el("li", {}, link, extra ? " " + extra : "");
  }

  async function showActor(id) {
    select(id);
    detail.replaceChildren(el("p", { class: "status", text: "Loading…" }));
    let card;
    try {
      card = await api("/api/actors/" + encodeURIComponent(id), filters);
    } catch (err) {
      detail.replaceChildren(el("p", { class: "status error", text: err.message }));
      return;
    }
    const a = card.actor;
    const c = card.counts;
    const head = el("header", { class: "card-head" },
      el("h2", { text: a.name }),
      el("p", {}, el("code", { text: a.id }), " ",
        AG.badge(a.kind, "kind"), a.country ? AG.badge(a.country, "country") : null,
        a.provisional ? AG.badge("provisional: not in the dictionary", "warn") : null));
    const counts = el("table", { class: "counts" }, el("tbody", {},
      el("tr", {}, el("th", { text: "as source" }), el("td", { text: c.as_source })),
      el("tr", {}, el("th", { text: "as target" }), el("td", { text: c.as_target })),
      el("tr", {}, el("th", { text: "merged events" }), el("td", { text: c.merged })),
      el("tr", {}, el("th", { text: "asserts (as a source of claims)" }), el("td", { text: c.asserted })),
      el("tr", {}, el("th", { text: "named in" }), el("td", { text: `${c.mentions} mentions, ${c.documents} documents` })),
      el("tr", {}, el("th", { text: "dates" }), el("td", { text: card.dates.first ? `${card.dates.first} – ${card.dates.last}` : "undated" }))));
    const aliases = a.aliases.length
      ? el("section", {}, el("h3", { text: "Aliases" }),
        el("p", { class: "aliases" }, a.aliases.slice(0, 40).join(" · ")))
      : null;
    const parents = list("Affiliations", card.parents.map((p) => actorLink(p.actor, p.name,
      [p.role, p.start || p.end ? `${p.start || ""}–${p.end || ""}` : ""].filter(Boolean).join(", "))));
    const members = list("Members", card.members.map((m) => actorLink(m.id, m.name)));
    const types = card.types.length ? el("section", {}, el("h3", { text: "Event types" }),
      el("ul", { class: "plain types" }, card.types.map((t) => el("li", {},
        el("span", { class: "type quad-" + (t.quad || 0), text: t.type }),
        ` ${t.as_source} as source, ${t.as_target} as target`)))) : null;
    const near = list("Most events with", card.counterparts.map((p) => actorLink(p.id, p.name, `(${p.events})`)));
    const relations = list("Relations", (card.relations || []).map((r) => relationItem(r, a.id)));
    const links = el("p", { class: "links" },
      el("a", { href: "/actors/" + encodeURIComponent(a.id), id: "profile-link", text: "Profile (a cited brief)" }), " · ",
      el("a", { href: "/?actor=" + encodeURIComponent(a.id), text: "Centre the network here" }), " · ",
      el("a", { href: "/timeline?actor=" + encodeURIComponent(a.id), text: "Timeline" }), " · ",
      el("a", { href: "/evidence?actor=" + encodeURIComponent(a.id), text: "Evidence" }));
    detail.replaceChildren(el("article", { class: "actor-card", id: "actor-card" },
      head, links, counts, aliases, parents, members, relations, types, near));
  }

  async function showEdge(e, names) {
    const q = new URLSearchParams(filters);
    q.delete("actor");
    q.set("source", e.source);
    q.set("target", e.target);
    q.set("type", e.type);
    q.set("context", "true");
    q.set("limit", "50");
    const quad = AG.quadOf(e.quad);
    const head = el("header", { class: "card-head" },
      el("h2", {}, el("span", { class: "actor", text: names[e.source] || e.source }), " → ",
        el("span", { class: "actor", text: names[e.target] || e.target })),
      el("p", {}, el("span", { class: "type quad-" + (e.quad || 0), text: e.type }), " ",
        quad.label, ` · ${e.events} event(s), ${e.mentions} mention(s)`,
        e.first ? ` · ${e.first}${e.last && e.last !== e.first ? "–" + e.last : ""}` : ""));
    const box = el("div", { class: "edge-events", id: "edge-events" },
      el("p", { class: "status", text: "Loading…" }));
    detail.replaceChildren(el("article", { class: "edge-card" }, head, box));
    try {
      const found = await api("/api/events", q);
      box.replaceChildren(...found.events.map(AG.eventCard));
      if (found.next) {
        box.append(el("p", {}, el("a", { href: "/evidence?" + AG.pick(q).toString(), text: "All of them on the evidence page" })));
      }
      if (!found.events.length) box.replaceChildren(el("p", { class: "status", text: "No mentions match." }));
    } catch (err) {
      box.replaceChildren(el("p", { class: "status error", text: err.message }));
    }
  }

  showRelationLegend();
  if (typeof cytoscape === "undefined") {
    status(statusNode, "cytoscape.js is missing: run `make vendor`.", true);
    return;
  }
  api("/api/graph", graphParams).then((data) => {
    draw(data);
    /* Centred on one actor: show its card. */
    const centre = data.nodes.filter((n) => n.centre);
    if (centre.length === 1) showActor(centre[0].id);
  }).catch((err) => status(statusNode, err.message, true));
})();
