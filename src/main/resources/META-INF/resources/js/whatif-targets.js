// The what-if against longest-idle: the proposed weights judged as issue 13 judges Attune, on the calibrated replay.
import { getJson, postJson } from './api.js';
import { h, clear } from './dom.js';
import { weightProposal } from './console.js';

const API = '/api/v1/what-if/targets';
const runButton = document.getElementById('targets-run');
const errorNode = document.getElementById('targets-error');
const resultNode = document.getElementById('targets-result');
const LABELS = { 'longest-idle': 'longest-idle', current: 'weights in force', proposed: 'proposed weights' };

/** A figure with its 95% interval, or a dash when the run had nothing to measure. */
function figure(f, digits, prefix = '', suffix = '') {
  if (!f) return '—';
  const ci = f.halfWidth == null ? '' : ` ± ${f.halfWidth.toFixed(digits)}`;
  return `${prefix}${f.mean.toFixed(digits)}${ci}${suffix}`;
}

function policiesTable(policies) {
  const head = ['policy', 'high-care share', 'ratio to longest-idle', 'hindsight ceiling', 'share of the ceiling',
    'ASA', 'abandonment'];
  return h('table', { 'data-testid': 'targets-policies' },
    h('thead', {}, h('tr', {}, head.map(x => h('th', {}, x)))),
    h('tbody', {}, policies.map(p => h('tr', { 'data-policy': p.name },
      h('td', {}, LABELS[p.name] || p.name),
      h('td', {}, figure(p.highCareShare, 1, '', ' %')),
      h('td', {}, figure(p.shareRatio, 2, '×')),
      h('td', {}, figure(p.ceiling, 1, '', ' %')),
      h('td', {}, figure(p.ceilingFraction, 3)),
      h('td', {}, figure(p.asa, 1, '', ' s')),
      h('td', {}, figure(p.abandonment, 2, '', ' %'))))));
}

function verdictsTable(verdicts) {
  const [current, proposed] = verdicts;
  const bound = v => `${v.higherIsBetter ? '≥' : '≤'} ${v.unit === 'x' ? v.bound.toFixed(3) + '×' : v.bound.toFixed(2) + v.unit}`;
  const cell = v => h('td', { class: v.verdict === 'met' ? 'better' : v.verdict === 'NOT met' ? 'worse' : '' },
    `${figure(v.measured, v.unit === 'x' ? 3 : 2)}: ${v.verdict}`);
  return h('table', { 'data-testid': 'targets-verdicts' },
    h('thead', {}, h('tr', {}, ['target', 'bound', 'weights in force', 'proposed weights'].map(x => h('th', {}, x)))),
    h('tbody', {}, proposed.targets.map((v, i) => h('tr', {},
      h('td', {}, v.target), h('td', {}, bound(v)), cell(current.targets[i]), cell(v)))));
}

function render(job) {
  const r = job.result;
  clear(resultNode).append(
    h('p', { class: 'quiet' }, `${r.scenario}. Same callers, same agents, same random draws for all three.`),
    policiesTable(r.policies),
    h('h4', {}, 'Targets against longest-idle (95% paired intervals)'),
    verdictsTable(r.verdicts),
    h('details', {}, h('summary', {}, 'As the command line prints it'),
      h('pre', { 'data-testid': 'targets-report' }, r.report)));
}

async function poll(id) {
  for (;;) {
    const job = await getJson(`${API}/${encodeURIComponent(id)}`);
    if (job.status === 'DONE') return render(job);
    if (job.status === 'FAILED') {
      clear(resultNode).append(h('div', { class: 'banner bad', 'data-testid': 'targets-failed' },
        `The comparison failed: ${job.error || 'no reason given'}`));
      return;
    }
    clear(resultNode).append(h('p', { class: 'quiet' }, job.status === 'QUEUED' ? 'Waiting for the simulator…'
      : `Simulating longest-idle, the weights in force and the proposed ones… ${Math.round(job.progress * 100)}%`));
    await new Promise(r => setTimeout(r, 500));
  }
}

runButton.addEventListener('click', async () => {
  errorNode.textContent = '';
  runButton.disabled = true;
  try {
    const job = await postJson(API, {
      weights: weightProposal(),
      month: document.getElementById('targets-month').value,
      days: Number(document.getElementById('targets-days').value),
      replications: Number(document.getElementById('targets-replications').value),
      seed: Number(document.getElementById('whatif-seed').value),
    });
    await poll(job.id);
  } catch (e) {
    errorNode.textContent = `Not started: ${e.message}`;
  } finally {
    runButton.disabled = false;
  }
});
