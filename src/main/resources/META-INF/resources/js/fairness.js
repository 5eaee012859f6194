// Fairness audit page (compliance, admin): per customer segment how its calls were served, each favourable rate
// against the best-served segment of the same kind, the flags under the band, the CSV; and the live benchmark's arms.
import { getJson } from './api.js';
import { h, clear, percent, dateTime } from './dom.js';
import { signedIn } from './signed-in.js';

const from = document.getElementById('audit-from');
const to = document.getElementById('audit-to');
const pool = document.getElementById('audit-pool');
const csv = document.getElementById('audit-csv');
const error = document.getElementById('audit-error');
const summary = document.getElementById('audit-summary');
const table = document.getElementById('audit');
const benchmark = document.getElementById('benchmark');

const RATES = {
  ANSWERED: 'answered', SERVICE_LEVEL: 'service level', TOP_EMPATHY: 'top-empathy agent',
  TOP_PROFICIENCY: 'top-proficiency agent', RESOLVED: 'resolved', NO_COMPLAINT: 'no complaint',
};
const MEASURES = [
  ['asaSeconds', 'ASA', (v) => `${v.toFixed(1)} s`], ['abandonment', 'Abandoned', percent], ['serviceLevel', 'Service level', percent],
  ['topEmpathyShare', 'Top-empathy agent', percent], ['topProficiencyShare', 'Top-proficiency agent', percent],
  ['resolution', 'Resolved', percent], ['complaint', 'Complaint', percent], ['transfer', 'Transferred', percent],
  ['csat', 'CSAT', (v) => v.toFixed(2)],
];

const finite = (v) => typeof v === 'number' && Number.isFinite(v);
const shown = (estimate, format) => (estimate && finite(estimate.value) && estimate.n > 0 ? format(estimate.value) : '–');
const interval = (estimate, format) => (estimate && finite(estimate.lower) && finite(estimate.upper) && estimate.n > 0
  ? `${format(estimate.lower)} – ${format(estimate.upper)}` : 'no interval');
const local = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
const instant = (input) => (input.value ? new Date(input.value).toISOString() : '');

function query() {
  const params = new URLSearchParams();
  if (from.value) params.set('from', instant(from));
  if (to.value) params.set('to', instant(to));
  if (pool.value.trim()) params.set('pool', pool.value.trim());
  return params.toString();
}

/** The segment's lowest favourable-rate ratio: what decides whether it is flagged. */
function lowest(segment) {
  return segment.disparities.filter(d => finite(d.ratio)).sort((a, b) => a.ratio - b.ratio)[0];
}

function segmentRow(s) {
  const low = lowest(s);
  return h('tr', { 'data-segment': `${s.dimension}=${s.segment}`, class: s.flagged ? 'flagged' : '' },
    h('td', {}, s.dimension), h('td', { 'data-field': 'segment' }, s.segment),
    h('td', { class: 'num', 'data-field': 'calls' }, s.measures.calls),
    MEASURES.map(([key, , format]) => h('td', { class: 'num', 'data-field': key, title: interval(s.measures[key], format) },
      shown(s.measures[key], format))),
    h('td', { class: 'num', 'data-field': 'ratio',
      title: low ? `${RATES[low.rate]}: ${low.ratio.toFixed(2)} of ${low.bestSegment}'s, interval ${low.lower.toFixed(2)}–${low.upper.toFixed(2)}` : '' },
      low ? `${low.ratio.toFixed(2)} (${RATES[low.rate]} vs ${low.bestSegment})` : '–'),
    h('td', { 'data-field': 'flagged' }, s.flagged
      ? h('span', { class: 'badge bad' }, s.disparities.filter(d => d.flagged).map(d => RATES[d.rate]).join(', '))
      : ''));
}

function render(audit) {
  clear(summary).append(audit.flagged.length
    ? h('div', { class: 'banner bad', role: 'alert', 'data-testid': 'audit-flagged' },
      `Flagged: ${audit.flagged.join(', ')}. A favourable rate is under ${audit.band} of the best-served segment's.`)
    : h('div', { class: 'banner good', 'data-testid': 'audit-flagged' },
      `No segment is under ${audit.band} of the best-served segment on any rate.`),
  h('p', { class: 'quiet', 'data-testid': 'audit-period' }, `${audit.calls} answered or abandoned calls that arrived `
    + `${dateTime(audit.from)} – ${dateTime(audit.to)}${audit.pool ? ` in ${audit.pool}` : ' in all pools'}; segments `
    + `with fewer than ${audit.minimumCalls} calls are shown, not flagged; hover a number for its `
    + `${Math.round(audit.intervalLevel * 100)}% interval.`));
  clear(table).append(h('table', { 'data-testid': 'audit' },
    h('thead', {}, h('tr', {}, ['Kind', 'Segment', 'Calls', ...MEASURES.map(m => m[1]), 'Lowest ratio', 'Flagged']
      .map(t => h('th', {}, t)))),
    h('tbody', {}, audit.segments.map(segmentRow))));
}

function renderBenchmark(report) {
  const arms = report.arms;
  const row = (name, m, diff) => h('tr', { 'data-arm': name }, h('td', {}, name),
    h('td', { class: 'num' }, diff ? '' : m.calls),
    MEASURES.map(([key, , format]) => h('td', { class: 'num', title: interval(m[key], format) },
      diff && finite(m[key]?.value) && m[key].n > 0 ? `${m[key].value >= 0 ? '+' : ''}${format(m[key].value)}` : shown(m[key], format))));
  const control = report.controlArm;
  clear(benchmark).append(
    h('p', { class: 'quiet' }, control.enabled
      ? `Control arm on: ${percent(control.share, 0)} of calls routed by longest idle (${control.mode}).`
      : 'Control arm off: every call is routed by Attune.',
    finite(arms.controlShare) ? ` In this period the control arm had ${percent(arms.controlShare)} of calls.` : ''),
    h('table', { 'data-testid': 'benchmark' },
      h('thead', {}, h('tr', {}, ['Arm', 'Calls', ...MEASURES.map(m => m[1])].map(t => h('th', {}, t)))),
      h('tbody', {}, row('Attune', arms.attune), row('Control', arms.control),
        row('Attune − control', arms.difference, true))));
}

async function load() {
  error.textContent = '';
  const params = query();
  csv.href = `/api/v1/fairness/export${params ? `?${params}` : ''}`;
  try {
    render(await getJson(`/api/v1/fairness${params ? `?${params}` : ''}`));
  } catch (e) {
    clear(table).append(h('div', { class: 'banner bad', role: 'alert' }, `The audit could not be loaded: ${e.message}`));
  }
  try {
    renderBenchmark(await getJson(`/api/v1/benchmark${params ? `?${params}` : ''}`));
  } catch (e) {
    clear(benchmark).append(h('div', { class: 'banner bad', role: 'alert' }, `The benchmark could not be loaded: ${e.message}`));
  }
}

document.getElementById('audit-period').addEventListener('submit', (event) => {
  event.preventDefault();
  if (from.value && to.value && new Date(from.value) >= new Date(to.value)) {
    error.textContent = 'From must be before To.';
    return;
  }
  load();
});

const asked = new URLSearchParams(location.search);
if (asked.get('pool')) pool.value = asked.get('pool');
if (asked.get('from')) from.value = local(new Date(asked.get('from')));
if (asked.get('to')) to.value = local(new Date(asked.get('to')));
signedIn().catch(() => {});
load();
