/* Reviews on the event cards: a badge and the history of reviewed events; with
 * `actorgraph serve --review` (and its token's cookie), confirm, reject and edit buttons.
 * Every text is set with textContent (AG.el), never as HTML. */
"use strict";

(() => {
  const { el } = AG;
  const FIELDS = ["type", "mode", "source", "target", "date", "end_date", "location",
    "asserted_by", "modality", "negated"];
  let csrf = null;

  async function send(path, params) {
    const response = await fetch(path + "?" + params.toString(), {
      method: "POST", credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRF-Token": csrf || "" },
    });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok || !body || body.ok === false) {
      throw new Error((body && body.error) || `${response.status} ${response.statusText}`);
    }
    return body;
  }

  function say(bar, text, isError) {
    let line = bar.querySelector(".review-message");
    if (!line) { line = el("p", { class: "review-message" }); bar.append(line); }
    line.textContent = text;
    line.classList.toggle("error", Boolean(isError));
  }

  async function act(bar, id, params) {
    try {
      await send("/api/review/" + encodeURIComponent(id), params);
      say(bar, "Saved. Reloading…");
      window.location.reload();
    } catch (e) {
      say(bar, e.message, true);
    }
  }

  async function showHistory(bar, id) {
    const box = bar.querySelector(".review-history") || el("ol", { class: "review-history" });
    bar.append(box);
    try {
      const found = await AG.api("/api/review/history/" + encodeURIComponent(id));
      box.replaceChildren(...found.reviews.map((r) => {
        const what = Object.entries(r.changes).map(([k, v]) => `${k} ${v[0]} → ${v[1]}`).join(", ");
        return el("li", { class: "review-entry" + (r.undone ? " undone" : "") },
          `${r.at.slice(0, 16)} ${r.by}: ${r.action}${what ? " (" + what + ")" : ""}`,
          r.note ? ` — ${r.note}` : "", r.undone ? " [undone]" : "");
      }));
      if (!found.reviews.length) box.replaceChildren(el("li", { text: "no review" }));
    } catch (e) {
      say(bar, e.message, true);
    }
  }

  function editForm(bar, id) {
    const field = el("select", { class: "review-field", "aria-label": "field" },
      FIELDS.map((f) => el("option", { value: f, text: f })));
    const value = el("input", { class: "review-value", type: "text", placeholder: "value (none clears)", "aria-label": "value" });
    const note = el("input", { class: "review-note", type: "text", placeholder: "note", "aria-label": "note" });
    const save = el("button", { type: "button", class: "review-save", text: "Save" });
    save.addEventListener("click", () => {
      const params = new URLSearchParams({ action: "edit" });
      params.append("set", field.value + "=" + value.value);
      if (note.value) params.set("note", note.value);
      act(bar, id, params);
    });
    return el("div", { class: "review-form" }, field, " = ", value, " ", note, " ", save);
  }

  function decorate(card) {
    if (card.dataset.reviewBar) return;
    const id = card.dataset.id;
    if (!id) return;
    card.dataset.reviewBar = "1";
    const bar = el("div", { class: "review-bar" });
    if (card.dataset.reviewed) {
      bar.append(AG.badge("reviewed", "reviewed"), " ");
      card.classList.add("is-reviewed");
    }
    const history = el("button", { type: "button", class: "review-history-button", text: "history" });
    history.addEventListener("click", () => showHistory(bar, id));
    bar.append(history);
    if (csrf) {
      const confirm = el("button", { type: "button", class: "review-confirm", text: "Confirm" });
      const reject = el("button", { type: "button", class: "review-reject", text: "Reject" });
      const edit = el("button", { type: "button", class: "review-edit", text: "Edit" });
      confirm.addEventListener("click", () => act(bar, id, new URLSearchParams({ action: "confirm" })));
      reject.addEventListener("click", () => act(bar, id, new URLSearchParams({ action: "reject" })));
      edit.addEventListener("click", () => {
        if (!bar.querySelector(".review-form")) bar.append(editForm(bar, id));
      });
      bar.append(" ", confirm, " ", reject, " ", edit);
    }
    card.append(bar);
  }

  function scan(root) {
    if (root.matches && root.matches("article.event")) decorate(root);
    if (root.querySelectorAll) root.querySelectorAll("article.event").forEach(decorate);
  }

  async function start() {
    try {
      const s = await AG.api("/api/review/session");
      if (s.review) csrf = s.csrf;
    } catch (e) { csrf = null; }
    scan(document.body);
    new MutationObserver((changes) => {
      for (const c of changes) c.addedNodes.forEach((n) => { if (n.nodeType === 1) scan(n); });
    }).observe(document.body, { childList: true, subtree: true });
  }

  start();
})();
