// Calls customerio-node's APIClient (the reference client, pinned in package.json) with the arguments of
// each case read from stdin, and prints the request each call made, without any network: global fetch is
// replaced by a recorder that answers 200 {}. Used by tests/test_node_parity.py.
//
// stdin:  [{"method": "getSegment", "args": [7]}, ...]
// stdout: [{"method": "GET", "url": "https://api.customer.io/v1/segments/7", "body": null}
//          or {"error": "MissingParamError", "message": "..."}, ...]
'use strict';

const path = require('path');
const { APIClient } = require(path.join(__dirname, '..', '..', 'node_modules', 'customerio-node'));

async function describeBody(body) {
  if (body == null) return null;
  if (typeof body === 'string') return { json: body };
  if (body instanceof FormData) {
    const parts = [];
    for (const [name, value] of body.entries()) {
      if (typeof value === 'string') {
        parts.push({ name, value });
      } else {
        parts.push({ name, filename: value.name, type: value.type, size: value.size });
      }
    }
    return { form: parts };
  }
  return { other: String(body) };
}

async function main() {
  const input = require('fs').readFileSync(0, 'utf8');
  const cases = JSON.parse(input);
  let last = null;
  globalThis.fetch = async (uri, init) => {
    // The URL as undici puts it on the wire (the WHATWG parser percent-encodes a few more characters).
    last = { method: init.method, url: new URL(uri).href, body: await describeBody(init.body) };
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = new APIClient('app-key', { retry: { maxRetries: 0 } });
  const out = [];
  for (const item of cases) {
    last = null;
    try {
      await client[item.method](...item.args);
      out.push(last === null ? { error: 'NoRequest', message: 'the call sent nothing' } : last);
    } catch (err) {
      out.push({ error: err.name || 'Error', message: String(err.message) });
    }
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err));
  process.exit(1);
});
