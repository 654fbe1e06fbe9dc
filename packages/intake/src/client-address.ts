import { BlockList, isIP } from 'node:net';

/**
 * Which proxies in front of the intake to believe about the client address: a number of hops (each
 * appends one `X-Forwarded-For` entry), or the addresses and networks (CIDR) of your own proxies.
 * @public
 */
export type TrustProxy = number | readonly string[];

/** An address in its plain form (IPv4-mapped IPv6 as IPv4), or undefined when it is none. */
export function normalizeAddress(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1] as string;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  if (mapped) text = mapped[1] as string;
  return isIP(text) === 0 ? undefined : text.toLowerCase();
}

/** Reads `--trust-proxy`: hops (`0`-`10`) or a comma-separated list of addresses and CIDR networks. */
export function parseTrustProxy(raw: string): TrustProxy | { error: string } {
  const text = raw.trim();
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? hops : { error: `trust proxy hops must be 0 to 10, got '${raw}'` };
  }
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  if (entries.length === 0) return { error: 'trust proxy needs a number of hops or a list of networks' };
  for (const entry of entries) {
    if (trustRule(entry) === undefined) {
      return { error: `trust proxy entry '${entry}' is not an address or CIDR network such as 10.0.0.0/8 or fd00::/8` };
    }
  }
  return entries;
}

function trustRule(entry: string): { address: string; prefix: number; type: 'ipv4' | 'ipv6' } | undefined {
  const [address = '', prefixText, ...rest] = entry.split('/');
  if (rest.length > 0) return undefined;
  const version = isIP(address);
  if (version === 0) return undefined;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : -1;
  if (prefix < 0 || prefix > max) return undefined;
  return { address, prefix, type: version === 4 ? 'ipv4' : 'ipv6' };
}

/**
 * Resolves the client address from the socket address and `X-Forwarded-For`, believing only trusted
 * proxies. Entries further left than the trusted ones are the client's own to forge, and are ignored.
 */
export function clientAddressResolver(
  trust: TrustProxy | undefined,
): (socketAddress: string | undefined, forwardedFor: string | null) => string | undefined {
  const socketOnly = (socket: string | undefined) => normalizeAddress(socket);
  if (trust === undefined || trust === 0) return socketOnly;
  const chainOf = (socket: string | undefined, forwardedFor: string | null): string[] => {
    const forwarded = (forwardedFor ?? '').split(',').map((e) => normalizeAddress(e));
    const chain: string[] = [];
    // Anything after an unreadable entry cannot be placed in the chain; start over from there.
    for (const entry of forwarded) {
      if (entry === undefined) chain.length = 0;
      else chain.push(entry);
    }
    const own = normalizeAddress(socket);
    if (own !== undefined) chain.push(own);
    return chain;
  };
  if (typeof trust === 'number') {
    return (socket, forwardedFor) => {
      const chain = chainOf(socket, forwardedFor);
      return chain[Math.max(0, chain.length - 1 - trust)];
    };
  }
  const list = new BlockList();
  for (const entry of trust) {
    const rule = trustRule(entry);
    if (rule) list.addSubnet(rule.address, rule.prefix, rule.type);
  }
  const trusted = (address: string) => list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
  return (socket, forwardedFor) => {
    const own = normalizeAddress(socket);
    if (own === undefined || !trusted(own)) return own;
    const chain = chainOf(socket, forwardedFor);
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const address = chain[i] as string;
      if (!trusted(address)) return address;
    }
    return chain[0];
  };
}

function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array.from({ length: missing }, () => '0'), ...right];
}

/**
 * The rate-limit bucket of an address: IPv4 as is, IPv6 by its /64 network (one subscriber usually gets
 * a whole /64, so counting per address would let one client use millions of buckets).
 */
export function rateLimitBucket(address: string | undefined): string {
  if (address === undefined) return 'unknown';
  if (isIP(address) !== 6) return address;
  const groups = ipv6Groups(address.toLowerCase());
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
