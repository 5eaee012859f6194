// Learned proficiency tab of the workforce console: per agent and product skill the configured level, the learned
// level with its interval and the calls behind it, the level routing uses; and the per-pool choice of which
// levels route (audited like the empathy switch beside it).
import { getJson, putJson } from './api.js';
import { h, clear, dateTime, toast } from './dom.js';
import { renderHistory, loadPools } from './source-switch.js';

const poolSelect = document.getElementById('proficiency-pool');
const table = document.getElementById('proficiency');
const summary = document.getElementById('proficiency-summary');
const source = document.getElementById('proficiency-source');
const reason = document.getElementById('proficiency-reason');
const error = document.getElementById('proficiency-error');
const history = document.getElementById('proficiency-history');

const level = (v) => v.toFixed(2);

// The 1-5 scale drawn on the empathy tab's 0-1 track.
function interval(row) {
  const at = (v) => `${(100 * (v - 1) / 4).toFixed(1)}%`;
  return h('div', { class: 'interval', title: `learned ${level(row.learned)}, interval ${level(row.lower)}-${level(row.upper)}, configured ${row.configured}` },
    h('span', { class: 'range', style: { left: at(row.lower), width: `${(100 * (row.upper - row.lower) / 4).toFixed(1)}%` } }),
    h('span', { class: 'learned', style: { left: at(row.learned) } }),
    h('span', { class: 'configured', style: { left: at(row.configured) } }));
}

function render(pool) {
  summary.textContent = `${pool.calls} served calls with a known product since ${dateTime(pool.since)}; routing uses ${pool.source.toLowerCase()} levels`
    + (pool.source === 'BLENDED' ? ` (learned weighted ${pool.blendWeight})` : '');
  source.value = pool.source;
  clear(table).append(h('table', { 'data-testid': 'proficiency' },
    h('thead', {}, h('tr', {}, ['Agent', 'Skill', 'Products', 'Configured', 'Learned', 'Interval', '', 'Calls', 'Routed'].map(t => h('th', {}, t)))),
    h('tbody', {}, pool.levels.map(l => h('tr', { 'data-agent': l.agentId, 'data-skill': l.skill },
      h('td', {}, l.agentId),
      h('td', {}, l.skill),
      h('td', { class: 'quiet' }, l.products.join(', ')),
      h('td', { class: 'num', 'data-field': 'configured' }, String(l.configured)),
      h('td', { class: 'num', 'data-field': 'learned' }, level(l.learned)),
      h('td', { class: 'num', 'data-field': 'interval' }, `${level(l.lower)}–${level(l.upper)}`),
      h('td', {}, interval(l)),
      h('td', { class: 'num', 'data-field': 'calls' }, l.calls),
      h('td', { class: 'num', 'data-field': 'routed' }, String(l.routed)))))),
  h('p', { class: 'quiet' }, 'Levels 1-5. Bar: the learned level (line) and its interval; the ring is the configured level. '
    + 'Routing takes whole levels: learned and blended levels are rounded. Few calls keep the learned level near the configured one.'));
}

async function load() {
  const pool = poolSelect.value;
  if (!pool) return;
  try {
    const [levels, changes] = await Promise.all([getJson(`/api/v1/proficiency/${encodeURIComponent(pool)}`),
      getJson(`/api/v1/proficiency/${encodeURIComponent(pool)}/history`)]);
    render(levels);
    renderHistory(history, changes, 'proficiency-history', 'Agents rescored');
  } catch (e) {
    clear(table).append(h('div', { class: 'banner bad', role: 'alert' }, `Learned proficiency could not be loaded: ${e.message}`));
  }
}

async function apply() {
  error.textContent = '';
  if (!reason.value.trim()) {
    error.textContent = 'Say why: the reason is kept in the history.';
    return;
  }
  try {
    const pool = await putJson(`/api/v1/proficiency/${encodeURIComponent(poolSelect.value)}/source`,
      { source: source.value, reason: reason.value.trim() });
    render(pool);
    renderHistory(history, await getJson(`/api/v1/proficiency/${encodeURIComponent(pool.poolId)}/history`),
      'proficiency-history', 'Agents rescored');
    reason.value = '';
    toast(`${pool.poolId} routes on ${pool.source.toLowerCase()} proficiency levels`);
  } catch (e) {
    error.textContent = e.message;
  }
}

poolSelect.addEventListener('change', load);
document.getElementById('proficiency-apply').addEventListener('click', apply);
loadPools(poolSelect, table, load);
