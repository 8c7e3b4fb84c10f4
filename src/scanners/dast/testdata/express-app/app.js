// A small Express shop with the web mistakes JavaScript servers typically make.
//   PORT=3000 node app.js            the vulnerable app
//   HARDENED=1 PORT=3000 node app.js the same app with headers, cookie flags and error handling fixed
import express from 'express';

const hardened = process.env.HARDENED === '1';
const app = express();
if (hardened) app.disable('x-powered-by');
app.use(express.urlencoded({ extended: false }));

app.use((req, res, next) => {
  if (hardened) {
    res.set({
      'Content-Security-Policy': "default-src 'self'; object-src 'none'; frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=()',
      'Cache-Control': 'no-store',
    });
  } else {
    res.set('Access-Control-Allow-Origin', '*');
  }
  next();
});

const page = (body) => `<!doctype html><html><head><title>Shop</title></head><body>${body}</body></html>`;

app.get('/', (req, res) => {
  res.cookie('cart', 'c-7f3a9c2b', hardened ? { httpOnly: true, secure: true, sameSite: 'lax' } : {});
  res.send(page('<a href="/products?id=1">Products</a> <a href="/checkout">Checkout</a> <a href="/api/config">config</a>'));
});

app.get('/products', (req, res) => {
  if (!/^\d+$/.test(String(req.query.id))) throw new TypeError(`bad product id ${req.query.id}`);
  res.send(page(`<p>Product ${req.query.id}</p><a href="/products?id=x">broken link</a>`));
});

app.get('/checkout', (req, res) => {
  const token = hardened ? '<input type="hidden" name="_csrf" value="k29dj3">' : '';
  res.send(page(`<form method="post" action="/checkout">${token}<input name="card"><input type="email" name="email"><button>Pay</button></form>`));
});

app.post('/checkout', (req, res) => res.send(page('<p>Thank you</p>')));

app.get('/api/config', (req, res) => {
  res.json(hardened ? { region: 'eu-west-1' } : { region: 'eu-west-1', stripeKey: 'sk_live_51Hq9VtKx2ZfL0pQ7aB3cD4eF5gH6iJ7kL8mN9oP' });
});

app.use((err, req, res, next) => {
  if (!hardened) return next(err); // Express's default handler prints the stack outside production
  res.status(500).send(page('<p>Something went wrong.</p>'));
});

const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  process.stdout.write(`listening on ${server.address().port}\n`);
});
