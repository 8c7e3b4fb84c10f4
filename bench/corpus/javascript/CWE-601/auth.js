const express = require('express');

const app = express();
const RETURN_PATHS = new Set(['/dashboard', '/settings']);

function nextTarget(req) {
  return req.query.next || '/dashboard';
}

app.post('/login', (req, res) => {
  // vuln: CWE-601
  res.redirect(nextTarget(req));
});

app.post('/login-allowed', (req, res) => {
  const next = req.query.next;
  // safe: CWE-601
  res.redirect(RETURN_PATHS.has(next) ? next : '/dashboard');
});

app.post('/login-inverted', (req, res) => {
  const next = req.query.next;
  // vuln: CWE-601
  res.redirect(RETURN_PATHS.has(next) ? '/dashboard' : next);
});

app.post('/logout', (req, res) => {
  const next = req.query.next;
  if (next !== '/goodbye') {
    return res.redirect('/');
  }
  // safe: CWE-601
  res.redirect(next);
});
