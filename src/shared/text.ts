import * as z from 'zod/mini';

/**
 * Text a person typed: no NUL or other control characters (tab and line breaks are text).
 * The server refuses them in every body; facts from phones are checked one by one with this.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
export const hasControlCharacter = (s: string) => CONTROL.test(s);
export const plainText = z.refine<string>((s) => !CONTROL.test(s), {
  message: 'No control characters',
});
