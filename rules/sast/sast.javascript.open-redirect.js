const express = require('express');
const app = express();

app.get('/login', (req, res) => {
  // ruleid: sast.javascript.open-redirect
  res.redirect(req.query.next);
  // ruleid: sast.javascript.open-redirect
  res.redirect(302, req.query.returnTo);
  // ok: sast.javascript.open-redirect
  res.redirect('/dashboard');
  // ok: sast.javascript.open-redirect
  res.redirect(301, '/home');
});

const RETURN_PATHS = ['/dashboard', '/settings'];

function nextUrl(req) {
  return req.query.next;
}

function tabUrl(tab) {
  return `/tabs/${encodeURIComponent(tab)}`;
}

app.get('/after-login', (req, res) => {
  // ruleid: sast.javascript.open-redirect
  res.redirect(nextUrl(req));
  // ok: sast.javascript.open-redirect
  res.redirect(RETURN_PATHS.includes(req.query.next) ? req.query.next : '/dashboard');
  // ruleid: sast.javascript.open-redirect
  res.redirect(RETURN_PATHS.includes(req.query.next) ? '/dashboard' : req.query.next);
  // ok: sast.javascript.open-redirect
  res.redirect(tabUrl('home'));
});
