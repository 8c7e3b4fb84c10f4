import os

import boto3

# ruleid: secret.aws-access-key-id
AWS_ACCESS_KEY_ID = "AKIAWOUW5Z53DPHBN2JC"

session = boto3.Session(
    # ruleid: secret.aws-access-key-id
    aws_access_key_id="ASIA52CFZRS2LLC5L6JH",
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
)

# ruleid: secret.aws-access-key-id
LOG_LINE = "assumed role with key=AKIA4XUEV3HQ2L6QGF5K for s3:GetObject"

# the key from the AWS documentation
# ok: secret.aws-access-key-id
DOCS_KEY = "AKIAIOSFODNN7EXAMPLE"

# ok: secret.aws-access-key-id
key_id = os.environ.get("AWS_ACCESS_KEY_ID")

# 0, 1, 8 and 9 are not in the key alphabet
# ok: secret.aws-access-key-id
BUILD_TAG = "AKIA0189018901890189"

# ok: secret.aws-access-key-id
REGION_LABEL = "ASIA_PACIFIC_SOUTHEAST_2"
