// Learned empathy tab of the workforce console: per agent the configured score, the learned score with its
// interval and the calls behind it, the score routing uses; and the per-pool choice of which scores route.
import { getJson, putJson } from './api.js';
import { h, clear, dateTime, toast } from './dom.js';
import { renderHistory, loadPools } from './source-switch.js';

const poolSelect = document.getElementById('empathy-pool');
const table = document.getElementById('empathy');
const summary = document.getElementById('empathy-summary');
const source = document.getElementById('empathy-source');
const reason = document.getElementById('empathy-reason');
const error = document.getElementById('empathy-error');
const history = document.getElementById('empathy-history');

const score = (v) => v.toFixed(2);

function interval(agent) {
  const at = (v) => `${(100 * v).toFixed(1)}%`;
  return h('div', { class: 'interval', title: `learned ${score(agent.learned)}, interval ${score(agent.lower)}-${score(agent.upper)}, configured ${score(agent.configured)}` },
    h('span', { class: 'range', style: { left: at(agent.lower), width: at(agent.upper - agent.lower) } }),
    h('span', { class: 'learned', style: { left: at(agent.learned) } }),
    h('span', { class: 'configured', style: { left: at(agent.configured) } }));
}

function render(pool) {
  summary.textContent = `${pool.calls} served calls since ${dateTime(pool.since)}; routing uses ${pool.source.toLowerCase()} scores`
    + (pool.source === 'BLENDED' ? ` (learned weighted ${pool.blendWeight})` : '');
  source.value = pool.source;
  clear(table).append(h('table', { 'data-testid': 'empathy' },
    h('thead', {}, h('tr', {}, ['Agent', 'Configured', 'Learned', 'Interval', '', 'Calls', 'Routed'].map(t => h('th', {}, t)))),
    h('tbody', {}, pool.agents.map(a => h('tr', { 'data-agent': a.agentId },
      h('td', {}, a.agentId),
      h('td', { class: 'num', 'data-field': 'configured' }, score(a.configured)),
      h('td', { class: 'num', 'data-field': 'learned' }, score(a.learned)),
      h('td', { class: 'num', 'data-field': 'interval' }, `${score(a.lower)}–${score(a.upper)}`),
      h('td', {}, interval(a)),
      h('td', { class: 'num', 'data-field': 'calls' }, a.calls),
      h('td', { class: 'num', 'data-field': 'routed' }, score(a.routed)))))),
  h('p', { class: 'quiet' }, 'Bar: the learned score (line) and its interval; the ring is the configured score. '
    + 'Few calls keep the learned score near the configured one, with a wide interval.'));
}

async function load() {
  const pool = poolSelect.value;
  if (!pool) return;
  try {
    const [scores, changes] = await Promise.all([getJson(`/api/v1/empathy/${encodeURIComponent(pool)}`),
      getJson(`/api/v1/empathy/${encodeURIComponent(pool)}/history`)]);
    render(scores);
    renderHistory(history, changes, 'empathy-history', 'Scores rewritten');
  } catch (e) {
    clear(table).append(h('div', { class: 'banner bad', role: 'alert' }, `Learned empathy could not be loaded: ${e.message}`));
  }
}

async function apply() {
  error.textContent = '';
  if (!reason.value.trim()) {
    error.textContent = 'Say why: the reason is kept in the history.';
    return;
  }
  try {
    const pool = await putJson(`/api/v1/empathy/${encodeURIComponent(poolSelect.value)}/source`,
      { source: source.value, reason: reason.value.trim() });
    render(pool);
    renderHistory(history, await getJson(`/api/v1/empathy/${encodeURIComponent(pool.poolId)}/history`),
      'empathy-history', 'Scores rewritten');
    reason.value = '';
    toast(`${pool.poolId} routes on ${pool.source.toLowerCase()} scores`);
  } catch (e) {
    error.textContent = e.message;
  }
}

poolSelect.addEventListener('change', load);
document.getElementById('empathy-apply').addEventListener('click', apply);
loadPools(poolSelect, table, load);
