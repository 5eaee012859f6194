// Ops dashboard: one frame of queue health per second over server-sent events, drawn per pool.
import { getJson } from './api.js';
import { h, clear, duration, percent, millis, clock } from './dom.js';
import { sparkline, shareBar, careColor } from './charts.js';
import { explainDecision } from './explain.js';
import { signedIn } from './signed-in.js';

// The signed-in user (name, roles), read once at start.
let user = null;
const SNAPSHOT = '/api/v1/dashboard/queue-health';
const STREAM = '/api/v1/dashboard/queue-health/stream';
const HISTORY = 300; // frames kept for sparklines: five minutes at one a second
const LAG_WATCH = 1000; // input records behind before the intake tile turns amber (the alert fires at 5,000)
const STATES = ['AVAILABLE', 'RESERVED', 'BUSY', 'WRAP_UP', 'AWAY', 'LOGGED_OUT'];
const STATE_NAMES = { AVAILABLE: 'Available', RESERVED: 'Reserved', BUSY: 'On a call', WRAP_UP: 'Wrap-up',
  AWAY: 'Away', LOGGED_OUT: 'Logged out' };

const live = document.getElementById('live');
const problem = document.getElementById('problem');
const poolsNode = document.getElementById('pools');
const routerNode = document.getElementById('router');
const alarmsNode = document.getElementById('alarms');
// Why a caller waits, in words (queue health's waitReason).
const WAIT_REASONS = { NO_ELIGIBLE_AGENT_LOGGED_IN: 'no eligible agent logged in', ALL_ELIGIBLE_BUSY: 'all eligible agents busy',
  HELD_FOR_BETTER_AGENT: 'held for a better agent', WAITING_FOR_RELAXATION_RING: 'waiting for a relaxation ring',
  OFFER_DUE: 'an eligible agent is free: offer due' };
const history = new Map(); // pool id -> { waiting: [], longest: [], p99: [] }
const routerHistory = { p99: [] };
const views = new Map(); // pool id -> rendered section and its parts
let lastFrameAt = null;
let source = null;

function setLive(state, text) {
  live.dataset.state = state;
  live.textContent = text;
}

function remember(list, value) {
  list.push(value ?? null);
  if (list.length > HISTORY) list.shift();
}

function showProblem(text) {
  problem.hidden = !text;
  problem.textContent = text || '';
}

// ---------- router strip ----------

// Alarms sit above everything: each one needs a person now (the intake stopped, callers waiting for nobody).
function renderAlarms(frame) {
  clear(alarmsNode).append(...(frame.alarms || []).map(a =>
    h('div', { class: 'banner bad', 'data-alarm': a.kind, 'data-alarm-pool': a.poolId || undefined }, a.message)));
}

function renderRouter(frame) {
  const r = frame.router || {};
  remember(routerHistory.p99, r.decisionP99Millis);
  const pools = frame.pools || [];
  const waiting = pools.reduce((n, p) => n + p.waiting, 0);
  const fallbackPools = pools.filter(p => p.routingMode === 'FALLBACK');
  const dead = r.deadLetters ?? 0;
  const reasons = Object.entries(r.deadLettersByReason || {}).sort((a, b) => b[1] - a[1]);
  const p99Level = r.decisionP99Millis == null ? null : r.decisionP99Millis > r.targetP99Millis ? 'bad' : 'good';
  clear(routerNode).append(
    tile('router-waiting', 'Calls waiting, all pools', String(waiting), `${pools.length} pool${pools.length === 1 ? '' : 's'}`),
    tile('router-p99', 'Decision latency p99, all pools', millis(r.decisionP99Millis),
      `input event received → offer acknowledged by the broker · last minute · target ${millis(r.targetP99Millis)}`, p99Level,
      sparkline(routerHistory.p99, { threshold: r.targetP99Millis })),
    tile('router-fallback', 'Fallback routing', fallbackPools.length ? `${fallbackPools.length} pool${fallbackPools.length === 1 ? '' : 's'}` : 'Off',
      fallbackPools.length ? fallbackPools.map(p => `${p.poolId}: ${p.fallbackReason || 'solver unavailable'}`).join('; ')
        : 'every pool routes on the plan or the decider', fallbackPools.length ? 'bad' : 'good'),
    tile('router-intake', 'Input intake', r.intakeStopped ? 'Stopped' : 'Consuming',
      r.intakeStopped ? `${r.intakeLag ?? 0} records waiting · no pool routes new events`
        : `${r.intakeLag ?? 0} records behind`, r.intakeStopped ? 'bad' : (r.intakeLag ?? 0) > LAG_WATCH ? 'watch' : 'good'),
    tile('router-dead-letters', 'Dead letters since start', String(dead),
      reasons.length ? reasons.slice(0, 3).map(([k, v]) => `${k}: ${v}`).join(' · ') : 'none', dead > 0 ? 'watch' : null));
}

