/**
 * Deterministic elementary functions for the engine. Math.exp, Math.log, Math.log1p, Math.pow and Math.cos
 * are not specified bit for bit: Node 20 and current Chromium differ in the last bit for about
 * one argument in ten, which broke "same seed, same CSV bytes in Node and in the browser".
 * These are pure-JavaScript fdlibm ports (stdlib) built on exactly rounded arithmetic only.
 */
import stdlibCos from '@stdlib/math-base-special-cos';
import stdlibExp from '@stdlib/math-base-special-exp';
import stdlibLn from '@stdlib/math-base-special-ln';
import stdlibLog1p from '@stdlib/math-base-special-log1p';
import stdlibPow from '@stdlib/math-base-special-pow';

/** e^x, the same bits on every JavaScript engine. @example exp(1) // 2.718281828459045 */
export const exp: (x: number) => number = stdlibExp;

/** Natural logarithm, the same bits on every engine. @example ln(Math.E) // 1 */
export const ln: (x: number) => number = stdlibLn;

/** x^y, the same bits on every engine. @example pow(2, 0.5) // 1.4142135623730951 */
export const pow: (x: number, y: number) => number = stdlibPow;

/** Cosine (radians), the same bits on every engine. @example cos(0) // 1 */
export const cos: (x: number) => number = stdlibCos;

/** ln(1 + x), accurate near 0, the same bits on every engine. @example log1p(-0.5) // -0.6931471805599453 */
export const log1p: (x: number) => number = stdlibLog1p;
