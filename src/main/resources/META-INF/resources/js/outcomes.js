// Ops dashboard: how calls ended (resolution, complaint, transfer, CSAT) per pool and product over the last 24 h,
// from the journal; and the live on/off benchmark, Attune against the longest-idle control arm, when it runs.
import { getJson } from './api.js';
import { h, clear, percent } from './dom.js';

const REFRESH_MS = 60_000;
const section = document.getElementById('outcomes');

const finite = (e) => e && e.n > 0 && typeof e.value === 'number' && Number.isFinite(e.value);
const share = (e) => (finite(e) ? percent(e.value) : '–');
const csat = (e) => (finite(e) ? e.value.toFixed(2) : '–');
const within = (e, format) => (finite(e) && Number.isFinite(e.lower) ? `${format(e.lower)}–${format(e.upper)}` : 'no interval yet');

function tile(metric, label, value, sub) {
  return h('div', { class: 'tile', 'data-metric': metric }, h('div', { class: 'label' }, label),
    h('div', { class: 'value' }, value), h('div', { class: 'sub' }, sub));
}

function poolBlock(total, products) {
  const m = total.measures;
  return h('div', { class: 'panel', 'data-outcomes-pool': total.poolId, style: { marginBottom: '12px' } },
    h('h3', {}, `${total.poolId}: how calls ended, last 24 h`),
    h('div', { class: 'tiles' },
      tile('resolution', 'Resolved', share(m.resolution), `${m.resolution.n} reported · ${within(m.resolution, percent)}`),
      tile('complaint', 'Complaints', share(m.complaint), within(m.complaint, percent)),
      tile('transfer', 'Transferred', share(m.transfer), within(m.transfer, percent)),
      tile('csat', 'CSAT (1-5)', csat(m.csat), `${m.csat.n} rated · ${within(m.csat, (v) => v.toFixed(2))}`)),
    h('table', { 'data-testid': 'outcomes-by-product' },
      h('thead', {}, h('tr', {}, ['Product', 'Reported', 'Resolved', 'Complaint', 'Transferred', 'CSAT'].map(t => h('th', {}, t)))),
      h('tbody', {}, products.map(p => h('tr', { 'data-product': p.productCode }, h('td', {}, p.productCode),
        h('td', { class: 'num' }, p.measures.resolution.n), h('td', { class: 'num' }, share(p.measures.resolution)),
        h('td', { class: 'num' }, share(p.measures.complaint)), h('td', { class: 'num' }, share(p.measures.transfer)),
        h('td', { class: 'num' }, csat(p.measures.csat)))))));
}

function benchmarkTile(report) {
  const a = report.arms;
  if (!report.controlArm.enabled && !a.control.calls) return null;
  const d = a.difference;
  const points = (e) => (finite(e) ? `${e.value >= 0 ? '+' : '−'}${Math.abs(e.value * 100).toFixed(1)} pts` : '–');
  return h('div', { class: 'panel', 'data-testid': 'benchmark-tile', style: { marginBottom: '12px' } },
    h('h3', {}, 'Attune against the control arm (longest idle), last 24 h'),
    h('div', { class: 'tiles' },
      tile('benchmark-share', 'Control arm', percent(a.controlShare), `${a.control.calls} of ${a.attune.calls + a.control.calls} calls`
        + (report.controlArm.enabled ? '' : ' · now off')),
      tile('benchmark-service-level', 'Service level, Attune − control', points(d.serviceLevel), within(d.serviceLevel, (v) => (v * 100).toFixed(1))),
      tile('benchmark-empathy', 'Empathy match, Attune − control', finite(d.empathyMatch) ? d.empathyMatch.value.toFixed(3) : '–',
        within(d.empathyMatch, (v) => v.toFixed(3))),
      tile('benchmark-resolution', 'Resolved, Attune − control', points(d.resolution), within(d.resolution, (v) => (v * 100).toFixed(1)))));
}

async function refresh() {
  try {
    const to = new Date();
    const from = new Date(to.getTime() - 24 * 3600_000);
    const [outcomes, benchmark] = await Promise.all([getJson('/api/v1/dashboard/outcomes?hours=24'),
      getJson(`/api/v1/benchmark?from=${from.toISOString()}&to=${to.toISOString()}`)]);
    const totals = outcomes.rates.filter(r => r.productCode === null);
    const blocks = totals.map(t => poolBlock(t, outcomes.rates.filter(r => r.poolId === t.poolId && r.productCode !== null)));
    const tile = benchmarkTile(benchmark);
    clear(section).append(...(tile ? [tile] : []), ...blocks);
  } catch (e) {
    clear(section).append(h('div', { class: 'banner watch' }, `Outcomes could not be loaded: ${e.message}`));
  }
}

if (section) {
  refresh();
  setInterval(refresh, REFRESH_MS);
}
