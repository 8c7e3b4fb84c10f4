const jwt = require('jsonwebtoken');

function authenticate(req, res, next) {
  const token = req.headers.authorization.split(' ')[1];
  // ruleid: sast.javascript.jwt-verification-bypass
  req.user = jwt.decode(token);
  next();
}

function requireAdmin(req, res, next) {
  // ruleid: sast.javascript.jwt-verification-bypass
  const claims = jwt.verify(req.cookies.token, process.env.JWT_KEY, { algorithms: ['none', 'HS256'] });
  if (!claims.admin) return res.sendStatus(403);
  next();
}

function verified(req, res, next) {
  // ok: sast.javascript.jwt-verification-bypass
  const claims = jwt.verify(req.cookies.token, process.env.JWT_KEY, { algorithms: ['HS256'] });
  // ok: sast.javascript.jwt-verification-bypass
  const header = jwt.decode(req.cookies.token, { complete: true }).header;
  req.user = claims;
  req.kid = header.kid;
  next();
}

function logExpiry(token) {
  // ok: sast.javascript.jwt-verification-bypass
  console.log(jwt.decode(token).exp);
}

module.exports = { authenticate, requireAdmin, verified, logExpiry };
