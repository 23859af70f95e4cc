// The flag parser every command uses: each violation named, values never printed.
import fc from "fast-check";
import { expect, test } from "vitest";
import { CliError } from "../src/cli-error.js";
import { EXIT } from "../src/exit-codes.js";
import { parseFlags } from "../src/flags.js";

const SPEC = { title: { type: "string", help: "" }, large: { type: "boolean", help: "" } } as const;
const secret = fc.string({ minLength: 6 }).map((s) => `S3CRET${s}`);
const name = fc.stringMatching(/^[a-z][a-z-]{0,15}$/).filter((n) => !Object.hasOwn(SPEC, n));

const failure = (args: string[]) => {
  try {
    parseFlags("check", args, SPEC);
  } catch (error) {
    return error as CliError;
  }
  throw new Error("parsed");
};

test("an unknown flag is a usage error naming it, and its value is never in the message, = or a separate word", () => {
  fc.assert(
    fc.property(name, secret, fc.boolean(), (flag, value, joined) => {
      const error = failure(joined ? [`--${flag}=${value}`] : [`--${flag}`, value, "--title", "ok"]);
      expect(error).toBeInstanceOf(CliError);
      expect(error.exitCode).toBe(EXIT.usage);
      expect(error.message).toContain(`--${flag}`);
      expect(error.message).not.toContain(value);
    }),
  );
});

test("a credential-like flag is refused for what it is, whatever its spelling", () => {
  for (const flag of ["access-token", "token", "WAWP_ACCESS_TOKEN", "instance-id", "api-key", "password"]) {
    const error = failure([`--${flag}=S3CRET-value`]);
    expect(error.message).toContain(`--${flag}: credentials are read from WAWP_INSTANCE_ID and WAWP_ACCESS_TOKEN only`);
    expect(error.message).not.toContain("S3CRET");
  }
});

test("every problem is named at once: repeated, valueless and value-taking flags", () => {
  const error = failure(["--title", "a", "--title", "b", "--large=yes", "--nope"]);
  expect(error.message.split("\n").slice(0, 3).join("\n")).toBe(
    "linkcard check: --title is given twice\n  --large takes no value\n  --nope is not a flag of linkcard check (flags: --title, --large)",
  );
});

test("__proto__ and constructor are unknown flags, not keys that reach the result", () => {
  for (const flag of ["__proto__", "constructor", "hasOwnProperty"]) expect(failure([`--${flag}`]).message).toContain(`--${flag} is not a flag`);
  const { flags } = parseFlags("check", ["--title", "x"], SPEC);
  expect(Object.getPrototypeOf(flags)).toBe(Object.prototype);
  expect(flags).toEqual({ title: "x" });
});
