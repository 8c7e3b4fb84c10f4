const cp = require('child_process');
const { exec: run, spawn } = require('node:child_process');
const express = require('express');

const LIST = 'ls -la /tmp';
const app = express();

app.get('/ping', (req, res) => {
  // ruleid: sast.javascript.command-injection
  cp.exec('ping -c 1 ' + req.query.host, (err, out) => res.send(out));
  // ruleid: sast.javascript.command-injection
  run(`nslookup ${req.query.name}`);
  const host = req.body.host;
  // ruleid: sast.javascript.command-injection
  cp.execSync(`ping ${host}`);
  // ruleid: sast.javascript.command-injection
  spawn('sh', ['-c', req.query.cmd], { shell: true });
  // ok: sast.javascript.command-injection
  spawn('ping', ['-c', '1', req.query.host]);
  // ok: sast.javascript.command-injection
  cp.execFile('ping', ['-c', '1', req.query.host]);
  // ok: sast.javascript.command-injection
  cp.exec(LIST);
  // ok: sast.javascript.command-injection
  cp.exec('uptime');
  // ok: sast.javascript.command-injection
  spawn(`git ${'status'}`, { shell: false });
});

function runJob(command) {
  // ruleid: sast.javascript.command-injection
  cp.exec(command);
}

// ok: sast.javascript.command-injection
/regex/.exec(someText);

const { exec: dbExec } = require('./db');
// ok: sast.javascript.command-injection
dbExec(`DELETE FROM jobs WHERE id = ${jobId}`);

const FORMATS = ['zip', 'tar'];

function archive(format) {
  // ruleid: sast.javascript.command-injection
  return cp.execSync(`make-archive --format ${format} /srv/site`);
}

function safeArchive(format) {
  if (!FORMATS.includes(format)) {
    throw new Error('unsupported format');
  }
  // ok: sast.javascript.command-injection
  return cp.execSync(`make-archive --format ${format} /srv/site`);
}

app.post('/archive', (req, res) => {
  res.send(archive(req.body.format));
  res.send(safeArchive(req.body.format));
});
