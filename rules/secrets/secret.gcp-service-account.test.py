from google.oauth2 import service_account

# pasted from the downloaded key file "to make the job work"
SERVICE_ACCOUNT_INFO = {
    "type": "service_account",
    "project_id": "acme-billing-prod",
    "private_key_id": "e8e30313ffedddb5c040e6a54452a66ec9ac116f",
    # ruleid: secret.gcp-service-account
    # ok: secret.private-key
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCQAXqVzfPsAEN7\nkOISSDLex0koKXq7/cTYCgPM7rwU99bDVC7lEk2NLqgXPDubJQer0BhOHzRGkdL+\nOF1VGHf05y/fM9/rVPRHu6XOlZfhq5pM1a7GIXWaQQKwWsCUxAm0GNv5aODVPlXL\nEpDo5pjHNwstCPsB8QFwDzwJlfhXhQ8qGA86nFskQoJGYZSxuDnuxu9DcMThNDN/\no05CLWQHuAlMVEW2hL/JIkRdDhHNUZafPuI9iKfew3Ko4O6Z4yFLwzS1u2IL9dqy\njkSclRvcKfQ9umfVjkwtpJyjaWMSNg4RxSm+dBdFzMcz993AqUV5NLEdOtxQ1z02\ngjyUDuaRAgMBAAECggEAIEFIixnepw+XDewRiw1DYa1rCDUkQcvRRZ+WotYdaCfs\nIYOvXk1HdBZNfajW5AT7DyOU8higrabXhuwqkZchtUf8K8czgkNc1N1lwdw1cQ1u\nCgQ5ubTAYezqVIR7SscPMlj4GokAhRsJfesabKRL96EvXma6zEBGdWpgJPiDr9xu\njD7uNL6v/c13fgDrPDN7smiAdh3RPVVTrDQHlH8Ce5ITlji90R2UjwYW0ag1JRQx\nTqwlTZ/P+RluN6/kPaDM4+3exL7PuHFfbJIxNtUHKamZT7oybYkB0+tmBYFcu0RY\nZxiQoaC+q4l2dbjsnhQGyBst7PZkkgZggx6vMGktbQKBgQDG7Az34y2izksePJmr\nhcZLtsF2hVO+mefcSsPTn7hfsDwbYLkC9Kuwu6S9fg2Usfj0grqxOqjNmI/W+A6t\np5EEMqGSlhc+NWQvEfba61OydTnDsxjJtYzq4AcmliqC3YM7FzQvUmcqaq3GBz2W\nlYoc78UOH5UHgcH6/yfQBcHFvQKBgQC5U4Qk/37JWSm0BENIckVNYB2poeeDgDTu\nqPpShMytaajTKJCv9kcFY6yXHbtL1uB8N7Ak3B8kv0TUHmjkyoXdhKaMzB4EYaXo\nMiqVuzWUPTa97WDiM2P/u/62yOgBTuwF4+rPVY9Yp2AkOH89NL7wGZ05I4eboD7f\niwm5x/IfZQKBgCvhfIbeVX3ZlhaIdbmxm+mt2gWEKdIc71nYIFS5ohlxrgC4GHf/\nczRcYF3wxZwsmmeNwxM/hmc8JVbdh5dlJIdRh/TnKR9u9bewdc0bJm5yj5iNFIXC\nh+B0JP+tFpmhtcY+OyPJQLrJp6XMiRiDymDRv516+Awc4qa0zJqF+pXdAoGAO7zM\n+rQUpUiFZc599atH5YIW7agPnVbFOSzky5ac90T4s1//C4lCKV2Qs4FU70RLRh8Z\nOzhtHYY95HYM77rMXbQ1j2r4PgdP2EHbcjpPMgJtU9lhgmh4UmXB3B90kX9kGx31\ngXGd7EC/f81qTktjRLes808dli+YNKx3rRfjVvUCgYAnOFPn4JIp2Dm9XRwsomE8\ne/pm5LxfvU9AZFRd7S2UKo+4M49fF0ql6T3elHAyuIEKOUZqmAt4InpuMOQ4cWlz\nHnqyPNIjgvZ3RLEJAE8LcMAGi9U8XzjQjTDeHSZ8rCn9qdLYi6TnWzIsRfxCTKTM\nVQs7FdZQX3NryICCoY4cJA==\n-----END PRIVATE KEY-----\n",
    "client_email": "billing-exporter@acme-billing-prod.iam.gserviceaccount.com",
    "client_id": "108562291938212466271",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
}

credentials = service_account.Credentials.from_service_account_info(SERVICE_ACCOUNT_INFO)

# ok: secret.gcp-service-account
other = service_account.Credentials.from_service_account_file("/var/run/secrets/gcp/key.json")

TEMPLATE = {
    "type": "service_account",
    "project_id": "my-project",
    # ok: secret.gcp-service-account
    "private_key": "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n",
}
