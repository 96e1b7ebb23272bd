// Node peer worker: customerio-node (installed by run.py into bench/node) driven like bench/workers.py.
// usage: node bench/node_worker.js --workload w1|w2|cold --n N --conc C --url http://127.0.0.1:PORT/api/v1
'use strict';
const path = require('path');
const fs = require('fs');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const n = Number(args.n || 1000);
const conc = Number(args.conc || 64);
const url = args.url;

const { TrackClient } = require(path.join(__dirname, 'node', 'node_modules', 'customerio-node'));
const P = JSON.parse(fs.readFileSync(path.join(__dirname, 'node', 'payloads.json'), 'utf8'));

async function main() {
  const cio = new TrackClient(P.site_id, P.api_key, { url });
  const identify = (i) => cio.identify(String(i), P.attrs);
  const track = (i) => cio.track(String(i), { name: P.event_name, data: P.event_data });
  if (args.workload === 'cold') {
    await identify(1);
    return;
  }
  let run;
  if (args.workload === 'w1') {
    for (let i = 1; i <= 20; i++) await identify(i);
    run = async () => { for (let i = 1; i <= n; i++) await identify(i); };
  } else if (args.workload === 'w2') {
    await Promise.all(Array.from({ length: conc }, (_, k) => track(k + 1)));
    run = async () => {
      let next = 1;
      const worker = async () => { while (next <= n) { const i = next++; await track(i); } };
      await Promise.all(Array.from({ length: conc }, worker));
    };
  } else {
    console.log(JSON.stringify({ skipped: `workload ${args.workload} not implemented for node` }));
    return;
  }
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await run();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  console.log(JSON.stringify({ calls: n, wall, cpu: (c.user + c.system) / 1e6, maxrss_kb: process.resourceUsage().maxRSS }));
}

main().catch((e) => { console.error(e); process.exit(1); });
