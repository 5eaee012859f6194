// The what-if's traffic: the configured day, or the calls journalled in a period (of one pool or all).
const source = document.getElementById('whatif-source');
const period = document.getElementById('whatif-period');
const from = document.getElementById('whatif-from');
const to = document.getElementById('whatif-to');
const pool = document.getElementById('whatif-pool');

const local = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
const instant = (input) => (input.value ? new Date(input.value).toISOString() : undefined);

function showPeriod() {
  period.hidden = source.value !== 'journal';
}

// A fresh form proposes yesterday's traffic: a whole day, already journalled.
const midnight = new Date();
midnight.setHours(0, 0, 0, 0);
from.value = local(new Date(midnight.getTime() - 86_400_000));
to.value = local(midnight);
source.addEventListener('change', showPeriod);
showPeriod();

/** The request's traffic fields; the service checks them and names the one at fault. */
export function trafficFields() {
  if (source.value !== 'journal') return { source: 'day' };
  return { source: 'journal', from: instant(from), to: instant(to), pool: pool.value.trim() || undefined };
}
