/* The map page: events with coordinates as clustered points on an offline world basemap.
 *
 * The basemap is world-atlas's TopoJSON of country outlines (vendored, served from
 * /static/vendor/), decoded by topojson-client and drawn as SVG paths in an
 * equirectangular projection: no tiles, no request outside this server. Points are
 * grouped on a screen grid that is recomputed at each zoom, coloured by the quad class
 * with the most mentions, their area growing with the mentions. */
"use strict";

(() => {
  const { el, api, status } = AG;
  const params = AG.pageParams();
  const apiParams = AG.pick(params, ["all", "limit"]);
  AG.initFilters(apiParams);
  AG.legendQuads(document.getElementById("quad-legend"));
  const statusNode = document.getElementById("map-status");
  const box = document.getElementById("map");
  const detail = document.getElementById("detail");
  const NS = "http://www.w3.org/2000/svg";
  const W = 960, H = 480, CELL = 26, MAX_K = 64;
  const view = { k: 1, x: 0, y: 0 };
  let points = [];

  function svg(tag, attrs) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) node.setAttribute(k, String(v));
    }
    return node;
  }

  /** Longitude/latitude to the map's own units (before zoom). */
  function project(lon, lat) { return [(lon + 180) * W / 360, (90 - lat) * H / 180]; }

  function ringPath(ring) {
    return ring.map(([lon, lat], i) => {
      const [x, y] = project(lon, lat);
      return (i ? "L" : "M") + x.toFixed(2) + "," + y.toFixed(2);
    }).join("") + "Z";
  }

  function geometryPath(g) {
    if (!g) return "";
    const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    return polys.map((rings) => rings.map(ringPath).join("")).join("");
  }

  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "map-svg", role: "img",
    "aria-label": "World map of the events" });
  const sea = svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" });
  const land = svg("g", { class: "land" });
  const dots = svg("g", { class: "points" });
  root.append(sea, land, dots);
  box.append(root);

  function clamp() {
    view.k = Math.min(MAX_K, Math.max(1, view.k));
    view.x = Math.min(0, Math.max(W - W * view.k, view.x));
    view.y = Math.min(0, Math.max(H - H * view.k, view.y));
  }

  function zoomAt(factor, cx, cy) {
    const k = Math.min(MAX_K, Math.max(1, view.k * factor));
    view.x = cx - (cx - view.x) * (k / view.k);
    view.y = cy - (cy - view.y) * (k / view.k);
    view.k = k;
    clamp();
    render();
  }

  /** A client point to map units. */
  function local(evt) {
    const r = root.getBoundingClientRect();
    return [(evt.clientX - r.left) * W / r.width, (evt.clientY - r.top) * H / r.height];
  }

  function clusters() {
    const cells = new Map();
    for (const p of points) {
      const [px, py] = project(p.lon, p.lat);
      const x = px * view.k + view.x, y = py * view.k + view.y;
      if (x < -CELL || y < -CELL || x > W + CELL || y > H + CELL) continue;
      const key = Math.floor(x / CELL) + "," + Math.floor(y / CELL);
      let c = cells.get(key);
      if (!c) { c = { x: 0, y: 0, weight: 0, mentions: 0, items: [], quads: {} }; cells.set(key, c); }
      const w = Math.max(1, p.mentions);
      c.x += x * w; c.y += y * w; c.weight += w;
      c.mentions += p.mentions;
      c.quads[p.quad || 0] = (c.quads[p.quad || 0] || 0) + w;
      c.items.push(p);
    }
    return [...cells.values()].map((c) => {
      const quad = Object.entries(c.quads).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
      return { x: c.x / c.weight, y: c.y / c.weight, mentions: c.mentions, items: c.items,
        quad: Number(quad) };
    }).sort((a, b) => b.mentions - a.mentions);
  }

  function render() {
    land.setAttribute("transform", `translate(${view.x} ${view.y}) scale(${view.k})`);
    const groups = clusters();
    dots.replaceChildren();
    // small ones on top, so a big group never hides them
    for (const c of [...groups].reverse()) {
      const r = 3 + 2.2 * Math.sqrt(c.mentions);
      const places = [...new Set(c.items.map((p) => p.place))];
      const g = svg("g", { class: "point", tabindex: 0, role: "button",
        "data-events": c.items.length, "data-place": places[0] });
      const circle = svg("circle", { cx: c.x.toFixed(1), cy: c.y.toFixed(1), r: r.toFixed(1),
        fill: AG.quadOf(c.quad).color, class: "dot quad-" + c.quad });
      const title = svg("title");
      title.textContent = `${places.slice(0, 3).join(", ")}${places.length > 3 ? "…" : ""}: ` +
        `${c.items.length} event(s), ${c.mentions} mention(s)`;
      circle.append(title);
      g.append(circle);
      if (c.items.length > 1) {
        const label = svg("text", { x: c.x.toFixed(1), y: (c.y + 3.5).toFixed(1), class: "count" });
        label.textContent = String(c.items.length);
        g.append(label);
      }
      const open = () => show(c);
      g.addEventListener("click", open);
      g.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") open(); });
      dots.append(g);
    }
    return groups;
  }

  function mergedHead(m) {
    return el("header", { class: "merged-head" },
      el("span", { class: "date", text: m.date || "undated" }), " ",
      el("span", { class: "type quad-" + (m.quad || 0), text: m.type + (m.mode ? "/" + m.mode : "") }), " ",
      el("span", { class: "actors" },
        el("span", { class: "actor", text: m.source_name || m.source || "?" }), " → ",
        el("span", { class: "actor", text: m.target_name || m.target || "?" })),
      m.location ? el("span", { class: "place", text: " in " + m.location.name }) : null,
      el("span", { class: "counts", text: ` · ${m.mentions} mention(s) in ${m.documents} document(s)` }));
  }

  async function show(c) {
    const places = [...new Set(c.items.map((p) => p.place))];
    const head = el("header", { class: "card-head" },
      el("h2", { text: places.slice(0, 4).join(", ") + (places.length > 4 ? "…" : "") }),
      el("p", { text: `${c.items.length} event(s), ${c.mentions} mention(s)` }));
    const list = el("div", { class: "map-events", id: "map-events" },
      el("p", { class: "status", text: "Loading…" }));
    const links = el("p", {}, ...places.slice(0, 4).flatMap((p, i) => {
      const q = AG.pick(params, ["all"]);
      q.set("place", p);
      return [i ? " · " : "All events in ",
        el("a", { href: "/evidence?" + q.toString(), text: p })];
    }));
    detail.replaceChildren(el("article", { class: "place-card", id: "place-card" }, head, links, list));
    const shown = c.items.slice(0, 10);
    try {
      const found = await Promise.all(shown.map((p) =>
        api("/api/merged/" + encodeURIComponent(p.id))));
      list.replaceChildren(...found.map((body) => {
        const m = body.merged;
        return el("article", { class: "merged", dataset: { id: m.id } }, mergedHead(m),
          el("div", { class: "mentions" }, m.mentions_list.slice(0, 5).map(AG.eventCard)));
      }));
      if (c.items.length > shown.length) {
        list.append(el("p", { class: "hint", text: `${c.items.length - shown.length} more event(s) here: zoom in, or follow the links above.` }));
      }
    } catch (err) {
      list.replaceChildren(el("p", { class: "status error", text: err.message }));
    }
  }

  async function main() {
    let topo;
    try {
      const response = await fetch("/static/vendor/countries-110m.json");
      if (!response.ok) throw new Error(`the basemap is missing (${response.status}): run make vendor`);
      topo = await response.json();
    } catch (err) {
      status(statusNode, err.message, true);
    }
    if (topo && window.topojson) {
      const countries = topojson.feature(topo, topo.objects.countries).features;
      for (const f of countries) {
        const path = svg("path", { d: geometryPath(f.geometry), class: "country",
          "vector-effect": "non-scaling-stroke" });
        const title = svg("title");
        title.textContent = (f.properties && f.properties.name) || "";
        path.append(title);
        land.append(path);
      }
    }
    let found;
    try {
      found = await api("/api/map", apiParams);
    } catch (err) {
      status(statusNode, err.message, true);
      document.body.dataset.ready = "map";
      return;
    }
    points = found.points;
    const cov = found.coverage;
    document.getElementById("map-coverage").textContent = cov.with_place
      ? `${cov.with_coordinates} of ${cov.with_place} matching event(s) with a place have coordinates (${Math.round(100 * cov.with_coordinates / cov.with_place)}%).`
      : "No matching event has a place.";
    const groups = render();
    const places = new Set(points.map((p) => p.place)).size;
    status(statusNode, points.length
      ? `${points.length} event(s) at ${places} place(s), ${groups.length} point(s)` +
        (found.truncated ? " (the busiest only: filter to see the others)" : "")
      : "No event with coordinates matches these filters.");
    document.body.dataset.ready = "map";
  }

  root.addEventListener("wheel", (e) => {
    e.preventDefault();
    const [x, y] = local(e);
    zoomAt(e.deltaY < 0 ? 1.5 : 1 / 1.5, x, y);
  }, { passive: false });
  let drag = null;
  root.addEventListener("pointerdown", (e) => {
    if (e.target.closest && e.target.closest(".point")) return;
    drag = { start: local(e), x: view.x, y: view.y };
  });
  window.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const [x, y] = local(e);
    view.x = drag.x + x - drag.start[0];
    view.y = drag.y + y - drag.start[1];
    clamp();
    render();
  });
  window.addEventListener("pointerup", () => { drag = null; });
  document.getElementById("zoom-in").addEventListener("click", () => zoomAt(2, W / 2, H / 2));
  document.getElementById("zoom-out").addEventListener("click", () => zoomAt(0.5, W / 2, H / 2));
  document.getElementById("zoom-reset").addEventListener("click", () => {
    view.k = 1; view.x = 0; view.y = 0; render();
  });
  window.agMap = { view, project, clusters, zoomAt, get points() { return points; } };
  main();
})();
