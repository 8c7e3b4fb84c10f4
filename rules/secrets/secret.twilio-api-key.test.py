import os

from twilio.rest import Client

# ruleid: secret.twilio-api-key
TWILIO_API_KEY = "SK798e8fdcd15de4dc80a7359c85b011ad"
TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
# ruleid: secret.twilio-api-key
client = Client("SK33b73e905f18ab9bd84de21543965d90", os.environ["TWILIO_API_SECRET"], TWILIO_ACCOUNT_SID)

# ok: secret.twilio-api-key
TWILIO_API_KEY = os.getenv("TWILIO_API_KEY")
# ok: secret.twilio-api-key
NULL_SID = "SK00000000000000000000000000000000"
# ok: secret.twilio-api-key
TASK_SKIPPED = "task skipped: risk score below threshold"
