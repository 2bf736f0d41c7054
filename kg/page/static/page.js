/*
 * The graph page's script, inlined into every page by kg/page/render.py.
 *
 * It draws the views of the JSON document in <script id="kg-data"> with
 * vis-network and wires the controls: hover and click for evidence, filters,
 * search, and expanding folded nodes in place.  Every string from the graph
 * reaches the DOM through textContent or a property, never as markup.
 */
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  const FACTS = DATA.facts;
  const ARTICLES = DATA.articles;
  const KNOWN_RELS = new Set(DATA.relations.map((r) => r[0]));
  const DIM = "#ebebeb";
  const DIM_TEXT = "#d2d2d2";
  const TEXT = "#343434";
  const SHOWN_FACTS = 60;
  // the source filter's value for a source a sentence credits, before its IRI
  const CREDITED = "by:";
  // labels are pushed apart in views of up to this many nodes, in rounds
  const SPREAD_LIMIT = 600;
  const SPREAD_ROUNDS = 2000;
  const SPREAD_SCALE = 3;
  // each of a pair moves this share of the overlap: more than half, so that
  // crowded pairs part in fewer rounds
  const SPREAD_PUSH = 0.75;
  const SPREAD_GAP = 6;
  // the node font of every view (kg/page/data.py), to measure labels with
  const FONT_SIZE = 14;
  const FONT = FONT_SIZE + "px system-ui, sans-serif";
  // vis-network's size of a node that gives none
  const DEFAULT_SIZE = 25;
  // an expanded node's members lie on a sunflower spiral around it
  const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
  const MEMBER_SPACING = 60;

  const kg = {
    data: DATA,
    views: {},
    current: null,
    ready: false,
    readyAt: null,
    selected: null,
  };
  window.kg = kg;
  const $ = (id) => document.getElementById(id);
  const stage = $("kg-stage");
  const panel = $("kg-details");
  const tip = $("kg-tip");
  const specs = {};
  DATA.views.forEach((spec) => {
    specs[spec.name] = spec;
  });
  const measure = document.createElement("canvas").getContext("2d");
  measure.font = FONT;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    return e;
  }
  function status(text) {
    $("kg-status").textContent = text;
  }
  function safeUrl(url) {
    try {
      const u = new URL(url);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch {
      return null;
    }
  }
  function plural(n, noun) {
    return n.toLocaleString("en-US") + " " + noun + (n === 1 ? "" : "s");
  }
  function localName(iri) {
    let name = String(iri);
    for (const sep of ["#", "/"]) {
      if (name.includes(sep)) {
        name = name.slice(name.lastIndexOf(sep) + 1) || name;
      }
    }
    try {
      return decodeURIComponent(name);
    } catch {
      return name;
    }
  }

  // details ------------------------------------------------------------------
  function articleBox(id) {
    const box = el("div", "kg-article");
    const a = id ? ARTICLES[id] : null;
    box.appendChild(el("span", "kg-k", "Article: "));
    box.appendChild(el("span", "kg-title", a && a.t ? a.t : "(no title)"));
    box.appendChild(document.createTextNode(" "));
    box.appendChild(el("span", "kg-date", a && a.d ? a.d : "(no date)"));
    box.appendChild(document.createTextNode(" "));
    box.appendChild(el("code", null, id || "unknown"));
    if (a && a.src && a.src !== DATA.sources.none) {
      const from = el("div", "kg-source");
      from.appendChild(el("span", "kg-k", "Source: "));
      from.appendChild(el("span", null, a.src));
      box.appendChild(from);
    }
    if (a && a.u) {
      const href = safeUrl(a.u);
      const line = el("div", "kg-link");
      let link;
      if (href) {
        link = el("a", null, a.u);
        link.href = href;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
      } else {
        link = el("code", null, a.u);
      }
      line.appendChild(link);
      box.appendChild(line);
    }
    return box;
  }
  function rowsInto(box, rows) {
    (rows || []).forEach((r) => {
      const line = el("div", "kg-row");
      line.appendChild(el("span", "kg-k", r[0] + ": "));
      line.appendChild(el("span", null, r[1]));
      box.appendChild(line);
    });
  }
  function factBox(i, full, title) {
    const f = FACTS[i];
    const box = el("div", "kg-fact");
    if (f.t !== title) {
      box.appendChild(el("div", "kg-fact-head", f.t));
    }
    if (f.s) {
      box.appendChild(el("blockquote", "kg-sentence", f.s));
      if (f.h) {
        box.appendChild(el("div", "kg-note", "(in the headline)"));
      }
    } else {
      box.appendChild(el("div", "kg-note", "no evidence sentence"));
    }
    if (f.a) {
      box.appendChild(articleBox(f.a));
    }
    if (full) {
      rowsInto(box, f.rows);
    }
    return box;
  }
  function factsOf(v, item, isEdge) {
    if (item.f) {
      return item.f;
    }
    if (isEdge || !v.nodes.get(item.id)) {
      return [];
    }
    const found = new Set();
    v.network.getConnectedEdges(item.id).forEach((eid) => {
      const e = v.edges.get(eid);
      if (!e) {
        return;
      }
      (e.f || []).forEach((i) => found.add(i));
      const other = v.nodes.get(e.from === item.id ? e.to : e.from);
      if (other && other.f) {
        other.f.forEach((i) => found.add(i));
      }
    });
    return [...found].sort((a, b) => a - b);
  }
  // a folded node's panel expands it; an expanded group's panels collapse it
  function foldButton(v, item) {
    const group = v.spec.groups[item.id] ? item.id : v.memberOf[item.id];
    if (!group) {
      return null;
    }
    const n = plural(v.spec.groups[group].length, "node");
    const open = Boolean(v.expanded[group]);
    const button = el(
      "button",
      "kg-fold",
      open ? "Collapse these " + n + " into one" : "Expand: draw its " + n,
    );
    button.type = "button";
    button.addEventListener("click", () => (open ? collapse : expand)(v, group));
    return button;
  }
  function details(v, item, isEdge, limit, inPanel) {
    const box = el("div");
    const info = item.info || {};
    box.appendChild(el("h2", null, info.title || item.label || item.id));
    if (info.sub) {
      box.appendChild(el("div", "kg-sub", info.sub));
    }
    const button = inPanel && !isEdge ? foldButton(v, item) : null;
    if (button) {
      box.appendChild(button);
    }
    rowsInto(box, info.rows);
    if (info.art) {
      box.appendChild(articleBox(info.art));
    }
    const all = factsOf(v, item, isEdge);
    const flt = filterState();
    const shown = active(flt)
      ? all.filter((i) => factOk(i, flt) && relOk(FACTS[i], flt))
      : all;
    if (shown.length) {
      let head = "Evidence: " + plural(shown.length, "fact");
      if (shown.length < all.length) {
        head += " (of " + all.length + ", filtered)";
      }
      box.appendChild(el("div", "kg-sub", head));
      shown.slice(0, limit).forEach((i) => {
        box.appendChild(factBox(i, shown.length === 1, info.title));
      });
      if (shown.length > limit) {
        box.appendChild(
          el("div", "kg-note", "… and " + (shown.length - limit) + " more"),
        );
      }
    }
    return box;
  }
  function showDetails(v, item, isEdge) {
    panel.replaceChildren(details(v, item, isEdge, SHOWN_FACTS, true));
    panel.scrollTop = 0;
  }
  function showTip(v, item, isEdge, pointer) {
    tip.replaceChildren(details(v, item, isEdge, 2, false));
    let x = pointer.DOM.x + 14;
    let y = pointer.DOM.y + 14;
    tip.hidden = false;
    const w = stage.clientWidth;
    const h = stage.clientHeight;
    if (x + tip.offsetWidth > w) {
      x = Math.max(0, w - tip.offsetWidth);
    }
    if (y + tip.offsetHeight > h) {
      y = Math.max(0, pointer.DOM.y - tip.offsetHeight - 8);
    }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() {
    tip.hidden = true;
  }

  // filters ------------------------------------------------------------------
  function filterState() {
    const rels = {};
    document.querySelectorAll("#kg-rels input").forEach((c) => {
      rels[c.value] = c.checked;
    });
    return {
      rels: rels,
      actor: $("kg-actor").value,
      article: $("kg-article").value,
      source: $("kg-source").value,
      from: $("kg-from").value,
      to: $("kg-to").value,
      undated: $("kg-undated").checked,
    };
  }
  function active(s) {
    return (
      Object.keys(s.rels).some((r) => !s.rels[r]) ||
      Boolean(s.actor || s.article || s.source || s.from || s.to)
    );
  }
  function sourceOk(f, a, source) {
    if (source.startsWith(CREDITED)) {
      return (f.by || []).includes(source.slice(CREDITED.length));
    }
    return (a ? a.src : "") === source;
  }
  function factOk(i, s) {
    const f = FACTS[i];
    const a = f.a ? ARTICLES[f.a] : null;
    if (s.article && f.a !== s.article) {
      return false;
    }
    if (s.source && !sourceOk(f, a, s.source)) {
      return false;
    }
    if (s.from || s.to) {
      const d = a ? a.d : null;
      if (!d) {
        if (!s.undated) {
          return false;
        }
      } else if ((s.from && d < s.from) || (s.to && d > s.to)) {
        return false;
      }
    }
    if (s.actor && !f.x.includes(s.actor)) {
      return false;
    }
    return true;
  }
  function relOk(f, s) {
    return f.r.some((r) => s.rels[r] !== false);
  }
  function edgeOk(e, s) {
    if (KNOWN_RELS.has(e.rel)) {
      return s.rels[e.rel] !== false && e.f.some((i) => factOk(i, s));
    }
    return e.f.some((i) => factOk(i, s) && relOk(FACTS[i], s));
  }
  function nodeOk(n, s) {
    return n.f.some((i) => factOk(i, s) && relOk(FACTS[i], s));
  }
  function applyFilters(v) {
    const s = filterState();
    const on = active(s);
    const shownN = new Set();
    const shownE = new Set();
    const nodes = v.nodes.get();
    const edges = v.edges.get();
    if (!on) {
      nodes.forEach((n) => shownN.add(n.id));
      edges.forEach((e) => shownE.add(e.id));
    } else {
      nodes.forEach((n) => {
        if (n.f && nodeOk(n, s)) {
          shownN.add(n.id);
        }
      });
      edges.forEach((e) => {
        if (e.f && edgeOk(e, s)) {
          shownE.add(e.id);
          shownN.add(e.from);
          shownN.add(e.to);
        }
      });
      // what a shown fact involves is shown too
      edges.forEach((e) => {
        if (e.f) {
          return;
        }
        const a = v.nodes.get(e.from);
        const b = v.nodes.get(e.to);
        if (!a || !b) {
          return;
        }
        if (a.f && shownN.has(a.id) && !b.f) {
          shownN.add(b.id);
        }
        if (b.f && shownN.has(b.id) && !a.f) {
          shownN.add(a.id);
        }
      });
      if (s.actor && v.nodes.get(s.actor)) {
        shownN.add(s.actor);
      }
      edges.forEach((e) => {
        if (!e.f && shownN.has(e.from) && shownN.has(e.to)) {
          shownE.add(e.id);
        }
      });
    }
    const nodeUp = [];
    const edgeUp = [];
    nodes.forEach((n) => {
      const hide = !shownN.has(n.id);
      if (Boolean(n.hidden) !== hide) {
        nodeUp.push({ id: n.id, hidden: hide });
      }
    });
    edges.forEach((e) => {
      const hide = !shownE.has(e.id);
      if (Boolean(e.hidden) !== hide) {
        edgeUp.push({ id: e.id, hidden: hide });
      }
    });
    v.nodes.update(nodeUp);
    v.edges.update(edgeUp);
    v.filtered = on;
    const n = nodes.filter((x) => shownN.has(x.id)).length;
    status(
      (on ? "Filtered: " : "") +
        n +
        " of " +
        nodes.length +
        " nodes and " +
        shownE.size +
        " of " +
        edges.length +
        " edges shown.",
    );
  }
  function refilter() {
    Object.keys(kg.views).forEach((name) => {
      kg.views[name].stale = true;
    });
    if (kg.current) {
      applyFilters(kg.current);
      kg.current.stale = false;
    }
    if (kg.current && kg.selected) {
      select(kg.current, kg.selected, false);
    }
  }

  // highlight ----------------------------------------------------------------
  function highlight(v, id, edge) {
    const keepN = new Set();
    const keepE = new Set();
    const nodeUp = [];
    const edgeUp = [];
    if (edge) {
      id = edge.id;
      keepE.add(edge.id);
      keepN.add(edge.from);
      keepN.add(edge.to);
    } else if (id !== null) {
      keepN.add(id);
      v.network.getConnectedNodes(id).forEach((n) => keepN.add(n));
      v.network.getConnectedEdges(id).forEach((e) => keepE.add(e));
    }
    v.nodes.forEach((n) => {
      const dim = id !== null && !keepN.has(n.id);
      if (Boolean(n.dim) !== dim) {
        nodeUp.push({
          id: n.id,
          dim: dim,
          color: dim ? DIM : n.c0,
          font: { color: dim ? DIM_TEXT : TEXT },
        });
      }
    });
    v.edges.forEach((e) => {
      const dim = id !== null && !keepE.has(e.id);
      if (Boolean(e.dim) !== dim) {
        edgeUp.push({
          id: e.id,
          dim: dim,
          color: dim ? DIM : e.c0,
          font: { color: dim ? DIM_TEXT : TEXT },
        });
      }
    });
    v.nodes.update(nodeUp);
    v.edges.update(edgeUp);
  }
  function select(v, id, focus) {
    const node = v.nodes.get(id);
    if (!node) {
      return;
    }
    kg.selected = id;
    v.network.selectNodes([id]);
    highlight(v, id);
    showDetails(v, node, false);
    if (focus) {
      v.network.focus(id, {
        scale: Math.max(1.2, v.network.getScale()),
        animation: { duration: 300, easingFunction: "easeInOutQuad" },
      });
    }
  }
  function clearSelection(v) {
    kg.selected = null;
    highlight(v, null);
    panel.replaceChildren(
      el("p", "kg-note", "Click a node or an edge to see its evidence."),
    );
  }

  // layout: labels apart -----------------------------------------------------
  // the box a node takes on the canvas, shape and label, around its centre
  function extent(n) {
    const half = measure.measureText(n.label || "").width / 2;
    if (n.shape === "box") {
      return { l: -half - 11, r: half + 11, t: -18, b: 18 };
    }
    if (n.shape === "ellipse") {
      return { l: -half - 8, r: half + 8, t: -FONT_SIZE, b: FONT_SIZE };
    }
    // every other shape draws its label below itself
    const size = n.size || DEFAULT_SIZE;
    const wide = Math.max(size, half);
    return { l: -wide, r: wide, t: -size, b: size + FONT_SIZE + 2 };
  }
  // Nodes with no edge drift to the rim of a physics layout and make the
  // drawing, and so its fit, large: lay them out in rows below the rest,
  // in the order of the view (sorted by id in kg/page/views.py).
  function gatherLonely(v) {
    const ids = v.nodes.getIds();
    if (ids.length > SPREAD_LIMIT) {
      return;
    }
    const linked = new Set();
    v.edges.forEach((e) => {
      linked.add(e.from);
      linked.add(e.to);
    });
    const lonely = ids.filter((id) => !linked.has(id));
    const rest = ids.filter((id) => linked.has(id));
    if (!lonely.length || !rest.length) {
      return;
    }
    const pos = v.network.getPositions(ids);
    const xs = rest.map((id) => pos[id].x);
    const ys = rest.map((id) => pos[id].y);
    const left = Math.min(...xs);
    const width = Math.max(Math.max(...xs) - left, 400);
    let x = left;
    let y = Math.max(...ys) + 3 * FONT_SIZE;
    let row = 0;
    lonely.forEach((id) => {
      const box = extent(v.nodes.get(id));
      if (x > left && x + box.r - box.l > left + width) {
        x = left;
        y += row + SPREAD_GAP;
        row = 0;
      }
      v.network.moveNode(id, x - box.l, y - box.t);
      x += box.r - box.l + 2 * SPREAD_GAP;
      row = Math.max(row, box.b - box.t);
    });
  }
  // the pairs of boxes that overlap, found with a sweep along x
  function overlapping(boxes) {
    const left = (p) => p.x + p.l;
    boxes.sort((p, q) => left(p) - left(q) || (p.id < q.id ? -1 : 1));
    const pairs = [];
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      for (let j = i + 1; j < boxes.length && left(boxes[j]) < a.x + a.r; j++) {
        const b = boxes[j];
        if (a.y + a.t < b.y + b.b && b.y + b.t < a.y + a.b) {
          pairs.push([a, b]);
        }
      }
    }
    return pairs;
  }
  // how much the whole drawing must grow for a pair to part, along x or y
  function partingScale(a, b) {
    const dx = Math.abs(a.x - b.x);
    const dy = Math.abs(a.y - b.y);
    const sx = dx ? (a.x < b.x ? a.r - b.l : b.r - a.l) / dx : Infinity;
    const sy = dy ? (a.y < b.y ? a.b - b.t : b.b - a.t) / dy : Infinity;
    return Math.min(sx, sy);
  }
  // Spread nodes whose boxes (shape and label) overlap: first, if `grow`,
  // the whole drawing grows, keeping its shape, until the median overlapping
  // pair parts (at most SPREAD_SCALE times); then pairs that still overlap
  // are pushed apart, in rounds, along the axis that needs the shorter move.
  // The same view always moves the same way.  Returns the ids of nodes moved.
  function spreadLabels(v, ids, grow) {
    if (ids.length < 2 || ids.length > SPREAD_LIMIT) {
      return [];
    }
    const pos = v.network.getPositions(ids);
    const boxes = ids.map((id) => {
      const box = extent(v.nodes.get(id));
      return {
        id: id,
        x: pos[id].x,
        y: pos[id].y,
        l: box.l - SPREAD_GAP,
        r: box.r + SPREAD_GAP,
        t: box.t - SPREAD_GAP,
        b: box.b + SPREAD_GAP,
      };
    });
    let pairs = overlapping(boxes);
    if (!pairs.length) {
      return [];
    }
    const needed = pairs.map(([a, b]) => partingScale(a, b)).sort((p, q) => p - q);
    const scale = grow ? Math.min(SPREAD_SCALE, needed[needed.length >> 1]) : 1;
    if (scale > 1) {
      const cx = boxes.reduce((sum, b) => sum + b.x, 0) / boxes.length;
      const cy = boxes.reduce((sum, b) => sum + b.y, 0) / boxes.length;
      boxes.forEach((b) => {
        b.x = cx + (b.x - cx) * scale;
        b.y = cy + (b.y - cy) * scale;
      });
      pairs = overlapping(boxes);
    }
    // a drawing taller than the stage (relative to its width) parts pairs
    // sideways more readily, and a wider one up and down
    const aspect = (v.box.clientHeight || 1) / (v.box.clientWidth || 1);
    for (let round = 0; round < SPREAD_ROUNDS && pairs.length; round++) {
      const xs = boxes.map((b) => b.x);
      const ys = boxes.map((b) => b.y);
      const tall =
        (Math.max(...ys) - Math.min(...ys) + 1) /
        (Math.max(...xs) - Math.min(...xs) + 1) /
        aspect;
      pairs.forEach(([a, b]) => {
        const dx = Math.min(a.x + a.r - (b.x + b.l), b.x + b.r - (a.x + a.l));
        const dy = Math.min(a.y + a.b - (b.y + b.t), b.y + b.b - (a.y + a.t));
        if (dx <= 0 || dy <= 0) {
          return; // parted by an earlier push this round
        }
        if (dx < dy * tall) {
          const step = (a.x <= b.x ? 1 : -1) * (dx * SPREAD_PUSH + 0.5);
          a.x -= step;
          b.x += step;
        } else {
          const step = (a.y <= b.y ? 1 : -1) * (dy * SPREAD_PUSH + 0.5);
          a.y -= step;
          b.y += step;
        }
      });
      pairs = overlapping(boxes);
      v.spreadRounds = round + 1;
    }
    const moved = boxes.filter((b) => b.x !== pos[b.id].x || b.y !== pos[b.id].y);
    moved.forEach((b) => v.network.moveNode(b.id, b.x, b.y));
    return moved.map((b) => b.id);
  }

  // folded nodes -------------------------------------------------------------
  function endpoint(v, id) {
    const group = v.memberOf[id];
    return group && !v.expanded[group] ? group : id;
  }
  // Draw again every edge that touches a group's node or its members, from
  // the edges as they were before folding, merged as kg/page/folding.py does.
  function rewire(v, group) {
    const members = v.spec.groups[group];
    const touched = new Set([group, ...members.map((m) => m.id)]);
    v.edges.remove(
      v.edges.getIds({
        filter: (e) => touched.has(e.from) || touched.has(e.to),
      }),
    );
    const merged = new Map();
    v.spec.foldedEdges.forEach((e) => {
      if (v.memberOf[e.from] !== group && v.memberOf[e.to] !== group) {
        return;
      }
      const from = endpoint(v, e.from);
      const to = endpoint(v, e.to);
      if (from === to && (from !== e.from || to !== e.to)) {
        return; // inside one folded node
      }
      const key = JSON.stringify([from, e.rel, to]);
      const into = merged.get(key);
      if (!into) {
        merged.set(
          key,
          Object.assign({}, e, {
            id: "x" + key,
            from: from,
            to: to,
            n: e.n || 1,
          }),
        );
        return;
      }
      into.n += e.n || 1;
      if (e.f || into.f) {
        into.f = [...new Set([...(into.f || []), ...(e.f || [])])].sort(
          (a, b) => a - b,
        );
      }
    });
    const added = [...merged.values()].map((e) => {
      if (e.n > 1) {
        const name = localName(e.rel);
        if (v.spec.edgeLabels) {
          e.label = name + " ×" + e.n.toLocaleString("en-US");
        }
        e.width = Math.round((1 + Math.log2(e.n)) * 100) / 100;
        e.info = {
          title: (e.info && e.info.title) || name,
          sub: plural(e.n, "edge") + " merged",
        };
      }
      e.c0 = e.color;
      return e;
    });
    v.edges.add(added);
  }
  function expand(v, group) {
    const home = v.nodes.get(group);
    if (!home || v.expanded[group]) {
      return;
    }
    const members = v.spec.groups[group];
    const at = v.network.getPosition(group);
    v.home[group] = Object.assign({}, home, at, {
      color: home.c0,
      dim: false,
      font: { color: TEXT },
    });
    v.expanded[group] = true;
    hideTip();
    v.nodes.remove(group);
    v.nodes.add(
      members.map((m, i) => {
        const r = MEMBER_SPACING * Math.sqrt(i + 0.5);
        const angle = i * GOLDEN_ANGLE;
        return Object.assign({}, m, {
          x: at.x + r * Math.cos(angle),
          y: at.y + r * Math.sin(angle),
          c0: m.color,
        });
      }),
    );
    rewire(v, group);
    const ids = members.map((m) => m.id);
    spreadLabels(v, v.nodes.getIds(), false);
    applyFilters(v);
    kg.selected = null;
    highlight(v, null);
    v.network.unselectAll();
    v.network.fit({ nodes: ids, animation: false });
    panel.replaceChildren(details(v, v.home[group], false, SHOWN_FACTS, true));
    status("Expanded " + home.label + ": " + plural(ids.length, "node") + " drawn.");
  }
  function collapse(v, group) {
    if (!v.expanded[group]) {
      return;
    }
    const members = v.spec.groups[group];
    v.expanded[group] = false;
    hideTip();
    v.nodes.remove(members.map((m) => m.id));
    v.nodes.add(v.home[group]);
    rewire(v, group);
    applyFilters(v);
    select(v, group, false);
    status(
      "Collapsed " +
        plural(members.length, "node") +
        " into " +
        v.home[group].label +
        ".",
    );
  }

  // views --------------------------------------------------------------------
  function legend(spec) {
    const box = $("kg-legend");
    const list = el("ul");
    box.replaceChildren(el("strong", null, "Legend"));
    spec.legend.nodes.forEach((k) => {
      const item = el("li");
      const sw = el("span", "kg-swatch kg-" + k[3]);
      sw.style.background = k[2];
      item.appendChild(sw);
      item.appendChild(document.createTextNode(k[1]));
      list.appendChild(item);
    });
    spec.legend.edges.forEach((r) => {
      const item = el("li");
      const sw = el("span", "kg-line");
      sw.style.borderTopColor = r[2];
      item.dataset.rel = r[0];
      item.appendChild(sw);
      item.appendChild(document.createTextNode(r[1]));
      list.appendChild(item);
    });
    if (spec.folded) {
      const item = el("li");
      const sw = el("span", "kg-swatch kg-dot");
      sw.style.borderStyle = "dashed";
      item.appendChild(sw);
      item.appendChild(
        document.createTextNode("dashed outline: folded nodes (select, then Expand)"),
      );
      list.appendChild(item);
    }
    box.appendChild(list);
  }
  function labels(spec) {
    const list = $("kg-labels");
    const seen = new Set();
    list.replaceChildren();
    spec.nodes.forEach((n) => {
      if (seen.has(n.label)) {
        return;
      }
      seen.add(n.label);
      const o = document.createElement("option");
      o.value = n.label;
      list.appendChild(o);
    });
  }
  function markReady(v) {
    if (v.ready) {
      return;
    }
    v.ready = true;
    v.readyAt = performance.now();
    if (!kg.ready) {
      kg.ready = true;
      kg.readyAt = v.readyAt;
    }
    if (kg.current === v) {
      applyFilters(v);
    }
  }
  function build(spec) {
    const box = el("div", "kg-network");
    box.id = "kg-net-" + spec.name;
    stage.appendChild(box);
    const nodes = new vis.DataSet(
      spec.nodes.map((n) => Object.assign(n, { c0: n.color })),
    );
    const edges = new vis.DataSet(
      spec.edges.map((e) => Object.assign(e, { c0: e.color })),
    );
    const memberOf = {};
    Object.keys(spec.groups).forEach((group) => {
      spec.groups[group].forEach((m) => {
        memberOf[m.id] = group;
      });
    });
    const v = {
      spec: spec,
      box: box,
      nodes: nodes,
      edges: edges,
      memberOf: memberOf,
      expanded: {},
      home: {},
      ready: false,
      readyAt: null,
      stale: true,
      filtered: false,
    };
    kg.views[spec.name] = v;
    const network = new vis.Network(box, { nodes: nodes, edges: edges }, spec.options);
    v.network = network;
    let settled = !spec.physics;
    const settle = () => {
      const started = performance.now();
      gatherLonely(v);
      spreadLabels(v, nodes.getIds(), true);
      v.spreadMs = performance.now() - started;
      network.fit({ animation: false });
    };
    network.on("afterDrawing", () => {
      if (settled) {
        markReady(v);
      }
    });
    if (spec.physics) {
      status("Settling the layout…");
      network.once("stabilizationIterationsDone", () => {
        network.setOptions({ physics: false });
        settle();
        settled = true;
        network.redraw();
      });
    } else {
      settle();
    }
    if (!spec.nodes.length) {
      settled = true;
      markReady(v);
    }
    network.on("hoverNode", (p) => showTip(v, nodes.get(p.node), false, p.pointer));
    network.on("hoverEdge", (p) => showTip(v, edges.get(p.edge), true, p.pointer));
    network.on("blurNode", hideTip);
    network.on("blurEdge", hideTip);
    network.on("dragStart", hideTip);
    network.on("zoom", hideTip);
    network.on("click", (p) => {
      hideTip();
      if (p.nodes.length) {
        select(v, p.nodes[0], false);
      } else if (p.edges.length) {
        // an edge of the selected node keeps its neighbourhood lit
        const e = edges.get(p.edges[0]);
        if (kg.selected !== e.from && kg.selected !== e.to) {
          kg.selected = null;
          highlight(v, null, e);
        }
        showDetails(v, e, true);
      } else {
        clearSelection(v);
      }
    });
    network.on("doubleClick", (p) => {
      if (p.nodes.length && spec.groups[p.nodes[0]]) {
        expand(v, p.nodes[0]);
      }
    });
    return v;
  }
  function show(name) {
    const spec = specs[name];
    if (!spec) {
      return null;
    }
    hideTip();
    Object.keys(kg.views).forEach((k) => {
      kg.views[k].box.hidden = k !== name;
    });
    document.querySelectorAll("#kg-tabs button").forEach((b) => {
      b.setAttribute("aria-selected", String(b.dataset.view === name));
    });
    const v = kg.views[name] || build(spec);
    kg.current = v;
    v.box.hidden = false;
    legend(spec);
    labels(spec);
    $("kg-view-notes").replaceChildren();
    spec.notes.forEach((t) => {
      $("kg-view-notes").appendChild(el("p", null, t));
    });
    if (v.stale) {
      applyFilters(v);
      v.stale = false;
    }
    if (kg.selected && v.nodes.get(kg.selected)) {
      select(v, kg.selected, false);
    } else {
      clearSelection(v);
    }
    return v;
  }
  // the nodes a view draws at first, or those it folded away
  function pool(spec, folded) {
    if (!folded) {
      return spec.nodes;
    }
    return Object.keys(spec.groups).flatMap((group) => spec.groups[group]);
  }
  // A node by label: exact, then prefix, then substring or title matches,
  // drawn ones first (in this view, then the others), then folded ones.
  function find(text) {
    const q = text.trim().toLowerCase();
    if (!q) {
      return null;
    }
    const here = kg.current.spec.name;
    const order = [here].concat(Object.keys(specs).filter((k) => k !== here));
    const tests = [
      (n) => n.label.toLowerCase() === q,
      (n) => n.label.toLowerCase().startsWith(q),
      (n) =>
        n.label.toLowerCase().includes(q) ||
        (n.info && String(n.info.title).toLowerCase().includes(q)),
    ];
    for (const folded of [false, true]) {
      for (const test of tests) {
        for (const name of order) {
          const hit = pool(specs[name], folded).filter(test);
          if (hit.length) {
            const v = kg.views[name];
            const visible = hit.filter((n) => {
              const live = v ? v.nodes.get(n.id) : null;
              return !(live && live.hidden);
            });
            return { view: name, id: (visible[0] || hit[0]).id };
          }
        }
      }
    }
    return null;
  }
  function search(text) {
    const hit = find(text);
    if (!hit) {
      status("No node matches “" + text + "”.");
      return null;
    }
    const v = kg.current.spec.name === hit.view ? kg.current : show(hit.view);
    if (v.memberOf[hit.id] && !v.expanded[v.memberOf[hit.id]]) {
      expand(v, v.memberOf[hit.id]); // a node folded away
    } else if (v.expanded[hit.id]) {
      collapse(v, hit.id); // a folded node, now expanded
    }
    if (v.nodes.get(hit.id).hidden) {
      resetFilters();
    }
    select(v, hit.id, true);
    status("Found: " + v.nodes.get(hit.id).label);
    return hit.id;
  }
  function resetFilters() {
    $("kg-filters").reset();
    refilter();
  }

  // controls -----------------------------------------------------------------
  function option(parent, value, text) {
    const o = document.createElement("option");
    o.value = value;
    o.textContent = text;
    parent.appendChild(o);
  }
  DATA.relations.forEach((r) => {
    const label = el("label");
    const box = document.createElement("input");
    const sw = el("span", "kg-line");
    box.type = "checkbox";
    box.value = r[0];
    box.checked = true;
    box.defaultChecked = true;
    sw.style.borderTopColor = r[2];
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(document.createTextNode(r[1]));
    $("kg-rels").appendChild(label);
  });
  DATA.actors.forEach((a) => option($("kg-actor"), a[0], a[1]));
  const ids = Object.keys(ARTICLES).sort((x, y) => {
    const dx = ARTICLES[x].d || "9999";
    const dy = ARTICLES[y].d || "9999";
    if (dx !== dy) {
      return dx < dy ? -1 : 1;
    }
    return x < y ? -1 : x > y ? 1 : 0;
  });
  ids.forEach((id) => {
    const a = ARTICLES[id];
    option($("kg-article"), id, (a.d || "undated") + " · " + (a.t || id));
  });
  const published = el("optgroup");
  published.label = "Published by (or the site of its URL)";
  DATA.sources.published.forEach((s) => option(published, s, s));
  $("kg-source").appendChild(published);
  if (DATA.sources.credited.length) {
    const credited = el("optgroup");
    credited.label = "Credited in the sentence (“according to …”)";
    DATA.sources.credited.forEach((s) => option(credited, CREDITED + s[0], s[1]));
    $("kg-source").appendChild(credited);
  }
  $("kg-filters").addEventListener("change", refilter);
  $("kg-filters").addEventListener("reset", () => setTimeout(refilter, 0));
  $("kg-search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    search($("kg-search").value);
  });
  document.querySelectorAll("#kg-tabs button").forEach((b) => {
    b.addEventListener("click", () => show(b.dataset.view));
  });
  kg.show = show;
  kg.search = search;
  kg.applyFilters = () => refilter();
  kg.expand = (group) => expand(kg.current, group);
  kg.collapse = (group) => collapse(kg.current, group);
  show(DATA.views[0].name);
})();