function tile(metric, label, value, sub, level, chart) {
  return h('div', { class: 'tile', 'data-metric': metric, 'data-level': level || undefined },
    h('div', { class: 'label' }, label),
    h('div', { class: 'value' }, value),
    h('div', { class: 'sub' }, sub || ''),
    chart || null);
}

// ---------- pools ----------

function poolView(poolId) {
  let view = views.get(poolId);
  if (view) return view;
  const section = h('section', { class: 'pool', 'data-pool': poolId, 'aria-label': `Pool ${poolId}` });
  const parts = {
    mode: h('span', { class: 'badge' }),
    fallback: h('span', { class: 'badge bad', hidden: true }),
    tiles: h('div', { class: 'tiles' }),
    agents: h('div', {}),
    paths: h('div', {}),
    queues: h('div', {}),
    waiting: h('div', {}),
    decisions: h('tbody', {}),
    decisionIds: '',
  };
  section.append(
    h('header', {}, h('h2', {}, `Pool ${poolId}`), parts.mode, parts.fallback),
    parts.tiles,
    h('div', { class: 'row' },
      h('div', { class: 'panel' }, h('h3', {}, 'Agents by state'), parts.agents),
      h('div', { class: 'panel' }, h('h3', {}, 'Decisions since start, by path'), parts.paths)),
    h('div', { class: 'row' },
      h('div', { class: 'panel' }, h('h3', {}, 'Queues'), parts.queues),
      h('div', { class: 'panel' }, h('h3', {}, 'Waiting callers, most urgent first'), parts.waiting)),
    h('div', { class: 'panel' }, h('h3', {}, user !== null && user.can('compliance') ? 'Recent decisions: click one to see why that agent was chosen'
      : 'Recent decisions'),
      h('table', { 'data-testid': 'decisions' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Time'), h('th', {}, 'Call'), h('th', {}, 'Agent'),
          h('th', {}, 'Path'), h('th', {}, 'Care need'), h('th', { class: 'num' }, 'Score'), h('th', {}, 'Whisper'))),
        parts.decisions)));
  view = { section, parts };
  views.set(poolId, view);
  return view;
}

