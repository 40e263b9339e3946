/** IP addresses and CIDR ranges as operators write them in settings (proxies, allowed callers). */
import { isIP } from 'node:net';

/** `192.0.2.7`, `2001:db8::1`, `192.0.2.0/24`, `2001:db8::/32`. */
export function isAddressOrRange(value: string): boolean {
  const [address, bits, extra] = value.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** A comma- or space-separated list, as environment variables and options carry it. */
export function splitList(value: string): string[] {
  return value.split(/[\s,]+/).filter((a) => a !== '');
}
