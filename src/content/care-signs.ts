import type { CareSign, RichText } from '../model/index.js';

/** A care sign's words, whether given as rich text or as `{ text, concept }`. */
export function signText(sign: RichText | CareSign): RichText {
  return typeof sign === 'string' ? sign : sign.text;
}