function renderPool(pool) {
  const { parts } = poolView(pool.poolId);
  const hist = history.get(pool.poolId) || { waiting: [], longest: [], p99: [] };
  history.set(pool.poolId, hist);
  remember(hist.waiting, pool.waiting);
  remember(hist.longest, pool.longestWaitSeconds);
  remember(hist.p99, pool.decisionP99Millis);

  // The badge says what routes the next call; the counts say what made today's offers: the badge names both
  // so a fresh plan beside a count of decider offers reads as what it is, not a contradiction.
  const modeNames = { PLAN: 'Now: plan fresh', DECIDER: 'Now: no fresh plan, instant decider', FALLBACK: 'Now: fallback routing' };
  const d = pool.decisions || {};
  const made = (d.PLAN || 0) + (d.DECIDER || 0) + (d.FALLBACK || 0);
  const share = made ? ` · ${d[pool.routingMode] || 0} of ${made} offers so far by this path` : '';
  parts.mode.textContent = (modeNames[pool.routingMode] || `Now: ${pool.routingMode || 'unknown'}`) + share;
  parts.mode.className = `badge ${pool.routingMode === 'FALLBACK' ? 'bad' : 'good'}`;
  parts.fallback.hidden = pool.routingMode !== 'FALLBACK';
  parts.fallback.textContent = `Fallback active: ${pool.fallbackReason || 'solver unavailable'}`;

  const threshold = pool.answerThresholdSeconds; // null when the pool's products differ: each has its own
  const slLevel = pool.serviceLevel == null || pool.serviceLevelTarget == null ? null
    : pool.serviceLevel >= pool.serviceLevelTarget ? 'good'
      : pool.serviceLevel >= pool.serviceLevelTarget - 0.05 ? 'watch' : 'bad';
  const ratio = pool.worstWaitRatio;
  const waitLevel = ratio == null ? null : ratio > 3 ? 'bad' : ratio > 1 ? 'watch' : null;
  const careLevel = (c) => c.waiting === 0 ? null : (c.pastThreshold > 0 ? 'bad' : 'watch');
  const slMeter = pool.serviceLevel == null ? null : h('div', { class: 'meter' },
    h('span', { style: { width: `${(pool.serviceLevel * 100).toFixed(1)}%`,
      background: slLevel === 'bad' ? 'var(--bad)' : slLevel === 'watch' ? 'var(--watch)' : 'var(--good)' } }),
    pool.serviceLevelTarget == null ? null : h('i', { style: { left: `${(pool.serviceLevelTarget * 100).toFixed(1)}%` },
      title: 'target' }));
  const finished = pool.answered + pool.abandoned;
  const within = threshold ? `within ${threshold} s` : 'in their product\'s time';
  const carePast = (c) => c.pastThreshold ? ` · ${c.pastThreshold} past the answer time` : '';

  clear(parts.tiles).append(
    tile('waiting', 'Calls waiting', String(pool.waiting), `${pool.offersPending} offer${pool.offersPending === 1 ? '' : 's'} pending`,
      null, sparkline(hist.waiting)),
    tile('longest-wait', 'Longest wait', duration(pool.longestWaitSeconds),
      pool.waiting ? `${pool.waitingPastThreshold} past their answer time` : 'nobody waiting', waitLevel,
      sparkline(hist.longest, { threshold })),
    withChild(tile('service-level', 'Service level today', percent(pool.serviceLevel),
      pool.serviceLevel == null ? 'no call answered or abandoned yet today'
        : `${pool.answeredInTime} of ${finished} calls answered ${within} · target ${percent(pool.serviceLevelTarget, 0)}`,
      slLevel), slMeter),
    tile('abandonment', 'Abandoned today', percent(pool.abandonment),
      pool.abandonment == null ? 'no call answered or abandoned yet today' : `${pool.abandoned} of ${finished} calls hung up`,
      pool.abandonment > 0.05 ? 'bad' : pool.abandonment > 0.02 ? 'watch' : null),
    tile('high-care', 'High-care callers waiting', String(pool.highCare.waiting),
      pool.highCare.waiting ? `longest ${duration(pool.highCare.longestWaitSeconds)}${carePast(pool.highCare)}` : 'none waiting',
      careLevel(pool.highCare)),
    tile('distressed', 'Distressed callers waiting', String(pool.distressed.waiting),
      pool.distressed.waiting ? `longest ${duration(pool.distressed.longestWaitSeconds)}${carePast(pool.distressed)}` : 'none waiting',
      careLevel(pool.distressed)),
    tile('offers-pending', 'Offers pending', String(pool.offersPending),
      `${pool.availableAgents} agent${pool.availableAgents === 1 ? '' : 's'} free now`),
    tile('pool-p99', 'Decision latency p99, this pool', millis(pool.decisionP99Millis),
      pool.decisionP99Millis == null ? 'no decision in the last minute'
        : 'input event received → offer acknowledged by the broker · last minute', null, sparkline(hist.p99)));

  renderAgents(parts.agents, pool.agentsByState);
  renderPaths(parts.paths, pool);
  renderQueues(parts.queues, pool);
  renderWaiting(parts.waiting, pool);
  renderDecisions(parts, pool);
}

function withChild(node, child) {
  if (child) node.append(child);
  return node;
}

function renderAgents(node, byState) {
  const total = STATES.reduce((n, s) => n + (byState[s] || 0), 0);
  clear(node);
  if (!total) {
    node.append(h('p', { class: 'quiet' }, 'No agents known in this pool yet.'));
    return;
  }
  node.append(
    h('div', { class: 'states', role: 'img', 'aria-label': STATES.map(s => `${STATE_NAMES[s]} ${byState[s] || 0}`).join(', ') },
      STATES.filter(s => byState[s]).map(s => h('span', { class: `s-${s}`, title: `${STATE_NAMES[s]}: ${byState[s]}`,
        style: { width: `${(100 * byState[s] / total).toFixed(2)}%` } }))),
    h('div', { class: 'legend' }, STATES.map(s => h('span', { class: `s-${s}`, 'data-state': s },
      `${STATE_NAMES[s]} `, h('b', { class: 'num' }, String(byState[s] || 0))))));
}

