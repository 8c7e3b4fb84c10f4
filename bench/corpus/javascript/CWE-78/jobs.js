const express = require('express');
const { exec, execFile } = require('child_process');

const app = express();
const FORMATS = new Set(['zip', 'tar']);
const HOST = /^[a-z0-9.-]+$/;
const LOOSE_HOST = /[a-z0-9.-]+/;

function ping(host, cb) {
  // vuln: CWE-78
  exec(`ping -c 1 ${host}`, cb);
}

app.get('/ping', (req, res) => {
  ping(req.query.host, (err, out) => res.send(out));
});

app.get('/ping-checked', (req, res) => {
  const host = req.query.host;
  if (!HOST.test(host)) {
    return res.status(400).end();
  }
  // safe: CWE-78
  exec(`ping -c 1 ${host}`, (err, out) => res.send(out));
});

app.get('/ping-loose', (req, res) => {
  const host = req.query.host;
  if (!LOOSE_HOST.test(host)) {
    return res.status(400).end();
  }
  // vuln: CWE-78
  exec(`ping -c 1 ${host}`, (err, out) => res.send(out));
});

app.post('/archive', (req, res) => {
  const format = FORMATS.has(req.body.format) ? req.body.format : 'zip';
  // safe: CWE-78
  exec(`make-archive --format ${format} /srv/site`, (err, out) => res.send(out));
});

app.get('/lookup', (req, res) => {
  // safe: CWE-78
  execFile('nslookup', [req.query.host], (err, out) => res.send(out));
});
