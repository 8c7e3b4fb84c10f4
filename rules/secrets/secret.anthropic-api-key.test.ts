import Anthropic from "@anthropic-ai/sdk";

// ruleid: secret.anthropic-api-key
export const client = new Anthropic({ apiKey: "sk-ant-api03-HjFeAXZKFU_0oDtDj6_52YJy28TYlaAT6ly4_TAFnWG-yA7tv_gQB3QxtLGQKhFMstQuROhu9zSAn571b0K7-aAudfuhyAA" });

// ok: secret.anthropic-api-key
export const fromEnv = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
// ok: secret.anthropic-api-key
export const shape = "sk-ant-api03-...";