function renderPaths(node, pool) {
  const d = pool.decisions || {};
  const total = (d.PLAN || 0) + (d.DECIDER || 0) + (d.FALLBACK || 0);
  clear(node).append(
    h('div', { class: 'states', role: 'img', 'aria-label': `plan ${d.PLAN || 0}, decider ${d.DECIDER || 0}, fallback ${d.FALLBACK || 0}` },
      total ? [['PLAN', '#2e9d5b'], ['DECIDER', '#2f6fd6'], ['FALLBACK', '#b42318']].filter(([k]) => d[k])
        .map(([k, c]) => h('span', { title: `${k}: ${d[k]}`, style: { width: `${(100 * d[k] / total).toFixed(2)}%`, background: c } }))
        : null),
    h('div', { class: 'legend' },
      h('span', { style: { '--c': '#2e9d5b' } }, 'Plan ', h('b', { class: 'num', 'data-path': 'PLAN' }, String(d.PLAN || 0))),
      h('span', { style: { '--c': '#2f6fd6' } }, 'Decider ', h('b', { class: 'num', 'data-path': 'DECIDER' }, String(d.DECIDER || 0))),
      h('span', { style: { '--c': '#b42318' } }, 'Fallback ', h('b', { class: 'num', 'data-path': 'FALLBACK' }, String(d.FALLBACK || 0)))),
    h('p', { class: 'quiet' }, `${total} offers since the engine started · ${pool.fallbacks} fallback${pool.fallbacks === 1 ? '' : 's'}`));
}

function renderQueues(node, pool) {
  clear(node);
  if (!pool.queues.length) {
    node.append(h('p', { class: 'quiet' }, 'No caller is waiting and no call has finished today.'));
    return;
  }
  const level = (q) => q.serviceLevel == null || q.serviceLevelTarget == null ? null
    : q.serviceLevel >= q.serviceLevelTarget ? 'var(--good)'
      : q.serviceLevel >= q.serviceLevelTarget - 0.05 ? 'var(--watch)' : 'var(--bad)';
  node.append(h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, 'Product'), h('th', { class: 'num' }, 'Waiting'),
      h('th', { class: 'num' }, 'Longest wait'), h('th', { class: 'num' }, 'High care'), h('th', { class: 'num' }, 'Distressed'),
      h('th', {}, 'Service level today'))),
    h('tbody', {}, pool.queues.map(q => h('tr', { 'data-queue': q.product },
      h('td', {}, q.product), h('td', { class: 'num' }, q.waiting),
      h('td', { class: 'num', title: q.thresholdSeconds ? `answer within ${q.thresholdSeconds} s` : '' },
        duration(q.longestWaitSeconds)),
      h('td', { class: 'num' }, q.highCare), h('td', { class: 'num' }, q.distressed),
      h('td', { style: { minWidth: '150px' } }, q.serviceLevel == null
        ? h('span', { class: 'quiet' }, 'none finished yet')
        : h('div', { class: 'barcell', title: `${q.finishedToday} calls finished; target ${percent(q.serviceLevelTarget, 0)} within ${q.thresholdSeconds} s` },
          h('div', { class: 'meter small' },
            h('span', { style: { width: `${(q.serviceLevel * 100).toFixed(1)}%`, background: level(q) } }),
            q.serviceLevelTarget == null ? null : h('i', { style: { left: `${(q.serviceLevelTarget * 100).toFixed(1)}%` } })),
          h('span', { class: 'num' }, percent(q.serviceLevel, 0)))))))));
}

function renderWaiting(node, pool) {
  clear(node);
  if (!pool.waitingCalls.length) {
    node.append(h('p', { class: 'quiet' }, 'No caller is waiting.'));
    return;
  }
  const longest = Math.max(1, ...pool.waitingCalls.map(c => c.waitedSeconds));
  node.append(h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, 'Call'), h('th', {}, 'Product'), h('th', {}, 'Waited'),
      h('th', {}, 'Why it waits'), h('th', {}, 'Care need'), h('th', {}, 'Distress'))),
    h('tbody', {}, pool.waitingCalls.map(c => h('tr', {},
      h('td', {}, c.callId, c.heldForAgentId ? h('span', { class: 'chip', title: 'held for a better agent about to be free' },
        `held for ${c.heldForAgentId}`) : null),
      h('td', {}, c.product),
      h('td', {}, h('div', { class: 'barcell' }, h('div', { class: 'track' },
        h('span', { style: { width: `${(100 * c.waitedSeconds / longest).toFixed(0)}%`, background: '#5b7fc7' } })),
        h('span', { class: 'num' }, duration(c.waitedSeconds)))),
      h('td', { 'data-wait-reason': c.waitReason || undefined }, WAIT_REASONS[c.waitReason] || '–'),
      h('td', {}, shareBar(c.careNeed, careColor(c.careNeed))),
      h('td', {}, shareBar(c.distress, careColor(c.distress))))))));
}

