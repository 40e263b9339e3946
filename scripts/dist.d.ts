/** Types of scripts/dist.js (plain JavaScript: the binary imports it before anything is compiled). */
export declare const ROOT: string;
export declare const HELP: string;
export declare function distIsCurrent(root?: string): boolean;
export declare function build(root?: string): Promise<void>;
export declare const PARSE_BUNDLE: string;
export declare function loadParseBundle(
  file?: string,
): { main: (argv: string[]) => Promise<number>; codeCache: () => Buffer } | null;
