export { unfurl, unfurlHtml, HTML_CAP } from "./unfurl.js";
export { checkCard } from "./check-card.js";
export { createUnfurlHandler } from "./handler.js";
export type { UnfurlHandlerOptions, UnfurlVerdict } from "./handler.js";
export type { CardCheck, CardParams, Problem, RuleResult } from "./check-card.js";
export { probeImage } from "./probe-image.js";
export { classifyAddress } from "./address.js";
export type { AddressClass } from "./address.js";
export { IMAGE_CAP } from "./image.js";
export { MAX_REDIRECTS } from "./session.js";
export { DEFAULT_TIMEOUT } from "./options.js";
export type { UnfurlOptions } from "./options.js";
export type { Card, CardImage, HeadFacts } from "./card.js";
export type { CompiledRule, RuleSource } from "./rule.js";
export { RULES } from "./generated/rules.js";
export {
  ConnectionError,
  HttpStatusError,
  InvalidInputError,
  InvalidUrlError,
  NotHtmlError,
  NotImageError,
  RefusedAddressError,
  TimeoutError,
  TooLargeError,
  TooManyRedirectsError,
  UnfurlError,
} from "./errors.js";
export type { Issue } from "./errors.js";
