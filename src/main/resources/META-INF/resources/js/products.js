// Workforce console: the product catalogue, edited in place (required skill and licence, stakes, service-level
// target). The service checks every field and records who changed what; the running engine takes it at once.
import { getJson, putJson } from './api.js';
import { h, clear, dateTime, toast } from './dom.js';

const PRODUCTS = '/api/v1/products';
const node = document.getElementById('products');
const historyNode = document.getElementById('product-history');
let products = [];

async function load() {
  try {
    products = await getJson(PRODUCTS);
    render();
  } catch (e) {
    clear(node).append(h('div', { class: 'banner bad', role: 'alert' }, `Products could not be loaded: ${e.message}`));
  }
}

const input = (p, field, attrs = {}) => h('input', { name: field, value: p[field] ?? '', 'aria-label': `${p.code} ${field}`, ...attrs });

function render() {
  clear(node).append(h('table', { 'data-testid': 'products' },
    h('thead', {}, h('tr', {}, ['Product', 'Required skill', 'Min. proficiency', 'Licence', 'Base stakes', 'Base distress',
      'Service level', 'Why', ''].map(t => h('th', {}, t)))),
    h('tbody', {}, products.map(row))));
}

function row(p) {
  const error = h('div', { class: 'field-error', role: 'alert' });
  const tr = h('tr', { 'data-product': p.code },
    h('td', {}, h('b', {}, p.code), h('div', {}, input(p, 'label', { size: 18 }))),
    h('td', {}, input(p, 'requiredSkill', { size: 12 })),
    h('td', {}, input(p, 'minimumProficiency', { type: 'number', min: 1, max: 5, style: { width: '60px' } })),
    h('td', {}, input(p, 'requiredLicence', { size: 12, placeholder: 'none' })),
    h('td', {}, input(p, 'baseStakes', { type: 'number', min: 0, max: 1, step: 0.05, style: { width: '70px' } })),
    h('td', {}, input(p, 'baseDistress', { type: 'number', min: 0, max: 1, step: 0.05, style: { width: '70px' } })),
    h('td', {}, h('input', { name: 'share', type: 'number', min: 0, max: 1, step: 0.05, value: p.serviceLevel.share,
      style: { width: '60px' }, 'aria-label': `${p.code} service level share` }), ' within ',
    h('input', { name: 'thresholdSeconds', type: 'number', min: 1, step: 1, value: p.serviceLevel.thresholdSeconds,
      style: { width: '60px' }, 'aria-label': `${p.code} service level seconds` }), ' s'),
    h('td', {}, h('input', { name: 'reason', size: 14, placeholder: 'kept in the history', 'aria-label': `${p.code} reason` })),
    h('td', {}, h('button', { class: 'btn', type: 'button', onclick: () => save(p, tr, error) }, 'Save'),
      h('button', { class: 'btn', type: 'button', onclick: () => history(p.code) }, 'History'), error));
  return tr;
}

async function save(p, tr, error) {
  const value = (name) => tr.querySelector(`[name=${name}]`).value.trim();
  const number = (name) => (value(name) === '' ? null : Number(value(name)));
  const body = { label: value('label'), requiredSkill: value('requiredSkill'), minimumProficiency: number('minimumProficiency'),
    requiredLicence: value('requiredLicence') || null, baseStakes: number('baseStakes'), baseDistress: number('baseDistress'),
    serviceLevel: { share: number('share'), thresholdSeconds: number('thresholdSeconds') }, reason: value('reason') || null };
  error.textContent = '';
  try {
    const saved = await putJson(`${PRODUCTS}/${encodeURIComponent(p.code)}`, body);
    products = products.map(x => (x.code === p.code ? saved : x));
    toast(`Saved ${p.code}: in force now`);
    history(p.code);
  } catch (e) {
    error.textContent = `Not saved: ${e.message}`;
  }
}

async function history(code) {
  try {
    const changes = await getJson(`${PRODUCTS}/${encodeURIComponent(code)}/history`);
    clear(historyNode).append(h('h3', {}, `Changes to ${code}`), changes.length
      ? h('ul', { 'data-testid': 'product-history' }, changes.slice().reverse().map(c => h('li', {},
        `${dateTime(c.changedAt)} · ${c.changedBy}${c.reason ? ` · ${c.reason}` : ''}: `, describe(c))))
      : h('p', { class: 'quiet' }, 'No change since the catalogue was seeded from config/.'));
  } catch (e) {
    clear(historyNode).append(h('p', { class: 'field-error' }, `History not loaded: ${e.message}`));
  }
}

function describe(change) {
  if (!change.before) return 'added';
  const flat = (p) => ({ ...p, share: p.serviceLevel.share, thresholdSeconds: p.serviceLevel.thresholdSeconds, serviceLevel: undefined });
  const [a, b] = [flat(change.before), flat(change.after)];
  return Object.keys(b).filter(k => k !== 'serviceLevel' && a[k] !== b[k]).map(k => `${k} ${a[k] ?? 'none'} → ${b[k] ?? 'none'}`).join(', ')
    || 'no field changed';
}

if (node) load();
