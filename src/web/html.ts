/**
 * HTML that escapes by default. `html\`…${value}…\`` escapes every interpolated string (docket
 * text is untrusted: anyone can file); only values made by `html` itself or marked with `raw`
 * (for fixed markup written here, never for data) are inserted as they are. Arrays are joined.
 */
import { escapeHtml } from '../notify/escape.ts';

/** A piece of markup already safe to insert. */
export class SafeHtml {
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Markup written in this codebase (never docket text or anything a request carries). */
export function raw(text: string): SafeHtml {
  return new SafeHtml(text);
}
