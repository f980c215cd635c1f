/* The timeline page: dated events as spans at their real precision (vis-timeline). */
"use strict";

(() => {
  const { el, api, status } = AG;
  const params = AG.pageParams();
  const apiParams = AG.pick(params, ["all", "limit", "offset"]);
  AG.initFilters(apiParams);
  AG.legendQuads(document.getElementById("quad-legend"));
  const statusNode = document.getElementById("timeline-status");
  const detail = document.getElementById("detail");
  const BASES = ["text", "relative", "inherited", "published", "unknown"];

  /** "YYYY-MM-DD" as local midnight (vis-timeline shows local time). */
  function day(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    const date = new Date(2000, m - 1, d);
    date.setFullYear(y);
    return date;
  }

  function content(ev) {
    return el("span", { class: "item" },
      el("b", { text: ev.date + (ev.end_date ? "–" + ev.end_date : "") }), " ",
      el("span", { text: ev.type }), " ",
      el("span", { text: `${AG.actorLabel(ev.source)} → ${AG.actorLabel(ev.target)}` }));
  }

  async function show(ev) {
    detail.replaceChildren(el("p", { class: "status", text: "Loading…" }));
    try {
      const found = await api("/api/post", new URLSearchParams({
        doc: ev.evidence.doc, post: String(ev.evidence.post) }));
      const mine = found.events.find((e) => e.id === ev.id) || { ...ev, post: found.post };
      const span = ev.span;
      detail.replaceChildren(
        el("p", { class: "span-line" }, "Date ", el("strong", { text: AG.dateLabel(ev) }),
          ` stands for ${span.start} to ${span.end} (exclusive), precision ${span.precision};`,
          " basis ", el("span", { class: "basis basis-" + (ev.date_basis || "unknown"), text: ev.date_basis || "unknown" })),
        AG.eventCard(mine));
    } catch (err) {
      detail.replaceChildren(el("p", { class: "status error", text: err.message }));
    }
  }

  function draw(found) {
    const events = found.events;
    if (!events.length) {
      status(statusNode, "No dated events match these filters.");
      return;
    }
    const byId = new Map(events.map((e) => [e.id, e]));
    const used = new Set(events.map((e) => e.date_basis || "unknown"));
    const groups = new vis.DataSet(BASES.filter((b) => used.has(b)).map((b, i) => ({
      id: b, content: b, order: i, className: "basis-row basis-" + b })));
    const items = new vis.DataSet(events.map((e) => {
      const point = e.span.precision === "day" && !e.end_date;
      return {
        id: e.id, group: e.date_basis || "unknown", content: content(e),
        start: day(e.span.start), end: point ? undefined : day(e.span.end),
        type: point ? "point" : "range",
        className: `quad-item-${e.quad || 0} prec-${e.span.precision}`,
      };
    }));
    const starts = events.map((e) => day(e.span.start).getTime());
    const ends = events.map((e) => day(e.span.end).getTime());
    const lo = Math.min(...starts);
    const hi = Math.max(...ends);
    const pad = Math.max((hi - lo) * 0.05, 1000 * 3600 * 24 * 30);
    /* Open on the dense part: the 5th to the 95th percentile of the dates, so that one stray
       date (a 1705 among 2000s) does not squeeze every other event into a sliver. */
    const sortedStarts = [...starts].sort((a, b) => a - b);
    const sortedEnds = [...ends].sort((a, b) => a - b);
    const n = events.length;
    const denseLo = sortedStarts[Math.floor(0.05 * (n - 1))];
    const denseHi = sortedEnds[Math.ceil(0.95 * (n - 1))];
    const densePad = Math.max((denseHi - denseLo) * 0.05, 1000 * 3600 * 24 * 30);
    const dense = [new Date(denseLo - densePad), new Date(denseHi + densePad)];
    const full = [new Date(lo - pad), new Date(hi + pad)];
    const timeline = new vis.Timeline(document.getElementById("timeline"), items, groups, {
      stack: true, zoomable: true, horizontalScroll: false, selectable: true,
      start: dense[0], end: dense[1],
      min: new Date(lo - 50 * pad), max: new Date(hi + 50 * pad),
      orientation: { axis: "top" }, margin: { item: { horizontal: 2, vertical: 4 } },
      tooltip: { followMouse: false }, xss: { disabled: false },
    });
    timeline.on("select", (props) => {
      const ev = byId.get(props.items[0]);
      if (ev) show(ev);
    });
    const year = (t) => new Date(t).getUTCFullYear();
    const fullButton = document.getElementById("full-span");
    const denseButton = document.getElementById("dense-span");
    if (denseLo > lo || denseHi < hi) {
      fullButton.textContent = `Full span (${year(lo)}–${year(hi)})`;
      denseButton.textContent = `Most dates (${year(denseLo)}–${year(denseHi)})`;
      fullButton.hidden = false;
      denseButton.hidden = false;
      fullButton.addEventListener("click", () => timeline.setWindow(full[0], full[1], { animation: false }));
      denseButton.addEventListener("click", () => timeline.setWindow(dense[0], dense[1], { animation: false }));
    }
    window.agTimeline = { timeline, ready: true, dense, full };
    document.body.dataset.ready = "timeline";
    let message = `${events.length} dated event mention(s)`;
    if (found.next) message += " (the first ones: narrow the filters or the dates to see the rest)";
    status(statusNode, message);
  }

  if (typeof vis === "undefined") {
    status(statusNode, "vis-timeline is missing: run `make vendor`.", true);
    return;
  }
  api("/api/timeline", apiParams).then(draw).catch((err) => status(statusNode, err.message, true));
})();
