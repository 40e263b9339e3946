/** Types of scripts/decode-base64.js (plain JavaScript: the build bundles it in place of entities' own). */
export declare function decodeBase64(input: string): Uint16Array;
