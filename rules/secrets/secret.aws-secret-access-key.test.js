import { S3Client } from "@aws-sdk/client-s3";

export const client = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID,
    // ruleid: secret.aws-secret-access-key
    secretAccessKey: "16g/xGcLudWcUL0ky4J2sy6CmnwfMACjSoTCYzKQ",
  },
});

// ok: secret.aws-secret-access-key
const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;

// ok: secret.aws-secret-access-key
const awsSecretHash = "0ef6e1952788443f372e8d3f186e327721e2c77b";
