import { lookup, type LookupAddress, type LookupOptions } from "node:dns";
import { checkDial, type Policy } from "./destination.js";

type Callback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * The name lookup of a connection (undici's `connect.lookup`, passed on to net.connect): it resolves the
 * host, refuses the connection unless every address is allowed, and hands the socket exactly the
 * addresses it checked, so a name that resolves elsewhere a moment later (DNS rebinding) changes nothing.
 * `looked` records each host looked up, to prove afterwards that the runtime used this lookup.
 */
export function guardedLookup(port: number, policy: Policy, looked: Set<string>) {
  return (hostname: string, options: LookupOptions, callback: Callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (!addresses.length) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
      try {
        for (const { address } of addresses) checkDial(hostname, address, port, policy);
      } catch (refusal) {
        return callback(refusal as NodeJS.ErrnoException, []);
      }
      looked.add(hostname);
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
