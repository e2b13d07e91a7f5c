/**
 * Untrusted text (a posting's title or company, a file name, a resume line) made safe to print on a
 * terminal: escape sequences (CSI such as clear-screen, OSC such as window titles and OSC 8 links,
 * DCS/PM/APC strings, two-character ESC sequences) and every other C0/C1 control character are
 * removed; line feeds and tabs stay. The one sanitizer of the text renderers and of stderr messages.
 */
// eslint-disable-next-line no-control-regex
const SEQUENCES = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const ANY = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export function sanitize(s: string): string;
export function sanitize(s: string | null | undefined): string | null | undefined;
export function sanitize(s: string | null | undefined): string | null | undefined {
  if (typeof s !== 'string' || !ANY.test(s)) return s;
  return s.replace(SEQUENCES, '').replace(CONTROLS, '');
}
