import os

# ruleid: secret.mailgun-api-key
MAILGUN_API_KEY = "key-ac5bd3fe6c040d4c27cce70bdd6209df"
# ruleid: secret.mailgun-api-key
mailgun_key = "3338047bae3c71aa4c2bdce72e8f51c1-a5b62202-650ed40e"
# ok: secret.mailgun-api-key
MAILGUN_DOMAIN = "mg.acme.io"
# ok: secret.mailgun-api-key
MAILGUN_API_KEY = os.environ["MAILGUN_API_KEY"]
