export { MAX_BODY_BYTES, createProxyHandler } from "./proxy.js";
export type { ProxyOptions, Verdict } from "./proxy.js";
export { toNodeListener } from "./node.js";