function renderDecisions(parts, pool) {
  const ids = pool.recentDecisions.map(d => d.decisionId).join(',');
  if (ids === parts.decisionIds) return; // keep the rows still while nothing changed, so clicks land
  parts.decisionIds = ids;
  clear(parts.decisions);
  if (!pool.recentDecisions.length) {
    parts.decisions.append(h('tr', {}, h('td', { colspan: 7, class: 'quiet' }, 'No decision yet.')));
    return;
  }
  // Explanations are for compliance (docs/security.md): other roles see the rows without the link.
  const explains = user !== null && user.can('compliance');
  for (const d of pool.recentDecisions) {
    const open = () => explainDecision(d);
    parts.decisions.append(h('tr', explains ? { class: 'clickable', tabindex: 0, 'data-decision': d.decisionId,
      title: 'Why this agent?', onclick: open, onkeydown: e => { if (e.key === 'Enter') open(); } }
      : { 'data-decision': d.decisionId },
    h('td', { class: 'num' }, clock(d.at)), h('td', {}, d.callId), h('td', {}, d.agentId),
    h('td', {}, h('span', { class: `path ${d.path}` }, d.path)),
    h('td', {}, d.careNeed == null ? '–' : shareBar(d.careNeed, careColor(d.careNeed))),
    h('td', { class: 'num' }, d.score),
    h('td', { class: 'quiet' }, d.whisper ? (d.whisper.length > 60 ? `${d.whisper.slice(0, 60)}…` : d.whisper) : '')));
  }
}

// ---------- frames ----------

function render(frame) {
  lastFrameAt = Date.now();
  showProblem(frame.problem ? `The dashboard could not read queue health (${frame.problem}); showing the last good numbers.` : null);
  renderAlarms(frame);
  renderRouter(frame);
  const pools = frame.pools || [];
  if (!pools.length) {
    views.clear();
    clear(poolsNode).append(h('div', { class: 'empty', 'data-testid': 'no-pools' },
      h('strong', {}, 'No routing pools yet'),
      'Pools appear here as soon as agents log in or calls arrive.'));
    return;
  }
  poolsNode.querySelector('.empty')?.remove();
  const seen = new Set();
  for (const pool of pools) {
    renderPool(pool);
    seen.add(pool.poolId);
    poolsNode.append(views.get(pool.poolId).section); // keeps the service's order
  }
  for (const [id, view] of views) {
    if (!seen.has(id)) { view.section.remove(); views.delete(id); history.delete(id); }
  }
  poolsNode.dataset.frame = frame.at;
}

function connect() {
  if (source) source.close();
  source = new EventSource(STREAM);
  source.onopen = () => setLive('live', 'Live');
  source.onmessage = (event) => {
    try {
      const frame = JSON.parse(event.data);
      render(frame);
      setLive('live', `Live · ${clock(frame.at)}`);
    } catch (e) {
      showProblem(`A queue-health frame could not be read: ${e.message}`);
    }
  };
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) {
      // The server refused the stream: EventSource will not retry by itself.
      setLive('offline', 'Offline · retrying');
      setTimeout(connect, 3000);
    } else if (lastFrameAt === null) {
      setLive('offline', 'Offline · retrying');
    } else {
      setLive('reconnecting', 'Reconnecting…');
    }
  };
}

// Shows staleness when frames stop arriving although the connection looks open.
setInterval(() => {
  if (lastFrameAt && Date.now() - lastFrameAt > 5000) {
    setLive('reconnecting', `No update for ${duration((Date.now() - lastFrameAt) / 1000)}`);
  }
}, 1000);

async function start() {
  try {
    user = await signedIn();
    render(await getJson(SNAPSHOT));
    setLive('reconnecting', 'Connecting to the live stream…');
  } catch (e) {
    setLive('offline', 'Offline');
    showProblem(`The service did not answer: ${e.message}. The page keeps trying.`);
    clear(poolsNode).append(h('div', { class: 'empty', 'data-testid': 'offline' },
      h('strong', {}, 'No queue health to show'), 'The dashboard reconnects as soon as the service answers.'));
  }
  connect();
}

start();
