import os

from slack_sdk import WebClient

# ruleid: secret.slack-token
client = WebClient(token="xoxb-537692091262-5533117699743-CZQiXIpHXfSkArBSNdMyGO3k")
# ruleid: secret.slack-token
USER_TOKEN = 'xoxp-617266441759-933867893937-3494554304421-d9e373c782a76c96936c40409f6ded62'

# ok: secret.slack-token
client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])
# ok: secret.slack-token
HELP = "set SLACK_BOT_TOKEN to xoxb-0000000000-0000000000-XXXXXXXXXXXXXXXXXXXXXXXX"
# ok: secret.slack-token
PREFIX = "xoxb-your-token"
