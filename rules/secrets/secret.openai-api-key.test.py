import os

import openai
from openai import OpenAI

# ruleid: secret.openai-api-key
client = OpenAI(api_key="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")
# ruleid: secret.openai-api-key
openai.api_key = "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"

# ok: secret.openai-api-key
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
# ok: secret.openai-api-key
EXAMPLE = "sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx"
