// ruleid: secret.stripe-key
const stripe = require("stripe")("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");
// ruleid: secret.stripe-key
const reporting = require("stripe")('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');

// ok: secret.stripe-key
const sandbox = require("stripe")("sk_test_51Ic8WDitRriCcVAueBw8fbjPXb5Jag4xyJLE7OFcrmpeRFaMEMz");
// ok: secret.stripe-key
const fromEnv = require("stripe")(process.env.STRIPE_SECRET_KEY);
// ok: secret.stripe-key
const publishable = "pk_live_5158Oqxgpxjza8P7vrZqCwEnIXyd5INf1i6p3Qp6rp7tQqzwHht4";
