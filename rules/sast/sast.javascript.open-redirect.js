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
