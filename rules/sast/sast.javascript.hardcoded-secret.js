const session = require('express-session');
const jwt = require('jsonwebtoken');
const express = require('express');

const JWT_SECRET = 'super-secret-signing-key';
const app = express();

// ruleid: sast.javascript.hardcoded-secret
app.use(session({ secret: 'keyboard cat is not secret', resave: false }));
// ok: sast.javascript.hardcoded-secret
app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));

function issue(user) {
  // ruleid: sast.javascript.hardcoded-secret
  const a = jwt.sign({ sub: user.id }, 'another-literal-secret');
  // ruleid: sast.javascript.hardcoded-secret
  const b = jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: '1h' });
  // ok: sast.javascript.hardcoded-secret
  const c = jwt.sign({ sub: user.id }, process.env.JWT_SECRET);
  return [a, b, c];
}

module.exports = { issue };
