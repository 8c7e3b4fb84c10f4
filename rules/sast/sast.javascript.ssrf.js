const axios = require('axios');
const https = require('https');

async function proxy(req, res) {
  // ruleid: sast.javascript.ssrf
  const r = await axios.get(req.query.url);
  // ruleid: sast.javascript.ssrf
  const page = await fetch(req.body.target);
  // ruleid: sast.javascript.ssrf
  https.get(`https://${req.query.host}/status`, (resp) => resp.pipe(res));
  // ok: sast.javascript.ssrf
  await axios.get('https://api.example.com/status');
  // ok: sast.javascript.ssrf
  await fetch('https://api.example.com/items', { method: 'POST', body: req.body.item });
  // ok: sast.javascript.ssrf
  await axios.get(`https://api.example.com/items/${encodeURIComponent(req.params.id)}`);
  // ok: sast.javascript.ssrf
  await fetch('https://api.example.com/search?q=' + req.query.q);
  // ruleid: sast.javascript.ssrf
  await fetch('https://' + req.query.host + '/health');
  res.json({ r: r.data, page: await page.text() });
}

module.exports = { proxy };
