export { MAX_BODY_BYTES, createProxyHandler } from "./proxy.js";
export type { ProxyOptions, Verdict } from "./proxy.js";
export { toNodeListener } from "@linkcard/http";
export type { NodeListenerOptions } from "@linkcard/http";
