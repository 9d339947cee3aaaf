/**
 * Inline content as the plain words a reader sees: a table's column name, repeated beside each
 * value when a narrow table is drawn as label–value pairs (render-markdown.ts).
 */
import { decodeEntities } from './entities.js';
import type { Inline } from './tokens.js';

export function inlineText(tokens: readonly Inline[]): string {
  return tokens
    .map((token): string => {
      switch (token.type) {
        case 'text':
          return decodeEntities(token.text).replace(/\n/g, ' ');
        case 'image':
          return decodeEntities(token.text);
        case 'br':
          return ' ';
        case 'strong':
        case 'em':
        case 'del':
        case 'link':
          return inlineText(token.tokens);
        default:
          return token.text;
      }
    })
    .join('')
    .trim();
}
