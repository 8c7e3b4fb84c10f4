const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/hello', (req, res) => {
  // ruleid: sast.javascript.reflected-xss
  res.send(`<h1>Hello ${req.query.name}</h1>`);
});

app.get('/greet', (req, res) => {
  const html = '<h1>Hi ' + req.query.name + '</h1>';
  // ruleid: sast.javascript.reflected-xss
  res.send(html);
});

app.get('/search', (req, res) => {
  const q = req.query.q;
  // ruleid: sast.javascript.reflected-xss
  res.write('<p>Results for ' + q + '</p>');
  // ok: sast.javascript.reflected-xss
  res.send(`<p>Results for ${escapeHtml(req.query.q)}</p>`);
  // ok: sast.javascript.reflected-xss
  res.json({ q: req.query.q });
  // ok: sast.javascript.reflected-xss
  res.send(`<p>${new Date().toISOString()}</p>`);
  // ok: sast.javascript.reflected-xss
  res.send(req.query.q);
  // ok: sast.javascript.reflected-xss
  res.send('<p>Total: ' + results.length + '</p>');
  // ok: sast.javascript.reflected-xss
  socket.send(`echo ${req.query.q}`);
  res.end();
});
