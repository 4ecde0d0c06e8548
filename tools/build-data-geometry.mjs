// Geometry helpers of the data pipeline (tools/build-data.mjs): Douglas-Peucker simplification,
// rounding, ring checks, and decoding of ECharts' quantized outlines and of TopoJSON arcs.

// Coordinates are rounded to 1e-4 degrees (about 11 m).
export const DIGITS = 4;

export const round = (v) => Number(v.toFixed(DIGITS));

// Douglas-Peucker on a closed ring of [lon, lat] points, iterative (no recursion depth issues).
export function simplifyRing(ring, tol) {
  const n = ring.length;
  if (n <= 4) return ring;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  // Split a closed ring at its farthest point from the start so both halves are open chains.
  let far = 0, best = -1;
  for (let i = 1; i < n - 1; i++) {
    const d = (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2;
    if (d > best) { best = d; far = i; }
  }
  keep[far] = 1;
  const stack = [[0, far], [far, n - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = ring[a], [bx, by] = ring[b];
    const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    let idx = -1, dmax = tol * tol;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = ring[i];
      let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
      t = Math.max(0, Math.min(1, t));
      const qx = ax + t * dx - px, qy = ay + t * dy - py;
      const d = qx * qx + qy * qy;
      if (d > dmax) { dmax = d; idx = i; }
    }
    if (idx >= 0) { keep[idx] = 1; stack.push([a, idx], [idx, b]); }
  }
  return ring.filter((_, i) => keep[i]);
}

export function ringArea(ring) {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s / 2;
}

// True when two non-adjacent edges of the closed ring cross (O(n^2), fine for these sizes).
export function selfIntersects(r) {
  const n = r.length;
  const orient = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  for (let i = 0; i < n; i++) {
    const a = r[i], b = r[(i + 1) % n];
    const minX = Math.min(a[0], b[0]), maxX = Math.max(a[0], b[0]);
    const minY = Math.min(a[1], b[1]), maxY = Math.max(a[1], b[1]);
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // adjacent through the closing edge
      const c = r[j], d = r[(j + 1) % n];
      if (Math.max(c[0], d[0]) < minX || Math.min(c[0], d[0]) > maxX ||
          Math.max(c[1], d[1]) < minY || Math.min(c[1], d[1]) > maxY) continue;
      const o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
      if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return true;
    }
  }
  return false;
}

// Returns a flat [lon, lat, lon, lat, ...] ring without the closing duplicate, or null when
// the ring collapses below a triangle or below a tiny area after simplification.
// Simplification must not make a ring cross itself (the fill would then differ from the
// outline's area): tolerance is halved until it does not, down to no simplification.
export function prepareRing(ring, tol) {
  for (let t = tol; ; t /= 2) {
    const r = simplifyAndRound(ring, t >= tol / 16 ? t : 0, tol);
    if (!r || t < tol / 16 || !selfIntersects(r)) return r ? r.flat() : null;
  }
}

export function simplifyAndRound(ring, tol, areaTol) {
  const closed = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] &&
    ring[0][1] === ring[ring.length - 1][1];
  const r = closed ? ring : [...ring, ring[0]];
  const simple = (tol > 0 ? simplifyRing(r, tol) : r).map(([x, y]) => [round(x), round(y)]);
  const dedup = [];
  for (const p of simple) {
    const q = dedup[dedup.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) dedup.push(p);
  }
  if (dedup.length > 1 && dedup[0][0] === dedup[dedup.length - 1][0] &&
      dedup[0][1] === dedup[dedup.length - 1][1]) dedup.pop();
  if (dedup.length < 3 || Math.abs(ringArea(dedup)) < areaTol * areaTol * 0.5) return null;
  return dedup;
}

// Applies `ringFn` (a ring -> a ring or null) to every ring; a polygon whose outer ring gives
// null is dropped, and so is a hole that does.
export function mapPolygons(polygons, ringFn) {
  const out = [];
  for (const poly of polygons) {
    const outer = ringFn(poly[0]);
    if (!outer) continue;
    out.push([outer, ...poly.slice(1).map(ringFn).filter(Boolean)]);
  }
  return out;
}

export const preparePolygons = (polygons, tol) => mapPolygons(polygons, (r) => prepareRing(r, tol));

// ---------------------------------------------------------------------------------------------
// [SECTION] ECharts 4 quantized GeoJSON

export function decodeEchartsRing(str, offsets) {
  const ring = [];
  let px = offsets[0], py = offsets[1];
  for (let i = 0; i + 1 < str.length; i += 2) {
    let x = str.charCodeAt(i) - 64, y = str.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += px; y += py; px = x; py = y;
    ring.push([x / 1024, y / 1024]);
  }
  return ring;
}

export function decodeEchartsGeometry(g) {
  if (g.type === 'Polygon')
    return [g.coordinates.map((r, i) => decodeEchartsRing(r, g.encodeOffsets[i]))];
  if (g.type === 'MultiPolygon')
    return g.coordinates.map((poly, p) =>
      poly.map((r, i) => decodeEchartsRing(r, g.encodeOffsets[p][i])));
  throw new Error(`unexpected geometry type ${g.type}`);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] TopoJSON (world-atlas)

export function topoArcs(topo) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

export function topoRing(arcs, indices) {
  const ring = [];
  for (const i of indices) {
    const a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    ring.push(...(ring.length ? a.slice(1) : a));
  }
  return ring;
}

export function topoPolygons(arcs, geom) {
  if (geom.type === 'Polygon') return [geom.arcs.map((r) => topoRing(arcs, r))];
  if (geom.type === 'MultiPolygon')
    return geom.arcs.map((poly) => poly.map((r) => topoRing(arcs, r)));
  return [];
}
