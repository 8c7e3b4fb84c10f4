# ruleid: secret.shopify-token
session = ShopifyAPI::Auth::Session.new(shop: "acme-store.myshopify.com", access_token: "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")
ShopifyAPI::Context.setup(
  api_key: ENV["SHOPIFY_API_KEY"],
  # ruleid: secret.shopify-token
  api_secret_key: "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",
  host: "https://app.acme.io",
)
# ok: secret.shopify-token
session = ShopifyAPI::Auth::Session.new(shop: shop, access_token: ENV.fetch("SHOPIFY_ACCESS_TOKEN"))
# ok: secret.shopify-token
TOKEN_PREFIX = "shpat_"
