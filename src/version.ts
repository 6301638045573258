/** eval-gate's version, recorded in every baseline entry it writes. A test keeps it equal to package.json's. */
export const VERSION = '0.1.0'
