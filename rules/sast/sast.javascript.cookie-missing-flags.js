const express = require('express');
const session = require('express-session');
const app = express();

// ruleid: sast.javascript.cookie-missing-flags
app.use(session({ secret: process.env.S, cookie: { httpOnly: false, maxAge: 60000 } }));
// ok: sast.javascript.cookie-missing-flags
app.use(session({ secret: process.env.S, cookie: { httpOnly: true, secure: true } }));

const cookieOptions = { httpOnly: true, secure: true };

app.post('/login', (req, res) => {
  // ruleid: sast.javascript.cookie-missing-flags
  res.cookie('session', 'abc');
  // ruleid: sast.javascript.cookie-missing-flags
  res.cookie('session', 'abc', { httpOnly: false, secure: true });
  // ruleid: sast.javascript.cookie-missing-flags
  res.cookie('session', 'abc', { secure: false, httpOnly: true });
  // ruleid: sast.javascript.cookie-missing-flags
  res.cookie('theme', 'dark', { maxAge: 3600 });
  // ok: sast.javascript.cookie-missing-flags
  res.cookie('session', 'abc', { httpOnly: true, secure: true, sameSite: 'lax' });
  // ok: sast.javascript.cookie-missing-flags
  res.cookie('session', 'abc', cookieOptions);
  // ok: sast.javascript.cookie-missing-flags
  res.cookie('session', 'abc', { httpOnly: true });
  res.end();
});
