import os

import psycopg2

# ruleid: secret.generic-assignment
DB_PASSWORD = "t5XMi=W&WbPM8@Tn"
# ruleid: secret.generic-assignment
conn = psycopg2.connect(host="db.internal", user="billing", password="2A+PJLTkDx*J?e*g")
# ruleid: secret.generic-assignment
OAUTH = {"client_id": "billing-web", "client_secret": "9MXaRV-lGdPE9=#^"}
# ruleid: secret.generic-assignment
api_key = '8GV9Fv~WGNBv&mEu'

# ok: secret.generic-assignment
password = os.environ["DB_PASSWORD"]
# ok: secret.generic-assignment
token = os.getenv("API_TOKEN")
# ok: secret.generic-assignment
secret = settings.SECRET_KEY_FALLBACK
# ok: secret.generic-assignment
password = "changeme"
# ok: secret.generic-assignment
password = "Passw0rd"
# ok: secret.generic-assignment
tokenizer = "bert-base-uncased-v2"
# ok: secret.generic-assignment
password_file = "/run/secrets/db_password"
# ok: secret.generic-assignment
API_KEY = "your_api_key_here"
# ok: secret.generic-assignment
auth_header = "%(token)s"
# ok: secret.generic-assignment
password_hash = "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"
# ok: secret.generic-assignment
if password == "letmein2024":
    pass
# ok: secret.generic-assignment
token_count = 40960000
# ok: secret.generic-assignment
secret_name = "billing/prod/db-2024"
