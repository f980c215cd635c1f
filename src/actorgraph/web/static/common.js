/* actorgraph web UI: helpers shared by the pages.
 *
 * Every piece of stored text (post text, names, titles) reaches the page
 * through textContent or createTextNode, never innerHTML, so a stored
 * "<script>" is shown as text. Links are kept only when they are http(s).
 */
"use strict";

const AG = (() => {
  const FILTERS = ["actor", "source", "target", "type", "mode", "modality", "since", "until",
    "asserted_by", "place", "exact"];

  const QUADS = {
    1: { label: "verbal cooperation", color: "#3b7dd8" },
    2: { label: "material cooperation", color: "#2e9e5b" },
    3: { label: "verbal conflict", color: "#e8912d" },
    4: { label: "material conflict", color: "#d63a3a" },
    0: { label: "no quad", color: "#8a8f98" },
  };

  const KINDS = {
    state: "#4e79a7", government: "#1f5fa8", military: "#c0392b", militia: "#e67e22",
    terrorist: "#7f1d1d", rebel: "#b9770e", intelligence: "#6c3483", police: "#5d6d7e",
    person: "#16a085", party: "#d35400", igo: "#2e86c1", ngo: "#27ae60", media: "#95a5a6",
    judiciary: "#7d6608", legislature: "#1abc9c", company: "#a04000", religious: "#8e44ad",
    ethnic: "#af7ac5", civilian: "#58d68d", organisation: "#7f8c8d", unknown: "#b3b6b7",
  };

  function kindColor(kind) {
    if (KINDS[kind]) return KINDS[kind];
    let h = 0;
    for (const ch of String(kind)) h = (h * 31 + ch.codePointAt(0)) % 360;
    return `hsl(${h}, 45%, 50%)`;
  }

  /** el("a", {class: "x", href: url, text: "t"}, child, "text", ...): a DOM element. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "class") node.className = value;
      else if (key === "href") {
        const safe = safeUrl(value);
        if (safe) node.setAttribute("href", safe);
      } else if (key.startsWith("on") && typeof value === "function") {
        node.addEventListener(key.slice(2), value);
      } else if (key === "dataset") {
        for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
      } else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** A same-origin path, or an absolute http(s) URL; anything else (javascript:, data:) is dropped. */
  function safeUrl(value) {
    if (typeof value !== "string" || !value) return null;
    try {
      const url = new URL(value, location.origin);
      if (url.protocol === "http:" || url.protocol === "https:") return url.href;
    } catch (e) { /* not a URL */ }
    return null;
  }

  /** The page's URL parameters, without empty values. */
  function pageParams() {
    const out = new URLSearchParams();
    for (const [k, v] of new URLSearchParams(location.search)) if (v.trim()) out.set(k, v.trim());
    return out;
  }

  /** Only the event filters of ``params`` (plus the extra names), for an API call. */
  function pick(params, extra) {
    const out = new URLSearchParams();
    for (const key of [...FILTERS, ...(extra || [])]) {
      const v = params.get(key);
      if (v) out.set(key, v);
    }
    return out;
  }

  class ApiError extends Error {}

  async function api(path, params) {
    const qs = params && [...params].length ? "?" + params.toString() : "";
    const response = await fetch(path + qs, { headers: { Accept: "application/json" } });
    let body;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok || !body || body.ok === false) {
      throw new ApiError((body && body.error) || `${response.status} ${response.statusText}`);
    }
    return body;
  }

  function status(node, text, isError) {
    if (!node) return;
    node.textContent = text || "";
    node.classList.toggle("error", Boolean(isError));
    node.hidden = !text;
  }

  /** Fill the filter form from the URL; submit without empty fields; point the JSON link at the API. */
  function initFilters(apiParams) {
    const form = document.getElementById("filters");
    const params = pageParams();
    if (form) {
      for (const field of form.elements) {
        if (!field.name) continue;
        const v = params.get(field.name);
        if (field.type === "checkbox") field.checked = v === "true" || v === "1";
        else if (v !== null) field.value = v;
      }
      form.addEventListener("submit", () => {
        for (const field of form.elements) {
          if (field.name && field.type !== "checkbox" && !String(field.value).trim()) field.disabled = true;
        }
      });
    }
    const twin = document.getElementById("twin");
    if (twin && apiParams) {
      const qs = apiParams.toString();
      twin.setAttribute("href", twin.dataset.base + (qs ? "?" + qs : ""));
    }
    return params;
  }

  function actorLabel(side) {
    if (!side) return "?";
    return side.name || side.text || side.id || "?";
  }

  function dateLabel(ev) {
    if (!ev.date) return "undated";
    return ev.date + (ev.end_date ? "–" + ev.end_date : "");
  }

  function quadOf(q) { return QUADS[q] || QUADS[0]; }

  function badge(text, cls) { return el("span", { class: "badge " + (cls || ""), text }); }

  /** The post around an evidence sentence, the sentence marked. */
  function postText(post, fallback) {
    const block = el("blockquote", { class: "post-text" });
    if (!post || !post.found) {
      block.append(el("mark", { class: "evidence", text: fallback || "" }));
      return block;
    }
    if (post.clipped && post.before) block.append("… ");
    block.append(post.before || "");
    if (post.evidence) block.append(el("mark", { class: "evidence", text: post.evidence }));
    block.append(post.after || "");
    if (post.clipped) block.append(" …");
    return block;
  }

  /** Where a post comes from: document, post number, author, time, link. */
  function postSource(post, evidence) {
    const line = el("p", { class: "source-line" });
    const doc = (post && post.doc) || (evidence && evidence.doc);
    const index = post && post.found ? post.index : evidence && evidence.post;
    const title = post && post.doc_title ? post.doc_title : doc;
    line.append(el("span", { class: "doc", text: title }));
    if (title !== doc) line.append(" ", el("span", { class: "doc-id", text: `(${doc})` }));
    line.append(" · ", el("a", {
      href: `/evidence?doc=${encodeURIComponent(doc)}&post=${encodeURIComponent(index)}`,
      text: `post ${index}`,
    }));
    if (post && post.found) {
      const author = post.author || post.doc_author;
      if (author) line.append(" · ", el("span", { class: "author", text: author }));
      const when = post.time || post.published;
      if (when) line.append(" · ", el("time", { text: when }));
      const link = safeUrl(post.url) && post.url.match(/^https?:/i) ? post.url
        : safeUrl(post.doc_url) && post.doc_url.match(/^https?:/i) ? post.doc_url : null;
      if (link) {
        line.append(" · ", el("a", {
          href: link, text: "link", rel: "noopener noreferrer nofollow", target: "_blank",
        }));
      }
    }
    return line;
  }

  /** One event mention: what, who, when, where, says whom, and its sentence in its post. */
  function eventCard(ev) {
    const quad = quadOf(ev.quad);
    const card = el("article", { class: "event", dataset: { id: ev.id } });
    const head = el("header", {},
      el("span", { class: "date", text: dateLabel(ev) }),
      ev.date_basis ? el("span", { class: "basis basis-" + ev.date_basis, text: ev.date_basis }) : null,
      " ",
      el("span", { class: "type", style: null, text: ev.type + (ev.mode ? "/" + ev.mode : "") }),
      " ",
      el("span", { class: "actors" },
        el("span", { class: "actor", text: actorLabel(ev.source) }),
        " → ",
        el("span", { class: "actor", text: actorLabel(ev.target) })),
      ev.location ? el("span", { class: "place", text: " in " + ev.location.name }) : null);
    head.querySelector(".type").classList.add("quad-" + (ev.quad || 0));
    head.querySelector(".type").title = quad.label;
    card.append(head);
    const flags = el("p", { class: "flags" });
    if (ev.modality && ev.modality !== "asserted") flags.append(badge(ev.modality, "modality"));
    if (ev.negated) flags.append(badge("negated", "warn"));
    if (ev.disputed) flags.append(badge("disputed", "warn"));
    if (ev.asserted_by) {
      flags.append(el("span", { class: "says" }, "according to ",
        el("strong", { text: actorLabel(ev.asserted_by) })));
    }
    if (flags.childNodes.length) card.append(flags);
    card.append(postText(ev.post, ev.evidence && ev.evidence.text));
    card.append(postSource(ev.post, ev.evidence));
    return card;
  }

  function legendQuads(list) {
    if (!list) return;
    for (const q of [1, 2, 3, 4]) {
      list.append(el("li", {}, el("span", { class: "swatch quad-bg-" + q }), QUADS[q].label));
    }
  }

  return {
    FILTERS, QUADS, KINDS, kindColor, el, safeUrl, pageParams, pick, api, status, initFilters,
    actorLabel, dateLabel, quadOf, badge, postText, postSource, eventCard, legendQuads,
  };
})();
