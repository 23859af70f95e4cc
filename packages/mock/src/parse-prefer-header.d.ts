declare module "parse-prefer-header" {
  /** Prism's parser of the Prefer header: each preference by its camelCased name, a bare one as `true`. */
  export default function parsePreferHeader(prefer: string | string[] | undefined): Record<string, string | true | undefined>;
}
